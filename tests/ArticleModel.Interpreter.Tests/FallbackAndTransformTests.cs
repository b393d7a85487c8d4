using System;
using System.Linq;
using System.Text.Json;
using ArticleModel.Generators.Tests.Infrastructure;
using ArticleModel.Interpreter.Tests.Infrastructure;
using Xunit;

namespace ArticleModel.Interpreter.Tests;

/// <summary>
/// Issue 8 items 5–7 — ordered fallback locators, value transforms and part of a block — checked on the values both
/// back ends give: every assertion runs on the generated parser and on the interpreter.
/// </summary>
public class FallbackAndTransformTests
{
    [Theory]
    [InlineData("Headline: Tolls Delayed\n\nBody.", "Tolls Delayed")]   // the first locator wins
    [InlineData("Tolls Delayed Again\n\nBody.", "Tolls Delayed Again")] // it finds nothing: the second is tried
    public void The_first_locator_that_yields_wins(string article, string title)
    {
        foreach (var value in Values("article S { title: text @match(/^Headline: (?<value>.+)$/) @line(1) }", article))
            Assert.Equal(title, value.GetProperty("title").GetString());
    }

    [Fact]
    public void A_value_empty_after_the_transforms_counts_as_not_found()
    {
        // Line 1 is only dashes: trimmed away, so the second locator (the first line ending in a letter) wins.
        foreach (var value in Values("article S { title: text @line(1) @line(2) | trim(\"-\") }", "-----\n\nReal Title"))
            Assert.Equal("Real Title", value.GetProperty("title").GetString());
    }

    [Fact]
    public void A_list_takes_the_first_non_empty_list()
    {
        const string schema = "article S { t: text @line(1)\n tags: text[] @match(/^Tag: (?<value>.+)$/) @match(/^#(?<value>\\w+)$/) }";
        foreach (var value in Values(schema, "Title\n\n#one\n\n#two"))
            Assert.Equal(new[] { "one", "two" }, value.GetProperty("tags").EnumerateArray().Select(e => e.GetString()));
        foreach (var value in Values(schema, "Title\n\nTag: first\n\n#two"))
            Assert.Equal(new[] { "first" }, value.GetProperty("tags").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void An_anchor_naming_a_field_sees_the_winning_block()
    {
        // 'kicker' is found by its second locator (block 3); 'body' starts after that block.
        const string schema = "article S { t: text @line(1)\n kicker: text? @match(/^KICKER: (?<value>.+)$/) @block(2)\n body: text[] @blocks(after: kicker) }";
        foreach (var value in Values(schema, "Title\n\nSecond block\n\nThird\n\nFourth"))
        {
            Assert.Equal("Second block", value.GetProperty("kicker").GetString());
            Assert.Equal(new[] { "Third", "Fourth" }, value.GetProperty("body").EnumerateArray().Select(e => e.GetString()));
        }
    }

    [Theory]
    [InlineData("Story\n\nDate: March 3, 2025\n\nApril 9, 2024", "2025-03-03")] // the first converts: it wins
    [InlineData("Story\n\nDate: someday\n\nApril 9, 2024", "2024-04-09")]     // it does not: the next is tried
    public void Text_that_does_not_convert_lets_the_next_locator_be_tried(string article, string date)
    {
        foreach (var json in Results("article S { t: text @line(1)\n d: date @match(/^Date: (?<value>.+)$/) @line(-1) }", article))
        {
            Assert.StartsWith(date, json.GetProperty("value").GetProperty("d").GetString());
            Assert.Empty(json.GetProperty("diagnostics").EnumerateArray());
        }
    }

    [Fact]
    public void When_no_fallback_converts_the_first_text_found_is_reported()
    {
        foreach (var json in Results("article S { t: text @line(1)\n n: int @match(/^Count: (?<value>.+)$/) @line(-1) }", "Story\n\nCount: many\n\nlots"))
        {
            Assert.Equal(JsonValueKind.Null, json.GetProperty("value").GetProperty("n").ValueKind);
            var error = json.GetProperty("diagnostics").EnumerateArray().Single();
            Assert.Equal("AM3002", error.GetProperty("id").GetString());
            Assert.Contains("'many' is not a valid int", error.GetProperty("message").GetString());
        }
    }

    [Fact]
    public void A_required_field_that_no_locator_finds_names_every_locator()
    {
        foreach (var json in Results("article S { title: text @match(/^Headline: (?<value>.+)$/) @line(5) }", "One line"))
        {
            var error = json.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "AM3001");
            Assert.Contains("@match(/^Headline: (?<value>.+)$/) and @line(5) found nothing", error.GetProperty("message").GetString());
        }
    }

    [Theory]
    [InlineData("PORTLAND", "Portland")]
    [InlineData("NEW YORK", "New York")]
    [InlineData("O'NEILL", "O'Neill")]
    [InlineData("DON'T STOP", "Don't Stop")]
    [InlineData("WINSTON-SALEM", "Winston-Salem")]
    [InlineData("ST. LOUIS", "St. Louis")]
    [InlineData("3RD STREET", "3rd Street")]
    public void Titlecase(string input, string expected)
    {
        foreach (var value in Values("article S { city: text @line(1) | titlecase }", input))
            Assert.Equal(expected, value.GetProperty("city").GetString());
    }

    [Theory]
    [InlineData("trim(\" -*\")", "** - Breaking: Tolls - **", "Breaking: Tolls")]
    [InlineData("trimPrefix(\"Breaking: \")", "Breaking: Tolls", "Tolls")]
    [InlineData("trimPrefix(\"Breaking: \")", "Not Breaking: Tolls", "Not Breaking: Tolls")]
    [InlineData("trimSuffix(\" (AP)\")", "Tolls delayed (AP)", "Tolls delayed")]
    [InlineData("replace(/\\s*\\|[^|]*$/, \"\")", "Tolls delayed | The Ledger", "Tolls delayed")]
    [InlineData("replace(/^(\\w+), (\\w+)$/, \"$2 $1\")", "Reyes, Tomas", "Tomas Reyes")]
    [InlineData("replace(/-/, \"  \") | collapse", "a-b--c", "a b c")]
    [InlineData("lowercase", "ÉTÉ Ankara", "été ankara")]
    [InlineData("uppercase", "été", "ÉTÉ")]
    public void Each_transform_step(string steps, string input, string expected)
    {
        foreach (var value in Values("article S { t: text @line(1) | " + steps + " }", input))
            Assert.Equal(expected, value.GetProperty("t").GetString());
    }

    [Fact]
    public void Split_makes_several_list_values_each_run_through_the_later_steps_and_a_single_field_takes_the_first()
    {
        const string article = "Title\n\nBy Ana Ruiz, Tom Lee and  Kim Park,\n\nBody.";
        const string schema = "article S { t: text @line(1)\n names: text[] @match(/^By (?<value>.+)$/) | split(/\\s*(?:,|\\band\\b)\\s*/) | uppercase\n first: text? @match(/^By (?<value>.+)$/) | split(/,/) }";
        foreach (var json in Results(schema, article))
        {
            var value = json.GetProperty("value");
            Assert.Equal(new[] { "ANA RUIZ", "TOM LEE", "KIM PARK" }, value.GetProperty("names").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal("Ana Ruiz", value.GetProperty("first").GetString());
            // Each piece's span is its own text in the article (the pieces were only cut, not rewritten).
            var spans = json.GetProperty("spans").GetProperty("names");
            Assert.Equal(new[] { "Ana Ruiz", "Tom Lee", "Kim Park" }, spans.EnumerateArray().Select(s => article.Substring(s[0].GetInt32(), s[1].GetInt32())));
        }
    }

    [Fact]
    public void Split_with_no_separator_in_the_text_keeps_the_value_and_empty_pieces_are_left_out()
    {
        const string schema = "article S { t: text @line(1)\n names: text[] @match(/^By (?<value>.+)$/) | split(/;/) }";
        foreach (var value in Values(schema, "Title\n\nBy Ana Ruiz\n\nBy ;; Tom Lee ;"))
            Assert.Equal(new[] { "Ana Ruiz", "Tom Lee" }, value.GetProperty("names").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_prefix_or_suffix_removal_narrows_the_span_a_rewrite_keeps_it()
    {
        const string article = "Breaking:  Tolls   delayed (AP)";
        foreach (var json in Results("article S { a: paragraph @line(1) | trimPrefix(\"Breaking: \") | trimSuffix(\" (AP)\")\n b: paragraph @line(1) | replace(/Tolls/, \"Fees\") }", article))
        {
            var a = json.GetProperty("value").GetProperty("a");
            Assert.Equal("Tolls delayed", a.GetString());
            var spanA = json.GetProperty("spans").GetProperty("a")[0];
            Assert.Equal("Tolls   delayed", article.Substring(spanA[0].GetInt32(), spanA[1].GetInt32()));
            var spanB = json.GetProperty("spans").GetProperty("b")[0];
            Assert.Equal(0, spanB[0].GetInt32());
            Assert.Equal(article.Length, spanB[1].GetInt32());
        }
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void A_narrowed_span_of_a_hard_wrapped_block_points_into_the_original_text(string lineBreak)
    {
        var article = string.Join(lineBreak, "Title", "", "Breaking:", "  Tolls delayed", "again (AP)");
        foreach (var json in Results("article S { t: text @line(1)\n p: paragraph @block(2) | trimPrefix(\"Breaking: \") | trimSuffix(\" (AP)\") }", article))
        {
            Assert.Equal("Tolls delayed again", json.GetProperty("value").GetProperty("p").GetString());
            var span = json.GetProperty("spans").GetProperty("p")[0];
            Assert.Equal("Tolls delayed" + lineBreak + "again", article.Substring(span[0].GetInt32(), span[1].GetInt32()));
            Assert.Equal(4, span[2].GetInt32()); // line
            Assert.Equal(3, span[3].GetInt32()); // column
        }
    }

    [Fact]
    public void Part_after_and_before_a_match_and_strip()
    {
        const string schema = "article S { t: text @line(1)\n"
            + " city: text @match(/ -- /, part: before) | titlecase\n"
            + " lead: paragraph @match(/^[A-Z ]+ -- /, part: after)\n"
            + " body: paragraph[] @blocks(after: t, strip: /^[A-Z ]+ -- /) }";
        const string article = "Ferry returns\n\nPORT ALDEN -- The ferry went back\ninto service.\n\nSecond paragraph.";
        foreach (var json in Results(schema, article))
        {
            var value = json.GetProperty("value");
            Assert.Equal("Port Alden", value.GetProperty("city").GetString());
            Assert.Equal("The ferry went back into service.", value.GetProperty("lead").GetString());
            var body = value.GetProperty("body").EnumerateArray().Select(p => p.GetString()).ToList();
            Assert.Equal(new[] { "The ferry went back into service.", "Second paragraph." }, body);
            var span = json.GetProperty("spans").GetProperty("body")[0];
            Assert.Equal("The ferry went back\ninto service.", article.Substring(span[0].GetInt32(), span[1].GetInt32()));
        }
    }

    [Fact]
    public void Record_members_carry_their_own_transforms()
    {
        const string schema = "record Contact { name: text | trimSuffix(\",\"); email: text | trim(\"<>\") | lowercase }\n"
            + "article S { t: text @line(1)\n c: Contact? @match(/^Contact: (?<name>[^<]+) (?<email><\\S+>)$/) }";
        foreach (var value in Values(schema, "Title\n\nContact: Dana Whitfield, <Dana@Acme.example>"))
        {
            Assert.Equal("Dana Whitfield", value.GetProperty("c").GetProperty("name").GetString());
            Assert.Equal("dana@acme.example", value.GetProperty("c").GetProperty("email").GetString());
        }
    }

    [Fact]
    public void A_date_fallback_converts_with_the_fields_format_in_both_back_ends()
    {
        // "soon" is no date, so the next locator is tried; "04.03.2025" is a date only in the field's format:, which
        // the fall-through check must use as the conversion does (else "soon" would be the value, with AM3002).
        const string schema = "article S { t: text @line(1)\n d: date @match(/^Date: (?<value>.+)$/) @line(-1, format: \"dd.MM.yyyy\") }";
        foreach (var result in Results(schema, "Title\n\nDate: soon\n\n04.03.2025"))
        {
            Assert.Equal("2025-03-04", result.GetProperty("value").GetProperty("d").GetString());
        }
    }

    [Fact]
    public void Replace_steps_cannot_grow_a_value_without_bound()
    {
        // Before: replace(/a/, "aa") chained 40 times doubled the value 40 times (4.6 GB and still going after a
        // minute), and an empty pattern replaced by long text made a value too long for the JSON writer (an
        // unhandled exception in the CLI). Now a step whose result would pass 4 × the found text + 4,096 characters
        // is not applied (AM3026), in both back ends alike.
        var everyGap = "article S { t: text @line(1)\n x: text? @line(2) | replace(/(?:)/, \"" + new string('x', 100) + "\") }";
        foreach (var json in Results(everyGap, "Title\n\n" + new string('b', 1000)))
        {
            Assert.Equal(new string('b', 1000), json.GetProperty("value").GetProperty("x").GetString());
            Assert.Single(json.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("id").GetString() == "AM3026");
        }
        var doubling = "article S { t: text @line(1)\n x: text? @line(2)" + string.Concat(Enumerable.Repeat(" | replace(/a/, \"aa\")", 40)) + " }";
        foreach (var json in Results(doubling, "Title\n\naaaa"))
        {
            var x = json.GetProperty("value").GetProperty("x").GetString()!;
            Assert.InRange(x.Length, 2048, 4 * 4 + 4096);
            Assert.Equal(new string('a', x.Length), x);
            Assert.Contains(json.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("id").GetString() == "AM3026");
        }
        // Within the bound a replace works as Regex.Replace: groups, $$, empty matches.
        foreach (var value in Values("article S { t: text @line(1)\n x: text? @line(2) | replace(/(?<w>b+)|(?:)/, \"<${w}$$>\") }", "Title\n\nabba"))
            Assert.Equal(System.Text.RegularExpressions.Regex.Replace("abba", "(?<w>b+)|(?:)", "<${w}$$>"), value.GetProperty("x").GetString());
    }

    private static JsonElement[] Values(string schema, string article) =>
        Results(schema, article).Select(r => r.GetProperty("value")).ToArray();

    /// <summary>The result JSON of the generated parser and of the interpreter, which must be equal byte for byte.</summary>
    internal static JsonElement[] Results(string schemaBody, string article)
    {
        var schemaText = "namespace T;\n" + schemaBody;
        var schema = InterpretedSchema.Load(schemaText, "t.article");
        Assert.False(schema.HasErrors, string.Join("\n", schema.Diagnostics));
        var (compilation, _) = GeneratorHarness.RunGenerator("t.article", schemaText);
        var document = PlainTextReader.Read(article);
        var generated = Differential.Generated(GeneratorHarness.Load(compilation), "T.S")(document);
        var interpreted = Differential.Interpreted(schema.GetParser())(document);
        Assert.Equal(Convert.ToBase64String(generated), Convert.ToBase64String(interpreted));
        return new[] { JsonDocument.Parse(generated).RootElement, JsonDocument.Parse(interpreted).RootElement };
    }
}
