using System.Linq;
using ArticleModel.Schema.Lowering;
using Xunit;

namespace ArticleModel.Schema.Tests;

/// <summary>The jsonld block: its syntax, its checks, and the plan both back ends write JSON-LD from.</summary>
public class JsonLdMappingTests
{
    private const string Schema = """
        namespace T;
        article Story {
          headline : text        @line(1)
          summary  : paragraph?  @block(2)
          body     : paragraph[] @blocks(after: headline)
          lines    : text[]      @match(/^Line: (?<value>.+)$/)
          tags     : text[]      @match(/^Tag: (?<value>.+)$/)
          names    : text[]      @match(/^By (?<value>.+)$/)
          when     : date?       @match(/^On (?<value>.+)$/)
          words    : int?        @match(/^Words: (?<value>\d+)$/)
          link     : url?        @match(/^Link: (?<value>\S+)$/)
          pictures : url[]       @match(/^Picture: (?<value>\S+)$/)
          lead     : Person?     @match(/^Lead: (?<name>\w+)(?: @(?<handle>\w+))?$/)
          staff    : Person[]    @match(/^Staff: (?<name>\w+)$/)
          jsonld   : text?       @match(/^X: (?<value>.+)$/)

          jsonld NewsArticle {
            headline: headline
            description: summary
            articleBody: body
            abstract: lines
            keywords: tags
            editor: names
            datePublished: when
            wordCount: words
            url: link
            image: pictures
            author: lead { name: name; sameAs: "https://x.com/{handle}" }
            contributor: staff { name: name }
            creator: { name: headline; jobTitle: "desk" }
            publisher: lead.name
            copyrightHolder: "Ledger"
            inLanguage: jsonld
          }
        }
        record Person { name: text; handle: handle? }
        """;

    [Fact]
    public void Each_property_gets_the_writer_its_source_and_range_call_for()
    {
        var compiled = SchemaCompiler.Compile("s.article", Schema);
        Assert.Empty(compiled.Diagnostics);
        var plan = SchemaLowering.Lower(compiled.Model).Articles[0].JsonLd!;
        Assert.Equal("NewsArticle", plan.Type);
        var writers = plan.Properties.ToDictionary(p => p.Name, p => p.Writer);
        Assert.Equal(JsonLdWriterKind.Text, writers["headline"]);
        Assert.Equal(JsonLdWriterKind.Paragraph, writers["description"]);
        Assert.Equal(JsonLdWriterKind.JoinedParagraphs, writers["articleBody"]);
        Assert.Equal(JsonLdWriterKind.JoinedTexts, writers["abstract"]);
        Assert.Equal(JsonLdWriterKind.Texts, writers["keywords"]);
        Assert.Equal(JsonLdWriterKind.NamedNodes, writers["editor"]);
        Assert.Equal(JsonLdWriterKind.Date, writers["datePublished"]);
        Assert.Equal(JsonLdWriterKind.Int, writers["wordCount"]);
        Assert.Equal(JsonLdWriterKind.Url, writers["url"]);
        Assert.Equal(JsonLdWriterKind.Urls, writers["image"]);
        Assert.Equal(JsonLdWriterKind.Node, writers["author"]);
        Assert.Equal(JsonLdWriterKind.Nodes, writers["contributor"]);
        Assert.Equal(JsonLdWriterKind.Node, writers["creator"]);
        Assert.Equal(JsonLdWriterKind.NamedNode, writers["publisher"]);
        Assert.Equal(JsonLdWriterKind.NamedNode, writers["copyrightHolder"]);
        // The order written is the order of the block.
        Assert.Equal(new[] { "headline", "description", "articleBody" }, plan.Properties.Take(3).Select(p => p.Name));

        var author = plan.Properties.Single(p => p.Name == "author");
        Assert.Equal("Person", author.NodeType);
        Assert.Equal(-1, author.KeyMember);
        var sameAs = author.Members.Single(m => m.Name == "sameAs");
        Assert.True(sameAs.IsString);
        Assert.Equal("https://x.com/", sameAs.Parts[0].Literal);
        Assert.Equal((-1, 1, ValueKind.Handle), (sameAs.Parts[1].Field, sameAs.Parts[1].Member, sameAs.Parts[1].Kind));

        var creator = plan.Properties.Single(p => p.Name == "creator");
        Assert.Empty(creator.Parts);
        Assert.Equal(0, creator.KeyMember);
        Assert.Equal(0, creator.Members[0].Parts[0].Field);

        var publisher = plan.Properties.Single(p => p.Name == "publisher");
        Assert.Equal((10, 0), (publisher.Parts[0].Field, publisher.Parts[0].Member));
    }

    [Fact]
    public void An_article_without_a_block_has_no_plan_and_a_field_may_be_named_jsonld()
    {
        var compiled = SchemaCompiler.Compile("s.article", "article S { jsonld : text @line(1) }");
        Assert.Empty(compiled.Diagnostics);
        Assert.Null(SchemaLowering.Lower(compiled.Model).Articles[0].JsonLd);
        Assert.Equal("jsonld", compiled.Model.Articles[0].Fields[0].Name);
    }

    [Fact]
    public void A_field_left_out_for_its_own_error_gets_no_second_error_from_the_block()
    {
        var compiled = SchemaCompiler.Compile("s.article", """
            article S {
              headline : text @line(1)
              dek      : txt? @line(2)
              jsonld NewsArticle { headline: headline; alternativeHeadline: dek }
            }
            """);
        Assert.Equal(new[] { "AM0102" }, compiled.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void WriteJsonLd_and_ToJsonLd_are_reserved_member_names()
    {
        // WriteJsonLd and ToJsonLd are generated members, so a field cannot take their names.
        var compiled = SchemaCompiler.Compile("s.article", "article S { headline : text @line(1)\n write_json_ld : text? @line(2) }");
        Assert.Contains(compiled.Diagnostics, d => d.Id == "AM0111" && d.Message.Contains("WriteJsonLd"));
    }

    [Fact]
    public void Equal_blocks_lower_to_equal_plans_and_a_changed_block_to_a_different_one()
    {
        var a = SchemaLowering.Lower(SchemaCompiler.Compile("s.article", Schema).Model);
        var b = SchemaLowering.Lower(SchemaCompiler.Compile("s.article", Schema).Model);
        var c = SchemaLowering.Lower(SchemaCompiler.Compile("s.article", Schema.Replace("keywords: tags", "articleSection: tags")).Model);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Deeply_nested_member_maps_are_one_error_not_a_stack_overflow()
    {
        var depth = 100_000;
        var text = "article S { headline : text @line(1)\n jsonld NewsArticle { headline: headline\n author: "
            + string.Concat(System.Linq.Enumerable.Repeat("{ worksFor: ", depth)) + "headline" + new string('}', depth) + " }\n dek : text? @line(2) }";
        var compiled = SchemaCompiler.Compile("s.article", text);
        var error = Assert.Single(compiled.Diagnostics);
        Assert.Equal("AM0005", error.Id);
        Assert.Contains("nest at most", error.Message);
        // The parser went on after the block: the field after it is there.
        Assert.Contains(compiled.Model.Articles[0].Fields, f => f.Name == "dek");
    }

    [Fact]
    public void Random_jsonld_blocks_never_throw()
    {
        var words = new[] { "headline", "author", "publisher", "name", "jobTitle", "sameAs", "worksFor", "image", "byline", "byline.name", "tags",
            "when", ":", ";", ",", "{", "}", ".", "\"x\"", "\"{byline}\"", "\"{{\"", "\"}\"", "\"{when}\"", "3", "@line(1)", "jsonld", "NewsArticle" };
        var random = new System.Random(20261202);
        for (var n = 0; n < 3000; n++)
        {
            var sb = new System.Text.StringBuilder("article S {\n headline : text @line(1)\n byline : B? @match(/(?<name>x)/)\n tags : text[] @match(/(?<value>t)/)\n when : date? @line(2)\n jsonld NewsArticle {");
            var count = random.Next(0, 25);
            for (var i = 0; i < count; i++) sb.Append(' ').Append(words[random.Next(words.Length)]);
            sb.Append(random.Next(3) == 0 ? "" : " }").Append(" }\nrecord B { name: text }\n");
            var compiled = SchemaCompiler.Compile("s.article", sb.ToString());
            if (!compiled.HasErrors) SchemaLowering.Lower(compiled.Model);
        }
    }
}
