using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleModel.Generators.Tests.Infrastructure;
using ArticleModel.Html;
using ArticleModel.Interpreter.Tests.Infrastructure;
using ArticleModel.Markdown;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleModel.Interpreter.Tests;

// Markdown locators (@heading, @frontmatter) and @blocks(kind:) on both back ends: the interpreter's values, the
// generated parser writing the same bytes on Markdown input, and one story as text, Markdown and HTML.
public class MarkdownLocatorTests
{
    private const string Schema = """
        namespace T;
        article Post {
          title    : text        @frontmatter("title") @heading(1) @line(1)
          heading  : text?       @heading(1)
          author   : text?       @frontmatter("author.name")
          date     : date?       @frontmatter("date", format: "yyyy-MM-dd")
          tags     : text[]      @frontmatter("tags")
          names    : text[]      @frontmatter("authors.name")
          second   : text?       @heading(2, 2)
          last     : text?       @heading(2, -1)
          sections : text[]      @heading(2)
          body     : paragraph[] @blocks(after: heading, kind: paragraph | list)
          quoted   : text[]      @blocks(kind: quote)
          code     : text[]      @blocks(kind: code)
          quotes   : quote[]     @quotes(in: body)
          drop                   @blocks(kind: frontmatter)
        }
        """;

    private const string Post = """
        ---
        title: "Harbour Lights: A Night Walk"
        author:
          name: Ines Maalouf
        date: 2026-03-04
        tags: [walks, harbour]
        authors:
          - name: A. One
          - name: B. Two
        ---
        Harbour Lights
        ==============

        The walk starts at the *old* pier.

        ## The Pier

        - Bring a torch.
        - Wear boots.

        > Lights out at ten.
        > > Or eleven.

        ## The Lighthouse

            keeper's log

        ## The Return

        “It takes an hour,” said Pavel Novak, a guide.
        """;

    private static InterpretedParser Parser(string schema = Schema)
    {
        var loaded = InterpretedSchema.Load(schema, "post.article");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return loaded.GetParser();
    }

    // The result's own JSON (Differential.Json appends the JSON-LD of a schema that maps one).
    private static JsonElement Value(ParseResult<ArticleValue> result)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) result.WriteJson(writer);
        return JsonDocument.Parse(buffer.ToArray()).RootElement.GetProperty("value");
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    /// <summary>ArticleModel.Html, ArticleModel.Markdown and their libraries, so the generator emits every locator (without them: AM1010, AM1011).</summary>
    internal static readonly MetadataReference[] FormatReferences = HtmlLocatorTests.HtmlReferences.Concat(new[]
    {
        MetadataReference.CreateFromFile(typeof(MarkdownReader).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Markdig.Markdown).Assembly.Location),
    }).ToArray();

    [Fact]
    public void Markdown_locators_fill_every_field_from_the_file()
    {
        var result = Parser().Parse(MarkdownReader.Read(Post).Document);
        var v = Value(result);
        Assert.Equal("Harbour Lights: A Night Walk", v.GetProperty("title").GetString());
        Assert.Equal("Harbour Lights", v.GetProperty("heading").GetString()); // a setext heading
        Assert.Equal("Ines Maalouf", v.GetProperty("author").GetString());
        Assert.Equal("2026-03-04", v.GetProperty("date").GetString());
        Assert.Equal(new[] { "walks", "harbour" }, Strings(v.GetProperty("tags")));
        Assert.Equal(new[] { "A. One", "B. Two" }, Strings(v.GetProperty("names")));
        Assert.Equal("The Lighthouse", v.GetProperty("second").GetString());
        Assert.Equal("The Return", v.GetProperty("last").GetString());
        Assert.Equal(new[] { "The Pier", "The Lighthouse", "The Return" }, Strings(v.GetProperty("sections")));
        Assert.Equal(new[] { "The walk starts at the old pier.", "Bring a torch.", "Wear boots.", "“It takes an hour,” said Pavel Novak, a guide." }, Strings(v.GetProperty("body")));
        Assert.Equal(new[] { "Lights out at ten.", "Or eleven." }, Strings(v.GetProperty("quoted")));
        Assert.Equal(new[] { "keeper's log" }, Strings(v.GetProperty("code")));
        var quote = Assert.Single(v.GetProperty("quotes").EnumerateArray());
        Assert.Equal("Pavel Novak", quote.GetProperty("speaker").GetString());
        Assert.Empty(result.Diagnostics);
        // Spans point into the Markdown file: the title's is its quoted value in the front matter.
        var span = result.Spans["title"];
        Assert.Equal("\"Harbour Lights: A Night Walk\"", Post.Substring(span.Start, span.Length));
        Assert.Equal((2, 8), (span.Line, span.Column));
        var heading = result.Spans["heading"];
        Assert.Equal((11, 1), (heading.Line, heading.Column));
    }

    [Fact]
    public void On_other_formats_markdown_locators_find_nothing_and_the_next_locator_is_tried()
    {
        var text = Value(Parser().Parse(PlainTextReader.Read("Harbour Lights\n\nThe walk starts at the pier.\n")));
        Assert.Equal("Harbour Lights", text.GetProperty("title").GetString()); // @line(1)
        Assert.Equal(JsonValueKind.Null, text.GetProperty("heading").ValueKind);
        Assert.Empty(text.GetProperty("sections").EnumerateArray());
        Assert.Empty(text.GetProperty("tags").EnumerateArray());
        var page = Value(Parser().Parse(HtmlReader.Read("<h1>Harbour Lights</h1><h2>The Pier</h2><blockquote><p>Lights out.</p></blockquote>").Document));
        Assert.Equal(JsonValueKind.Null, page.GetProperty("heading").ValueKind);
        Assert.Empty(page.GetProperty("sections").EnumerateArray());
        // @blocks(kind:) is not a Markdown locator: every reader classifies its blocks.
        Assert.Equal(new[] { "Lights out." }, Strings(page.GetProperty("quoted")));
    }

    [Fact]
    public void On_plain_text_every_block_is_a_paragraph_for_the_kind_filter()
    {
        var parser = Parser("namespace T;\narticle P { all : text[] @blocks(kind: paragraph)\n quotes : text[] @blocks(kind: quote | heading)\n mixed : text[] @blocks(kind: heading | paragraph) }");
        var v = Value(parser.Parse(PlainTextReader.Read("# Not a heading\n\n> not a quote\n\nText.\n")));
        Assert.Equal(new[] { "# Not a heading", "> not a quote", "Text." }, Strings(v.GetProperty("all")));
        Assert.Empty(v.GetProperty("quotes").EnumerateArray());
        Assert.Equal(3, v.GetProperty("mixed").GetArrayLength());
        // The same text read as Markdown has a heading and a quote.
        var md = Value(parser.Parse(MarkdownReader.Read("# Not a heading\n\n> not a quote\n\nText.\n").Document));
        Assert.Equal(new[] { "Text." }, Strings(md.GetProperty("all")));
        Assert.Equal(new[] { "Not a heading", "not a quote" }, Strings(md.GetProperty("quotes")));
    }

    [Fact]
    public void A_heading_a_drop_rule_removes_is_not_found()
    {
        var parser = Parser("namespace T;\narticle P { first : text? @heading(2)\n drop @match(/^Skip/) }");
        var v = Value(parser.Parse(MarkdownReader.Read("## Skip me\n\n## Keep me\n").Document));
        Assert.Equal("Keep me", v.GetProperty("first").GetString());
    }

    [Fact]
    public void Block_quotes_are_read_on_their_own_for_quotes()
    {
        const string md = """
            # Letters Pour In

            Board chair Odile Ferrante said the board had read every letter. “We read them all,” Ferrante said.

            > “Please bring back the late boat. We have no other way home.”

            > The crossing is the only road we have after dark.
            >
            > — Tomasz Wrobel, a deckhand

            > “It is a lifeline,” said Ana Duarte, who runs the island shop.
            """;
        var parser = Parser("namespace T;\narticle P { title : text @heading(1)\n body : paragraph[] @blocks(after: title)\n quotes : quote[] @quotes(in: body) }");
        var quotes = Value(parser.Parse(MarkdownReader.Read(md).Document)).GetProperty("quotes").EnumerateArray()
            .Select(q => (q.GetProperty("text").GetString(), q.GetProperty("speaker").GetString(), q.GetProperty("speakerRole").GetString())).ToArray();
        Assert.Equal(new (string?, string?, string?)[]
        {
            ("We read them all", "Odile Ferrante", "Board chair"),
            // The letter (unattributed, in a quotation of its own) is nobody's speech: the chair's name does not carry into it.
            ("The crossing is the only road we have after dark.", "Tomasz Wrobel", "a deckhand"), // signed
            ("It is a lifeline", "Ana Duarte", null), // attributed inside
        }, quotes);
    }

    [Fact]
    public void The_sample_story_as_text_markdown_and_html_gives_equal_values_and_the_generated_parser_agrees()
    {
        const string schema = "src/ArticleModel.Sample/NewsStory.article";
        var path = Repo.File(schema);
        var loaded = InterpretedSchema.Load(File.ReadAllText(path), path);
        var parser = loaded.GetParser("NewsStory");
        string Folder(string file) => Repo.File("src/ArticleModel.Sample/ThreeFormats/" + file);
        var documents = new[]
        {
            PlainTextReader.Read(File.ReadAllBytes(Folder("night-ferry.txt"))),
            MarkdownReader.Read(File.ReadAllBytes(Folder("night-ferry.md"))).Document,
            HtmlReader.Read(File.ReadAllBytes(Folder("night-ferry.html"))).Document,
        };
        var values = documents.Select(d => Value(parser.Parse(d)).GetRawText()).ToArray();
        Assert.Equal(values[0], values[1]);
        Assert.Equal(values[0], values[2]);
        // The schema.org JSON-LD the schema maps is the same for the three too (the part Differential.Json appends).
        var jsonLd = documents.Select(d => System.Text.Encoding.UTF8.GetString(Differential.Json(parser.Parse(d))).Split("\n--- JSON-LD\n")[1]).ToArray();
        Assert.Equal("NewsArticle", JsonDocument.Parse(jsonLd[0]).RootElement.GetProperty("@type").GetString());
        Assert.Equal(jsonLd[0], jsonLd[1]);
        Assert.Equal(jsonLd[0], jsonLd[2]);
        Assert.Contains("\"speaker\":\"Mara Quint\"", values[0]);
        // The generated parser writes the same bytes (value, spans, diagnostics) for each format.
        var (compilation, _) = GeneratorHarness.RunGenerator(path, File.ReadAllText(path), FormatReferences);
        var generated = Differential.Generated(GeneratorHarness.Load(compilation), "ArticleModel.Sample.NewsStory");
        var interpreted = Differential.Interpreted(parser);
        foreach (var document in documents)
        {
            var expected = interpreted(document);
            var actual = generated(document);
            Assert.True(expected.AsSpan().SequenceEqual(actual), Differential.FirstDifference(expected, actual));
        }
    }

    [Fact]
    public void Every_runtime_block_kind_has_a_name_a_schema_can_write()
    {
        // The schema compiler's table and the runtime enum are two lists; the plan carries member names between them.
        foreach (var member in Enum.GetNames(typeof(BlockKind)))
        {
            var written = Assert.Single(ArticleModel.Schema.BlockKindNames.Written(new[] { member }));
            Assert.Equal(member, ArticleModel.Schema.BlockKindNames.MemberOf(written));
        }
        Assert.Equal(Enum.GetNames(typeof(BlockKind)).Length, ArticleModel.Schema.BlockKindNames.All.Count);
    }

    public static TheoryData<string> MarkdownFixtures() => new()
    {
        Post,
        Post.Replace("\n", "\r\n"),
        "",
        "# Only a heading",
        "---\ntitle: Front matter only\n---\n",
        new string('>', 300) + " too deep\n\n## Heading after\n",
        "---\n{broken: yaml}\n---\n# T\n\n> quote\n\n- list\n",
    };

    [Theory]
    [MemberData(nameof(MarkdownFixtures))]
    public void Generated_and_interpreted_parsers_write_the_same_bytes_on_markdown(string markdown)
    {
        var (compilation, diagnostics) = GeneratorHarness.RunGenerator("post.article", Schema, FormatReferences);
        Assert.DoesNotContain(diagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        var generated = Differential.Generated(GeneratorHarness.Load(compilation), "T.Post");
        var interpreted = Differential.Interpreted(Parser());
        var document = MarkdownReader.Read(markdown).Document;
        var expected = interpreted(document);
        var actual = generated(document);
        Assert.True(expected.AsSpan().SequenceEqual(actual), Differential.FirstDifference(expected, actual));
    }

    [Fact]
    public void Without_the_markdown_package_the_generator_warns_once_and_leaves_the_locators_out()
    {
        var (compilation, diagnostics) = GeneratorHarness.RunGenerator("post.article", Schema, HtmlLocatorTests.HtmlReferences);
        var warning = Assert.Single(diagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Assert.Equal("AM1011", warning.Id);
        Assert.Equal(2, warning.Location.GetLineSpan().StartLinePosition.Line); // the title's @frontmatter (0-based)
        Assert.Contains("<PackageReference Include=\"ArticleModel.Markdown\" />", warning.GetMessage());
        // The parser still builds and runs: the text locators work, the Markdown ones find nothing.
        var generated = Differential.Generated(GeneratorHarness.Load(compilation), "T.Post");
        var json = JsonDocument.Parse(generated(MarkdownReader.Read(Post).Document)).RootElement.GetProperty("value");
        // @line(1): the front matter is dropped by kind (a core-runtime filter), so the first line is the heading's text.
        Assert.Equal("Harbour Lights", json.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("author").ValueKind);
        Assert.Empty(json.GetProperty("sections").EnumerateArray());
    }
}
