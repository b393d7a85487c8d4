using System;
using System.IO;
using System.Linq;
using ArticleModel.Generators.Tests.Infrastructure;
using ArticleModel.Html;
using ArticleModel.Interpreter.Tests.Infrastructure;
using ArticleModel.Schema;
using Xunit;

namespace ArticleModel.Interpreter.Tests;

/// <summary>
/// <c>@quotes(minWords:, marks:, organisations:)</c> end to end in the interpreter (the differential test checks the
/// generated parser gives the same bytes for the same schema, tests/ArticleModel.Generators.Tests/Schemas/QuoteOptions.article).
/// </summary>
public class QuoteOptionsLocatorTests
{
    private static readonly Lazy<ArticleValue> s_story = new(() =>
    {
        var schema = InterpretedSchema.LoadFile(Repo.File("tests/ArticleModel.Generators.Tests/Schemas/QuoteOptions.article"));
        Assert.Empty(schema.Diagnostics);
        var result = schema.GetParser().Parse(File.ReadAllBytes(Repo.File("tests/ArticleModel.Generators.Tests/Schemas/quote-options.txt")));
        Assert.True(result.Success);
        return result.Value!;
    });

    private static ValueList<Quote> Field(string name) => (ValueList<Quote>)s_story.Value[name]!;

    private static int Words(string text) => text.Split(' ').Count(w => w.Any(char.IsLetterOrDigit));

    [Fact]
    public void The_schema_and_runtime_mark_flags_agree_by_name_and_value()
    {
        // The interpreter casts one to the other and the emitter writes the schema's names as the runtime's members.
        Assert.Equal(Enum.GetNames(typeof(QuoteMarks)), Enum.GetNames(typeof(QuoteMarkKinds)));
        foreach (var name in Enum.GetNames(typeof(QuoteMarks)))
            Assert.Equal((int)Enum.Parse<QuoteMarks>(name), (int)Enum.Parse<QuoteMarkKinds>(name));
    }

    [Fact]
    public void MinWords_leaves_out_only_the_shorter_quotes()
    {
        var all = Field("quotes");
        Assert.Contains(all, q => Words(q.Text) < 4);
        Assert.Equal(all.Where(q => Words(q.Text) >= 4).ToArray(), Field("longer").ToArray());
    }

    [Fact]
    public void Marks_choose_which_quotes_are_found()
    {
        var curly = Field("curly");
        Assert.NotEmpty(curly);
        Assert.DoesNotContain(curly, q => q.Text.StartsWith("Every boat", StringComparison.Ordinal));   // "straight double"
        Assert.DoesNotContain(curly, q => q.Text.StartsWith("Fares stay", StringComparison.Ordinal));   // 'straight single'
        Assert.Contains(curly, q => q.Text.StartsWith("The winter timetable", StringComparison.Ordinal)); // ‘curly single’

        var doubled = Field("doubled");
        Assert.Contains(doubled, q => q.Text.StartsWith("Every boat", StringComparison.Ordinal));
        Assert.Contains(doubled, q => q.Text.StartsWith("The winter timetable", StringComparison.Ordinal));
        Assert.DoesNotContain(doubled, q => q.Text.StartsWith("Fares stay", StringComparison.Ordinal));
    }

    [Fact]
    public void Organisations_false_leaves_organisation_quotes_without_speaker_and_keeps_people()
    {
        var all = Field("quotes");
        var people = Field("people");
        Assert.Equal(all.Select(q => q.Text), people.Select(q => q.Text));
        Assert.Contains(all, q => q.Speaker == "Northwind Ferries Ltd.");
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Speaker == "Northwind Ferries Ltd.") Assert.Null(people[i].Speaker);
            else Assert.Equal(all[i], people[i]);
        }
    }

    [Fact]
    public void Every_option_at_once_on_a_single_paragraph_source()
    {
        var lead = Assert.Single(Field("lead"));
        Assert.StartsWith("Not yet. We looked at every crossing", lead.Text, StringComparison.Ordinal);
        Assert.Equal("Priya Anand", lead.Speaker);
    }

    private const string HtmlSchema = """
        namespace T;
        article Page {
          title   : text        @css("h1")
          body    : paragraph[] @css("div.body")
          quotes  : quote[]     @quotes(in: body)
          options : quote[]     @quotes(in: body, minWords: 3, marks: curly, organisations: false)
        }
        """;

    private const string HtmlPage = """
        <!doctype html><html><body><h1>Ferry news</h1><div class="body">
        <p>&ldquo;Not yet,&rdquo; Dana Whitlock said.</p>
        <p>"Every boat will carry bicycles," said Lena Forsberg, a deckhand.</p>
        <p>Northwind Ferries Ltd. said, &ldquo;We will add a night sailing in summer.&rdquo;</p>
        <p>&lsquo;The winter timetable starts in November,&rsquo; Tomasz Wielgus said.</p>
        </div></body></html>
        """;

    [Fact]
    public void Options_apply_to_html_paragraphs_and_both_back_ends_write_the_same_bytes()
    {
        var loaded = InterpretedSchema.Load(HtmlSchema, "page.article");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        var document = HtmlReader.Read(HtmlPage, "https://ferry.example/news").Document;
        var value = loaded.GetParser().Parse(document).Value!;
        var all = (ValueList<Quote>)value["quotes"]!;
        var options = (ValueList<Quote>)value["options"]!;
        Assert.Equal(4, all.Count);
        Assert.Equal("Northwind Ferries Ltd.", all[2].Speaker);
        // minWords: 3 drops “Not yet”, marks: curly the straight-quoted one, organisations: false the company's name.
        Assert.Equal(new[] { "We will add a night sailing in summer.", "The winter timetable starts in November" }, options.Select(q => q.Text).ToArray());
        Assert.Null(options[0].Speaker);
        Assert.Equal("Tomasz Wielgus", options[1].Speaker);

        var (compilation, diagnostics) = GeneratorHarness.RunGenerator("page.article", HtmlSchema, HtmlLocatorTests.HtmlReferences);
        Assert.DoesNotContain(diagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        var generated = Differential.Generated(GeneratorHarness.Load(compilation), "T.Page");
        var expected = Differential.Interpreted(loaded.GetParser())(document);
        var actual = generated(document);
        Assert.True(expected.AsSpan().SequenceEqual(actual), Differential.FirstDifference(expected, actual));
    }
}
