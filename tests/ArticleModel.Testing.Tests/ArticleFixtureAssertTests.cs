using System;
using System.IO;
using System.Linq;
using Xunit;

namespace ArticleModel.Testing.Tests;

public class ArticleFixtureAssertTests
{
    private const string Article = "Council Delays Vote on Tolls\n\nThe council postponed the vote.\n\nResidents packed the hall.\n\nBy Ana Ruiz @anaruiz\n";

    private const string ExpectedJson = """
        {
          "success": true,
          "errors": [],
          "value": {
            "headline": "Council Delays Vote on Tolls",
            "body": [
              "The council postponed the vote.",
              "Residents packed the hall."
            ],
            "byline": {
              "name": "Ana Ruiz",
              "twitter": "anaruiz"
            }
          }
        }
        """;

    private static readonly ArticleFixtureOptions Compare = new() { Accept = false };

    [Fact]
    public void Passing_case_matches_expected_file()
    {
        using var folder = new TempFolder();
        var fixture = new ArticleFixture(folder.Write("story.txt", Article));
        folder.Write("story.expected.json", ExpectedJson);

        ArticleFixtureAssert.Matches(fixture, Story.Parse, Compare);
        ArticleFixtureAssert.Matches(fixture, StoryParser.Instance, Compare);
    }

    [Fact]
    public void Property_order_white_space_line_ends_and_bom_do_not_matter()
    {
        using var folder = new TempFolder();
        var fixture = new ArticleFixture(folder.Write("story.txt", Article));
        folder.Write("story.expected.json",
            "\uFEFF{\"value\":{\"byline\":{\"twitter\":\"anaruiz\",\"name\":\"Ana Ruiz\"},\r\n\"body\":[\"The council postponed the vote.\",\"Residents packed the hall.\"],\"headline\":\"Council Delays Vote on Tolls\"},\"errors\":[],\"success\":true}");

        ArticleFixtureAssert.Matches(fixture, Story.Parse, Compare);
    }

    [Fact]
    public void Failing_case_names_each_field_and_shows_both_values()
    {
        using var folder = new TempFolder();
        var fixture = new ArticleFixture(folder.Write("story.txt", Article));
        folder.Write("story.expected.json", ExpectedJson
            .Replace("\"anaruiz\"", "\"ana_ruiz\"")
            .Replace("Residents packed the hall.", "Residents filled the hall."));

        var e = Assert.Throws<ArticleFixtureMismatchException>(() => ArticleFixtureAssert.Matches(fixture, Story.Parse, Compare));

        Assert.Equal(new[] { "value.body[1]", "value.byline.twitter" }, e.Differences.Select(d => d.Path));
        Assert.All(e.Differences, d => Assert.Equal(JsonDifferenceKind.Changed, d.Kind));
        var expectedMessage = $"""
            ArticleModel fixture 'story.txt' does not match story.expected.json: 2 differences
              value.body[1] (first difference at character 11; lengths 26 and 26)
                  expected: "Residents filled the hall."
                  actual:   "Residents packed the hall."
              value.byline.twitter (first difference at character 4; lengths 8 and 7)
                  expected: "ana_ruiz"
                  actual:   "anaruiz"
            Article:  {fixture.ArticlePath}
            Expected: {fixture.ExpectedPath}
            To accept the actual result, run the tests again with ARTICLEMODEL_ACCEPT_FIXTURES=1 and review the changed .expected.json files.
            """;
        Assert.Equal(expectedMessage.Replace("\r\n", "\n"), e.Message.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Missing_and_extra_items_and_fields_are_reported()
    {
        using var folder = new TempFolder();
        var fixture = new ArticleFixture(folder.Write("story.txt", "Headline\n\nOne.\n\nTwo.\n\nThree.\n"));
        folder.Write("story.expected.json", """{ "success": true, "errors": [], "value": { "headline": "Headline", "body": ["One.", "Two."], "byline": null, "dek": "A dek" } }""");

        var e = Assert.Throws<ArticleFixtureMismatchException>(() => ArticleFixtureAssert.Matches(fixture, Story.Parse, Compare));

        Assert.Collection(e.Differences,
            d => { Assert.Equal("value.body", d.Path); Assert.Equal("2 items", d.Expected); Assert.Equal("3 items", d.Actual); },
            d => { Assert.Equal("value.body[2]", d.Path); Assert.Equal(JsonDifferenceKind.Unexpected, d.Kind); Assert.Equal("\"Three.\"", d.Actual); },
            d => { Assert.Equal("value.dek", d.Path); Assert.Equal(JsonDifferenceKind.Missing, d.Kind); Assert.Equal("\"A dek\"", d.Expected); });
        Assert.Contains("value.body[2]: not in the expected JSON", e.Message);
        Assert.Contains("value.dek: missing from the actual result", e.Message);
    }

    [Fact]
    public void A_null_value_against_an_object_is_one_difference_and_diagnostics_are_listed()
    {
        using var folder = new TempFolder();
        var fixture = new ArticleFixture(folder.Write("empty.txt", "\n\n"));
        folder.Write("empty.expected.json", """{ "success": false, "errors": ["AM3001 (1:1) headline"], "value": { "headline": "x" } }""");

        var e = Assert.Throws<ArticleFixtureMismatchException>(() => ArticleFixtureAssert.Matches(fixture, Story.Parse, Compare));

        var d = Assert.Single(e.Differences);
        Assert.Equal("value", d.Path);
        Assert.Equal("null", d.Actual);
        Assert.Contains("Diagnostics:\n  error AM3001 (1:1): required field 'headline' was not found", e.Message.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Long_strings_are_shown_around_the_first_difference()
    {
        var words = string.Join(" ", Enumerable.Range(1, 80).Select(i => "word" + i));
        using var folder = new TempFolder();
        var fixture = new ArticleFixture(folder.Write("long.txt", "Headline\n\n" + words + "\n"));
        folder.Write("long.expected.json", $$"""{ "success": true, "errors": [], "value": { "headline": "Headline", "body": ["{{words.Replace("word40", "WORD40")}}"], "byline": null } }""");

        var e = Assert.Throws<ArticleFixtureMismatchException>(() => ArticleFixtureAssert.Matches(fixture, Story.Parse, Compare));

        var d = Assert.Single(e.Differences);
        Assert.Equal("value.body[0]", d.Path);
        Assert.StartsWith("…\"", d.Expected);
        Assert.Contains("WORD40", d.Expected);
        Assert.Contains("word40", d.Actual);
        Assert.DoesNotContain("word1 ", d.Actual);
        Assert.Contains("first difference at character " + (words.IndexOf("word40", StringComparison.Ordinal) + 1), d.Note);
    }

    [Fact]
    public void Ignored_fields_are_left_out_of_the_comparison()
    {
        using var folder = new TempFolder();
        var fixture = new ArticleFixture(folder.Write("story.txt", Article));
        folder.Write("story.expected.json", ExpectedJson.Replace("\"anaruiz\"", "\"someone\"").Replace("\"headline\"", "\"extra\": 1, \"headline\""));
        Assert.Contains("\"extra\": 1", File.ReadAllText(fixture.ExpectedPath));

        Assert.Throws<ArticleFixtureMismatchException>(() => ArticleFixtureAssert.Matches(fixture, Story.Parse, Compare));
        ArticleFixtureAssert.Matches(fixture, Story.Parse, new ArticleFixtureOptions { Accept = false }.Ignore("byline.twitter", "extra"));
        ArticleFixtureAssert.Matches(fixture, Story.Parse, new ArticleFixtureOptions { Accept = false }.Ignore("*.twitter", "extra"));
        var e = Assert.Throws<ArticleFixtureMismatchException>(
            () => ArticleFixtureAssert.Matches(fixture, Story.Parse, new ArticleFixtureOptions { Accept = false }.Ignore("extra")));
        Assert.Equal("value.byline.twitter", Assert.Single(e.Differences).Path);
    }

    [Fact]
    public void Ignored_paths_skip_array_indexes()
    {
        var differences = ArticleJsonDiff.Compare(
            """{ "quotes": [ { "text": "a", "speaker": "X" }, { "text": "b", "speaker": "Y" } ] }""",
            """{ "quotes": [ { "text": "a", "speaker": "Z" }, { "text": "B", "speaker": null } ] }""",
            new[] { "quotes.speaker" });

        Assert.Equal("quotes[1].text", Assert.Single(differences).Path);
    }

    [Fact]
    public void A_missing_expected_file_fails_with_the_actual_json_and_how_to_accept()
    {
        using var folder = new TempFolder();
        var fixture = new ArticleFixture(folder.Write("story.txt", Article));

        var e = Assert.Throws<ArticleFixtureMismatchException>(() => ArticleFixtureAssert.Matches(fixture, Story.Parse, Compare));

        Assert.Contains("has no expected file story.expected.json", e.Message);
        Assert.Contains("ARTICLEMODEL_ACCEPT_FIXTURES=1", e.Message);
        Assert.Contains("\"twitter\": \"anaruiz\"", e.Message);
        Assert.False(File.Exists(fixture.ExpectedPath));
    }

    [Fact]
    public void Accept_mode_from_the_environment_writes_and_refreshes_expected_files()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Article);
        folder.Write("b.md", "Second Story\n\nOnly paragraph.\n");
        folder.Write("b.expected.json", """{ "success": true, "errors": [], "value": { "headline": "stale" } }""");
        var fixtures = ArticleFixtures.Find(folder.Path);

        var previous = Environment.GetEnvironmentVariable(ArticleFixtureOptions.AcceptEnvironmentVariable);
        Environment.SetEnvironmentVariable(ArticleFixtureOptions.AcceptEnvironmentVariable, "1");
        try
        {
            Assert.True(new ArticleFixtureOptions().IsAcceptMode);
            foreach (var fixture in fixtures) ArticleFixtureAssert.Matches(fixture, Story.Parse, new ArticleFixtureOptions { Log = _ => { } });
        }
        finally
        {
            Environment.SetEnvironmentVariable(ArticleFixtureOptions.AcceptEnvironmentVariable, previous);
        }

        var written = File.ReadAllText(Path.Combine(folder.Path, "a.expected.json"));
        Assert.Equal(ExpectedJson.Replace("\r\n", "\n") + "\n", written);
        Assert.Equal(
            "{\n  \"success\": true,\n  \"errors\": [],\n  \"value\": {\n    \"headline\": \"Second Story\",\n    \"body\": [\n      \"Only paragraph.\"\n    ],\n    \"byline\": null\n  }\n}\n",
            File.ReadAllText(Path.Combine(folder.Path, "b.expected.json")));
        Assert.NotEqual(0xEF, File.ReadAllBytes(Path.Combine(folder.Path, "a.expected.json"))[0]);

        // Accept mode off again: the written files are the new baseline.
        foreach (var fixture in fixtures) ArticleFixtureAssert.Matches(fixture, Story.Parse, Compare);
    }

    [Fact]
    public void Accept_mode_leaves_an_up_to_date_file_untouched()
    {
        using var folder = new TempFolder();
        var fixture = new ArticleFixture(folder.Write("story.txt", Article));
        var expected = folder.Write("story.expected.json", ExpectedJson.Replace("\n", "\r\n"));
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(expected, stamp);

        ArticleFixtureAssert.Matches(fixture, Story.Parse, new ArticleFixtureOptions { Accept = true });

        Assert.Equal(stamp, File.GetLastWriteTimeUtc(expected));
    }

    [Fact]
    public void The_option_overrides_the_environment()
    {
        var previous = Environment.GetEnvironmentVariable(ArticleFixtureOptions.AcceptEnvironmentVariable);
        Environment.SetEnvironmentVariable(ArticleFixtureOptions.AcceptEnvironmentVariable, "true");
        try
        {
            Assert.True(new ArticleFixtureOptions().IsAcceptMode);
            Assert.False(new ArticleFixtureOptions { Accept = false }.IsAcceptMode);
            Environment.SetEnvironmentVariable(ArticleFixtureOptions.AcceptEnvironmentVariable, "0");
            Assert.False(new ArticleFixtureOptions().IsAcceptMode);
            Assert.True(new ArticleFixtureOptions { Accept = true }.IsAcceptMode);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ArticleFixtureOptions.AcceptEnvironmentVariable, previous);
        }
    }
}
