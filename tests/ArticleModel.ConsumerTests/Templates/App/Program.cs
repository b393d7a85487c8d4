using ArticleModel;
using ArticleModel.Testing;
using Consumer.App;

// Usage: ConsumerApp ARTICLE            parse ARTICLE and print what was found
//        ConsumerApp --fixtures FOLDER  check FOLDER's fixtures with ArticleModel.Testing (accept with --accept)
if (args.Length >= 2 && args[0] == "--fixtures")
{
    var options = new ArticleFixtureOptions { Accept = args.Contains("--accept") };
    var fixtures = ArticleFixtures.Find(Path.GetFullPath(args[1]));
    try
    {
        foreach (var fixture in fixtures) ArticleFixtureAssert.Matches(fixture, Dispatch.Parse, options);
    }
    catch (ArticleFixtureMismatchException e)
    {
        Console.WriteLine(e.Message);
        return 1;
    }
    Console.WriteLine($"fixtures: {fixtures.Count} {(options.Accept == true ? "accepted" : "matched")}");
    return 0;
}

ParseResult<Dispatch> result = Dispatch.Parse(File.ReadAllText(args[0]));
Console.WriteLine($"success: {result.Success}");
foreach (var d in result.Diagnostics) Console.WriteLine($"diagnostic: {d}");
if (result.Value is not { } story) return 1;
Console.WriteLine($"headline: {story.Headline}");
Console.WriteLine($"dek: {story.Dek}");
Console.WriteLine($"paragraphs: {story.Body.Count}");
Console.WriteLine($"last paragraph: {story.Body[story.Body.Count - 1].Text}");
Console.WriteLine($"byline: {story.Byline?.Name} | {story.Byline?.Role} | {story.Byline?.Outlet} | @{story.Byline?.Twitter}");
Console.WriteLine($"quotes: {string.Join("; ", story.Quotes.Select(q => q.Speaker))}");
Console.WriteLine($"headline at: line {result.Spans[Dispatch.FieldNames.Headline].Line}");
Console.WriteLine($"try-parse: {Dispatch.TryParse("", out _)}");
Console.WriteLine($"json: {ResultJson.ToJsonString(story)}");
return 0;
