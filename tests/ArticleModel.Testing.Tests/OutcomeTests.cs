using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace ArticleModel.Testing.Tests;

/// <summary>
/// Issue 8 item 8: a fixture whose parse fails cannot pass by accident. The expected file records whether the parse
/// succeeded and its errors; accept mode reports every file it writes.
/// </summary>
public class OutcomeTests
{
    private const string ArticleWithoutBody = "Council Delays Vote on Tolls\n\nBy Ana Ruiz @anaruiz\n";

    private static readonly ArticleFixtureOptions Compare = new() { Accept = false };

    [Fact]
    public void A_failing_parse_fails_against_an_expected_file_that_holds_its_value_alone()
    {
        // The story of the issue: accept mode snapshotted the value of an article missing required fields, and the
        // fixture passed from then on. The value alone is no longer the whole expected result.
        using var folder = new TempFolder();
        var fixture = new ArticleFixture(folder.Write("story.txt", ArticleWithoutBody));
        folder.Write("story.expected.json",
            """{ "headline": "Council Delays Vote on Tolls", "body": [], "byline": { "name": "Ana Ruiz", "twitter": "anaruiz" } }""");

        var e = Assert.Throws<ArticleFixtureMismatchException>(() => ArticleFixtureAssert.Matches(fixture, Story.Parse, Compare));

        Assert.Contains(e.Differences, d => d.Path == "success" && d.Actual == "false");
        Assert.Contains(e.Differences, d => d.Path == "errors" && d.Actual == "[\"AM3001 (1:1) body\"]");
        Assert.Contains("holds the value alone", e.Message);
        Assert.Contains("error AM3001 (1:1): required field 'body' was not found", e.Message);
    }

    [Fact]
    public void A_fixture_with_errors_fails_unless_its_expected_file_lists_them()
    {
        using var folder = new TempFolder();
        var fixture = new ArticleFixture(folder.Write("story.txt", ArticleWithoutBody));
        var value = """{ "headline": "Council Delays Vote on Tolls", "body": [], "byline": { "name": "Ana Ruiz", "twitter": "anaruiz" } }""";

        folder.Write("story.expected.json", $$"""{ "success": true, "errors": [], "value": {{value}} }""");
        var e = Assert.Throws<ArticleFixtureMismatchException>(() => ArticleFixtureAssert.Matches(fixture, Story.Parse, Compare));
        Assert.Equal(new[] { "success", "errors", "errors[0]" }, e.Differences.Select(d => d.Path));
        Assert.Equal("\"AM3001 (1:1) body\"", e.Differences[2].Actual);

        // The same errors at another place, or another error, still fail.
        folder.Write("story.expected.json", $$"""{ "success": false, "errors": ["AM3001 (2:1) body"], "value": {{value}} }""");
        Assert.Throws<ArticleFixtureMismatchException>(() => ArticleFixtureAssert.Matches(fixture, StoryParser.Instance, Compare));
        folder.Write("story.expected.json", $$"""{ "success": false, "errors": ["AM3002 (1:1) body"], "value": {{value}} }""");
        Assert.Throws<ArticleFixtureMismatchException>(() => ArticleFixtureAssert.Matches(fixture, StoryParser.Instance, Compare));

        // Listed exactly: the failure is the expected outcome, and the fixture passes.
        folder.Write("story.expected.json", $$"""{ "success": false, "errors": ["AM3001 (1:1) body"], "value": {{value}} }""");
        ArticleFixtureAssert.Matches(fixture, Story.Parse, Compare);
        ArticleFixtureAssert.Matches(fixture, StoryParser.Instance, Compare);
    }

    [Fact]
    public void A_fixture_that_starts_failing_fails_even_when_its_value_is_unchanged()
    {
        using var folder = new TempFolder();
        var fixture = new ArticleFixture(folder.Write("story.txt", "Headline\n\nOne paragraph.\n"));
        Assert.True(Story.Parse(fixture.ReadText()).Success);
        folder.Write("story.expected.json", ArticleFixtureAssert.ToJson(Story.Parse(fixture.ReadText())));

        // A parser that reports an error without changing the value (a regression in a required field's locator, say).
        ParseResult<Story> Failing(string text)
        {
            var ok = Story.Parse(text);
            return new ParseResult<Story>(ok.Value, ok.Spans,
                new[] { new ArticleDiagnostic("AM3004", DiagnosticSeverity.Error, "member missing", default, "byline.name") });
        }

        var e = Assert.Throws<ArticleFixtureMismatchException>(() => ArticleFixtureAssert.Matches(fixture, Failing, Compare));
        Assert.Contains(e.Differences, d => d.Path == "success");
        Assert.Contains(e.Differences, d => d.Path == "errors[0]" && d.Actual == "\"AM3004 (1:1) byline.name\"");
    }

    [Fact]
    public void Warnings_are_not_listed_and_error_places_are_line_and_column()
    {
        var document = PlainTextReader.Read("Headline\n\nBody.\n");
        var span = document.GetSpan(10, 5);
        var result = new ParseResult<Story>(null, FieldSpans.Empty, new[]
        {
            new ArticleDiagnostic("AM2001", DiagnosticSeverity.Warning, "invalid UTF-8", span),
            new ArticleDiagnostic("AM3002", DiagnosticSeverity.Error, "not an int", span, "count"),
            new ArticleDiagnostic("AM3001", DiagnosticSeverity.Error, "missing", default),
        });

        var json = ArticleFixtureAssert.ToJson(result);

        Assert.Equal(
            "{\n  \"success\": false,\n  \"errors\": [\n    \"AM3002 (3:1) count\",\n    \"AM3001 (1:1)\"\n  ],\n  \"value\": null\n}\n",
            json);
    }

    [Fact]
    public void Accept_mode_records_the_failure_and_reports_every_file_it_writes()
    {
        using var folder = new TempFolder();
        folder.Write("a-fails.txt", ArticleWithoutBody);
        folder.Write("b-changed.txt", "Second Story\n\nOnly paragraph.\n");
        folder.Write("b-changed.expected.json", """{ "success": true, "errors": [], "value": { "headline": "stale" } }""");
        folder.Write("c-same.txt", "Third Story\n\nOnly paragraph.\n");
        folder.Write("c-same.expected.json", ArticleFixtureAssert.ToJson(Story.Parse("Third Story\n\nOnly paragraph.\n")));
        var log = new List<string>();
        var accept = new ArticleFixtureOptions { Accept = true, Log = log.Add };

        foreach (var fixture in ArticleFixtures.Find(folder.Path)) ArticleFixtureAssert.Matches(fixture, StoryParser.Instance, accept);

        Assert.Equal(2, log.Count);
        Assert.Equal("ArticleModel: created " + Path.Combine(folder.Path, "a-fails.expected.json") + " (the parse FAILED with 1 error; review it)", log[0]);
        Assert.Equal("ArticleModel: updated " + Path.Combine(folder.Path, "b-changed.expected.json"), log[1]);
        var written = File.ReadAllText(Path.Combine(folder.Path, "a-fails.expected.json"));
        Assert.StartsWith("{\n  \"success\": false,\n  \"errors\": [\n    \"AM3001 (1:1) body\"\n  ],\n  \"value\": {", written);

        // The accepted files are the new baseline: the failure is now expected, and listed for review.
        foreach (var fixture in ArticleFixtures.Find(folder.Path)) ArticleFixtureAssert.Matches(fixture, Story.Parse, Compare);
    }

    [Fact]
    public void Accept_mode_without_a_log_writes_to_standard_output()
    {
        using var folder = new TempFolder();
        var fixture = new ArticleFixture(folder.Write("story.txt", "Headline\n\nBody.\n"));
        var previousOut = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            ArticleFixtureAssert.Matches(fixture, Story.Parse, new ArticleFixtureOptions { Accept = true });
        }
        finally
        {
            Console.SetOut(previousOut);
        }
        Assert.Equal("ArticleModel: created " + fixture.ExpectedPath + Environment.NewLine, output.ToString());
    }
}
