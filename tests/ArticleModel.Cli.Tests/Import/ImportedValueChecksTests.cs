using System.Linq;
using System.Text.Json;
using ArticleModel.Html;
using ArticleModel.Interpreter;
using ArticleModel.Sites;
using Xunit;

namespace ArticleModel.Cli.Tests.Import;

/// <summary>
/// A site schema's values are checked before they win over WebArticle's (AM3037): rules of a site's current layout
/// select the wrong element on an older page.
/// </summary>
public class ImportedValueChecksTests
{
    private const string Schema = """
        article Site {
          title : text? @css(".brand")
          authors : text[] @css(".more-by")
          published : date? @css(".day")
          body : paragraph[] @css("div.story")
        }
        """;

    private const string Page = """
        <html><head><title>Ferry sailings move earlier from April - Harbour News</title>
        <meta property="og:site_name" content="Harbour News">
        <meta property="article:published_time" content="2024-03-01T09:30:00Z"></head><body>
        <div class="brand">Harbour News</div>
        <article><h1>Ferry sailings move earlier from April</h1>
        <a rel="author" href="/ana">Ana Ruiz</a> <a class="more-by" href="/ana">More stories by Ana Ruiz</a>
        <span class="day">2024-03-01</span>
        <div class="story"><p class="kicker">Transport</p><h2>Ferry</h2>
        <p>Ferry sailings move earlier from April, the harbour company said on Friday, after a year of complaints about late arrivals.</p>
        <p>The last evening sailing moves later in the summer months, when the days are long and the crossings are full.</p>
        <p>Tickets bought for the old times remain valid for any sailing on the same day, the company added in its statement.</p></div>
        </article></body></html>
        """;

    private static JsonElement Parse(string schema, string page, out ParseResult<WebArticleFallbackValue> result)
    {
        var site = InterpretedSchema.Load(schema, "site.article");
        Assert.False(site.HasErrors, string.Join("\n", site.Diagnostics));
        result = WebArticleFallbackParser.Create(site.GetParser()).Parse(HtmlReader.Read(page, "https://harbour.example/2024/ferry").Document);
        return JsonDocument.Parse(ResultJson.ToJsonString(result.Value!)).RootElement;
    }

    [Fact]
    public void Wrong_imported_values_give_way_to_WebArticle_and_say_so()
    {
        var json = Parse(Schema, Page, out var result);
        Assert.Equal("Ferry sailings move earlier from April", json.GetProperty("title").GetString());   // not the site's name
        Assert.Equal(new[] { "Ana Ruiz" }, json.GetProperty("authors").EnumerateArray().Select(a => a.GetString()).ToArray());   // not "More stories by"
        Assert.StartsWith("2024-03-01T09:30:00", json.GetProperty("published").GetString());   // the time WebArticle has on that day
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ImportedValueChecked);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Contains("'title'", diagnostic.Message);
        Assert.Contains("'authors'", diagnostic.Message);
        Assert.Contains("'published'", diagnostic.Message);
    }

    [Fact]
    public void Right_imported_values_win_and_lists_are_trimmed()
    {
        var schema = Schema.Replace("@css(\".brand\")", "@css(\"article h1\")").Replace("@css(\".more-by\")", "@css(\"a[rel='author'], a.more-by\") | replace(/^More stories by /, \"\")").Replace("@css(\".day\")", "@css(\"meta[property='article:published_time']\", attr: \"content\")");
        var json = Parse(schema, Page, out var result);
        Assert.Equal("Ferry sailings move earlier from April", json.GetProperty("title").GetString());
        // The same name twice is one author.
        Assert.Equal(new[] { "Ana Ruiz" }, json.GetProperty("authors").EnumerateArray().Select(a => a.GetString()).ToArray());
        // The kicker before WebArticle's first paragraph is left out; the site's paragraphs follow from there.
        var body = json.GetProperty("body").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Equal(3, body.Count);
        Assert.StartsWith("Ferry sailings move earlier", body[0]);
        Assert.Equal(3, result.Spans.All("body").Length);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ImportedValueChecked);
        Assert.DoesNotContain("refused", diagnostic.Message);
    }

    [Theory]
    [InlineData("<figure><img src=\"ferry.jpg\" alt=\"\"><figcaption>The morning ferry leaves the north terminal.</figcaption><p class=\"credit\">Photo: Harbour News</p></figure>")]
    // A wrapper named for both: the innermost name decides (the caption's paragraph, the credit's line).
    [InlineData("<div class=\"credit-caption\"><div class=\"caption\"><p>The morning ferry leaves the north terminal.</p></div><span class=\"credit\">Photo: Harbour News</span></div>")]
    public void A_lead_figures_caption_is_kept_before_the_first_paragraph_and_its_credit_is_not(string figure)
    {
        var page = Page.Replace("<p class=\"kicker\">Transport</p><h2>Ferry</h2>", "<p class=\"kicker\">Transport</p>" + figure);
        var schema = Schema.Replace("@css(\".brand\")", "@css(\"article h1\")");
        var json = Parse(schema, page, out var result);
        var body = json.GetProperty("body").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Equal(4, body.Count);
        Assert.Equal("The morning ferry leaves the north terminal.", body[0]);   // the caption, not the kicker or the credit
        Assert.StartsWith("Ferry sailings move earlier", body[1]);
        Assert.Equal(4, result.Spans.All("body").Length);
    }

    [Theory]
    // The parts of the blocks before WebArticle's first paragraph (block 4), one letter each: N not in a figure,
    // C a caption, O another part of a figure (a credit, a button). A kicker, a caption, a credit, a button:
    [InlineData("NCOO", new[] { 1, 4, 5 })]
    // A standfirst between the figure and the paragraph ends the walk back: the figure is not the paragraph's.
    [InlineData("CONN", new[] { 4, 5 })]
    [InlineData("CCOC", new[] { 0, 1, 3, 4, 5 })]
    [InlineData(null, new[] { 4, 5 })]   // not an HTML page: the blocks before the paragraph are left out
    public void Blocks_before_WebArticles_first_paragraph_are_left_out_but_a_figures_caption(string? parts, int[] kept)
    {
        var all = parts?.Select(c => c == 'C' ? FigurePart.Caption : c == 'O' ? FigurePart.Other : FigurePart.None).Concat(new[] { FigurePart.None, FigurePart.None }).ToArray();
        Assert.Equal(kept, ImportedValueChecks.KeptBody(6, 4, all));
    }

    [Theory]
    [InlineData("Ana Ruiz", null)]
    [InlineData("Ludwig van Beethoven", null)]
    [InlineData("T.C. Sottek", null)]
    [InlineData("By", "\"By\" alone")]
    [InlineData("March 3, 2024", "a date as an author")]
    [InlineData("More stories by Ana Ruiz", "words that are not a name (\"stories\")")]
    [InlineData("Ana Ruiz is a reporter who covers the harbour and its ferries", "a sentence as an author")]
    public void Authors_must_look_like_names(string author, string? refusal)
    {
        Assert.Equal(refusal, ImportedValueChecks.AuthorRefusal(author));
    }

    private static readonly string[] FerryStory =
    {
        "Ferry sailings move earlier from April, the harbour company said on Friday, after a year of complaints about late arrivals at both terminals.",
        "The last evening sailing moves later in the summer months, when the days are long and the crossings are full of visitors heading for the islands.",
        "Tickets bought for the old times remain valid for any sailing on the same day, the company added in its statement, and season passes are unchanged.",
        "Passenger groups welcomed the change but asked for more crossings on weekends, when queues at the terminal often stretch past the car park.",
    };

    private static readonly string[] RifleStory =
    {
        "Gunmakers have tweaked rifles to comply with state bans, bringing strong growth in sales despite new restrictions passed by several legislatures.",
        "Manufacturers redesigned stocks and grips so that buyers in restricted states could still purchase similar weapons from licensed dealers nationwide.",
        "Analysts expect revenue to keep rising through next year as retailers restock shelves emptied during the previous quarter's buying surge.",
        "Advocates for stricter laws said lawmakers should close the loopholes that allow modified models onto the market within months of each ban.",
    };

    [Fact]
    public void An_imported_body_of_another_story_gives_way()
    {
        Assert.Equal("hardly a word in common with WebArticle's body (another story's text)", ImportedValueChecks.BodyRefusal(RifleStory, FerryStory));
        // a teaser of another story in the site's container, too
        Assert.NotNull(ImportedValueChecks.BodyRefusal(new[] { "Gunmakers tweak rifles, bringing strong growth despite state bans. October 19" }, FerryStory));
    }

    [Fact]
    public void An_imported_body_of_the_same_story_stands_with_captions_and_credits_around_it()
    {
        var site = new[] { "Photo: Harbour News staff. The ferry at the north terminal." }.Concat(FerryStory).Append("Comments are closed.").ToArray();
        Assert.Null(ImportedValueChecks.BodyRefusal(site, FerryStory));
        Assert.Null(ImportedValueChecks.BodyRefusal(FerryStory.Take(2).ToArray(), FerryStory));   // part of the story
        Assert.Null(ImportedValueChecks.BodyRefusal(new[] { "Ferry sailings move earlier from April after complaints about late arrivals" }, FerryStory));   // its lede
        Assert.Null(ImportedValueChecks.BodyRefusal(new[] { "Too short to judge." }, FerryStory));
    }

    [Theory]
    [InlineData("2024-03-01", "2024-03-01T09:30:00+00:00", "a day without a time, where WebArticle has the time on that day")]
    [InlineData("2024-03-01T09:30:00-05:00", "2024-03-01T09:30:41-05:00", "a time to the minute, where WebArticle has the seconds of that minute")]
    [InlineData("2024-03-01T14:30:00+00:00", "2024-03-01T09:30:41-05:00", "a time to the minute, where WebArticle has the seconds of that minute")]
    [InlineData("2024-03-01T09:30:00-05:00", "2024-03-01T09:31:10-05:00", null)]   // another minute: not the same moment
    [InlineData("2024-03-01T09:30:12-05:00", "2024-03-01T09:30:41-05:00", null)]   // the site's own seconds stand
    [InlineData("2024-03-01", "2024-03-02T09:30:00+00:00", null)]
    [InlineData("2024-03-01T09:30:00-05:00", "2024-03-01", null)]
    [InlineData("2024-03-01T09:30:00", "2024-03-01T09:30:00-05:00", "a time without its zone, where WebArticle has that time with its zone")]
    [InlineData("2024-03-01T09:30:41", "2024-03-01T09:30:41Z", "a time without its zone, where WebArticle has that time with its zone")]
    [InlineData("2024-03-01T09:30:00", "2024-03-01T14:30:00Z", null)]   // another wall-clock time: the zones are not known to agree
    [InlineData("2024-03-01T09:30:00", "2024-03-01T09:30:00", null)]   // WebArticle has no zone either
    public void A_less_precise_imported_date_gives_way_to_the_same_moment_told_precisely(string site, string webArticle, string? refusal)
    {
        Assert.Equal(refusal, ImportedValueChecks.DateRefusal(site, webArticle));
    }

    [Theory]
    [InlineData("Ferry sailings move earlier", "Harbour News", "Ferry sailings move earlier - Harbour News", null)]
    [InlineData("Harbour News", "Harbour News", "Ferry sailings - Harbour News", "the site's name")]
    [InlineData("Ferry sailings move earlier - Harbour News", "Harbour News", null, "the headline with the site's name after it")]
    [InlineData("Council approves new budget for schools", "Harbour News", "Ferry sailings move earlier - Harbour News", "hardly a word in common with the page's <title> (another story's headline)")]
    [InlineData("Broken Pledge", null, "Trump’s Promises Were a Con", null)]
    public void Titles_must_be_the_pages_own(string title, string? siteName, string? pageTitle, string? refusal)
    {
        Assert.Equal(refusal, ImportedValueChecks.TitleRefusal(title, siteName, pageTitle));
    }

    [Theory]
    [InlineData("Ferry sailings move earlier (Published 2016)", "Ferry sailings move earlier", "the headline with a note in brackets after it")]
    [InlineData("Ferry sailings move earlier [Video]", "Ferry sailings move earlier", "the headline with a note in brackets after it")]
    [InlineData("Ferry sailings move earlier", "Ferry sailings move earlier", null)]
    [InlineData("Ferry sailings move earlier (and later, in the summer months)", "Ferry sailings move earlier", null)]   // a clause, not a note
    [InlineData("Ferry sailings move earlier: the harbour's new times", "Ferry sailings move earlier", null)]   // a longer headline stands
    [InlineData("marzipanify (Unsupported)", "marzipanify", null)]   // a one-word headline may be a cut-off title
    [InlineData("Ferry sailings move earlier (Published 2016)", "Ferry sailings", null)]   // not WebArticle's headline plus a note
    public void A_headline_with_a_note_in_brackets_gives_way_to_the_headline(string title, string webArticleTitle, string? refusal)
    {
        Assert.Equal(refusal, ImportedValueChecks.TitleRefusal(title, null, null, webArticleTitle));
    }

    [Theory]
    [InlineData(new[] { "THE HARBOUR DESK" }, new[] { "The Harbour Desk" }, "the same names in capitals, where WebArticle has them in upper and lower case")]
    [InlineData(new[] { "ANA RUIZ", "TOM LEE" }, new[] { "Ana Ruiz", "Tom Lee" }, "the same names in capitals, where WebArticle has them in upper and lower case")]
    [InlineData(new[] { "Ana Ruiz" }, new[] { "ANA RUIZ" }, null)]   // the site's mixed case stands
    [InlineData(new[] { "ANA RUIZ" }, new[] { "Tom Lee" }, null)]   // other names: not a matter of case
    [InlineData(new[] { "ANA RUIZ", "TOM LEE" }, new[] { "Ana Ruiz" }, null)]   // the site names more
    [InlineData(new[] { "松村太郎" }, new[] { "松村太郎" }, null)]   // a script without case
    public void Names_in_capitals_give_way_to_the_same_names_in_mixed_case(string[] site, string[] webArticle, string? refusal)
    {
        Assert.Equal(refusal, ImportedValueChecks.AuthorsInCapitalsRefusal(site, webArticle));
    }
}
