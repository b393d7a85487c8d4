using System.Linq;
using System.Text.Json;
using ArticleModel.Cli.Import.Ftr;
using ArticleModel.Html;
using ArticleModel.Interpreter;
using Xunit;

namespace ArticleModel.Cli.Tests.Import;

/// <summary>Imported schemas pass the schema check and extract what the rules say from a page.</summary>
public class FtrImporterTests
{
    private const string Rules = """
        # a site
        title: //meta[@property="og:title"]/@content
        title: //h1
        author: //a[@rel='author']
        date: substring-after(//span[@class='date'], 'Posted ')
        body: //section[@name="articleBody"]
        strip: //aside
        strip_id_or_class: share
        strip: //p/text()
        find_string: Ferry
        replace_string: Boat
        find_string: <br /><br />
        replace_string: </p><p>
        next_page_link: //a[@rel='next']
        prune: no
        test_url: https://example.com/2024/ferry
        """;

    private const string Page = """
        <html><head><meta property="og:title" content="Ferry timetable changes"></head><body>
        <h1>Other</h1><a rel="author" href="/a">Ana Ruiz</a><span class="date">Posted 2024-03-01</span>
        <section name="articleBody"><p>Ferry sailings move earlier from April, the company said on Friday morning.</p>
        <aside><p>Read more about ferries</p></aside><div class="share-bar"><p>Share this</p></div>
        <p>The last evening sailing moves later in the summer months, the company said.</p></section>
        </body></html>
        """;

    [Fact]
    public void An_imported_schema_passes_the_check_and_reads_the_page_as_the_rules_say()
    {
        var result = new FtrImporter().Import("example.com.txt", Rules);
        Assert.Equal(FtrImportOutcome.Partial, result.Outcome);
        Assert.Contains(result.Dropped, d => d.Directive == "next_page_link");
        Assert.Contains(result.Dropped, d => d.Directive == "find_string" && d.Reason.Contains("markup"));
        Assert.Contains(result.Dropped, d => d.Directive == "strip" && d.Reason.Contains("text()"));
        Assert.Contains("prune", result.IgnoredSettings);
        Assert.Contains("// test_url: https://example.com/2024/ferry", result.Schema);

        var schema = InterpretedSchema.Load(result.Schema!, "example.com.article");
        Assert.False(schema.HasErrors, string.Join("\n", schema.Diagnostics));
        var value = schema.GetParser().Parse(HtmlReader.Read(Page, "https://example.com/2024/ferry").Document);
        var json = JsonDocument.Parse(value.Value!.ToJson()).RootElement;
        Assert.Equal("Boat timetable changes", json.GetProperty("title").GetString());
        Assert.Equal("Ana Ruiz", json.GetProperty("authors")[0].GetString());
        Assert.Equal("2024-03-01", json.GetProperty("published").GetString());
        var body = json.GetProperty("body").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Equal(new[] { "Boat sailings move earlier from April, the company said on Friday morning.", "The last evening sailing moves later in the summer months, the company said." }, body);
    }

    [Theory]
    [InlineData("substring-before(//p, ' | ')", "Title | Site | More", "Title")]
    [InlineData("substring-before(//p, ' | ')", "Title without a bar", null)]
    [InlineData("substring-after(//p, 'By ')", "Written By Ana By Tom", "Ana By Tom")]
    [InlineData("substring-after(//p, 'By ')", "Ana Ruiz", null)]
    public void Substring_transforms_give_what_XPath_gives(string xpath, string text, string? expected)
    {
        var result = new FtrImporter().Import("example.com.txt", "title: " + xpath);
        var schema = InterpretedSchema.Load(result.Schema!, "example.com.article");
        Assert.False(schema.HasErrors, string.Join("\n", schema.Diagnostics));
        var value = schema.GetParser().Parse(HtmlReader.Read("<html><body><p>" + text + "</p></body></html>").Document);
        var title = JsonDocument.Parse(value.Value!.ToJson()).RootElement.GetProperty("title");
        // XPath gives "" when the literal is absent; an empty value is not found, as FiveFilters skips an empty result.
        Assert.Equal(expected, title.ValueKind == JsonValueKind.Null ? null : title.GetString());
        var xml = new System.Xml.XmlDocument();
        xml.LoadXml("<html><body><p>" + text + "</p></body></html>");
        var xpathValue = (string)xml.CreateNavigator()!.Evaluate(xpath);
        Assert.Equal(expected ?? string.Empty, xpathValue);
    }

    [Fact]
    public void A_meta_rule_reads_the_meta_element_by_name_and_from_its_value_attribute()
    {
        // Saved pages often write og:title as name= with value= (not property= with content=); the rule still reads it.
        var result = new FtrImporter().Import("example.com.txt", "title: //meta[@property='og:title']/@content\ndate: //meta[@property='article:published_time']/@content\n");
        Assert.Contains("@meta(\"og:title\")", result.Schema);
        var schema = InterpretedSchema.Load(result.Schema!, "example.com.article");
        Assert.False(schema.HasErrors, string.Join("\n", schema.Diagnostics));
        var page = "<html><head><meta name=\"og:title\" value=\"Ferry timetable changes\"><meta property=\"article:published_time\" content=\"2024-03-01T09:30:00Z\"></head><body><p>x</p></body></html>";
        var json = JsonDocument.Parse(schema.GetParser().Parse(HtmlReader.Read(page).Document).Value!.ToJson()).RootElement;
        Assert.Equal("Ferry timetable changes", json.GetProperty("title").GetString());
        Assert.StartsWith("2024-03-01T09:30:00", json.GetProperty("published").GetString());
    }

    [Fact]
    public void Imported_authors_are_normalised_as_WebArticle_normalises_them()
    {
        // The rule selects the byline container; WebArticle's own transforms strip "By" and the date, and split the names.
        var result = new FtrImporter().Import("example.com.txt", "author: //div[@class='byline']\n");
        var schema = InterpretedSchema.Load(result.Schema!, "example.com.article");
        Assert.False(schema.HasErrors, string.Join("\n", schema.Diagnostics));
        var page = "<html><body><div class=\"byline\">By Ana Ruiz and Tom Lee | March 3, 2024</div></body></html>";
        var json = JsonDocument.Parse(schema.GetParser().Parse(HtmlReader.Read(page).Document).Value!.ToJson()).RootElement;
        Assert.Equal(new[] { "Ana Ruiz", "Tom Lee" }, json.GetProperty("authors").EnumerateArray().Select(a => a.GetString()).ToArray());
    }

    [Fact]
    public void A_file_with_nothing_to_import_gets_no_schema()
    {
        var result = new FtrImporter().Import("example.com.txt", "prune: no\ntidy: no\ntitle: //p[\n");
        Assert.Equal(FtrImportOutcome.None, result.Outcome);
        Assert.Null(result.Schema);
    }
}
