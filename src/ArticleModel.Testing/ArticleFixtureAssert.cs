using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace ArticleModel.Testing;

/// <summary>
/// Checks that parsing a fixture's article gives the JSON in its expected file, or, in accept mode, writes that file.
/// Works for any model: generated ones, interpreted results, anything that implements <see cref="IJsonWritable"/>.
/// </summary>
/// <remarks>
/// The actual JSON is the parsed value's <see cref="IJsonWritable.WriteJson"/> output written with
/// <see cref="ResultJson.WriterOptions"/> (indented) — the same JSON ArticleModel prints everywhere else; a result without a
/// value is <c>null</c>. Expected files are UTF-8 without a byte-order mark, with LF line ends and a final newline.
/// Accept mode (<c>ARTICLEMODEL_ACCEPT_FIXTURES=1</c>, or <see cref="ArticleFixtureOptions.Accept"/>) writes the actual
/// JSON to the expected file when it differs or is missing, and passes; review the changed files before committing them.
/// </remarks>
public static class ArticleFixtureAssert
{
    /// <summary>Parses the fixture's text with <paramref name="parse"/> and compares the result's value with the expected file.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="fixture">The fixture.</param>
    /// <param name="parse">The parser, for example a generated model's <c>Parse</c> method: <c>NewsStory.Parse</c>.</param>
    /// <param name="options">Ignored fields and accept mode; null for the defaults.</param>
    /// <exception cref="ArticleFixtureMismatchException">The value differs from the expected JSON, or there is no expected file.</exception>
    /// <remarks>When it fails, the message also lists the result's diagnostics.</remarks>
    public static void Matches<T>(ArticleFixture fixture, Func<string, ParseResult<T>> parse, ArticleFixtureOptions? options = null)
        where T : class, IJsonWritable
    {
        if (fixture is null) throw new ArgumentNullException(nameof(fixture));
        if (parse is null) throw new ArgumentNullException(nameof(parse));
        var result = parse(fixture.ReadText()) ?? throw new InvalidOperationException("The parse function returned null.");
        MatchesJson(fixture, ToJson(result.Value), options, result.Diagnostics);
    }

    /// <summary>Parses the fixture's text with <paramref name="parse"/> and compares the value it returns with the expected file.</summary>
    /// <param name="fixture">The fixture.</param>
    /// <param name="parse">Returns the parsed value (null is written as JSON <c>null</c>), for example <c>text =&gt; NewsStory.Parse(text).Value</c>.</param>
    /// <param name="options">Ignored fields and accept mode; null for the defaults.</param>
    /// <exception cref="ArticleFixtureMismatchException">The value differs from the expected JSON, or there is no expected file.</exception>
    public static void Matches(ArticleFixture fixture, Func<string, IJsonWritable?> parse, ArticleFixtureOptions? options = null)
    {
        if (fixture is null) throw new ArgumentNullException(nameof(fixture));
        if (parse is null) throw new ArgumentNullException(nameof(parse));
        MatchesJson(fixture, ToJson(parse(fixture.ReadText())), options, null);
    }

    /// <summary>Compares JSON you produced yourself with the fixture's expected file (or writes it in accept mode).</summary>
    /// <param name="fixture">The fixture.</param>
    /// <param name="actualJson">The actual JSON.</param>
    /// <param name="options">Ignored fields and accept mode; null for the defaults.</param>
    /// <exception cref="ArticleFixtureMismatchException">The JSON differs from the expected JSON, or there is no expected file.</exception>
    public static void MatchesJson(ArticleFixture fixture, string actualJson, ArticleFixtureOptions? options = null) =>
        MatchesJson(fixture, actualJson, options, null);

    /// <summary>The JSON a fixture's expected file holds for <paramref name="value"/>: indented, LF line ends, a final newline.</summary>
    /// <param name="value">The parsed value, or null.</param>
    public static string ToJson(IJsonWritable? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ResultJson.WriterOptions(indented: true)))
        {
            if (value is null) writer.WriteNullValue();
            else value.WriteJson(writer);
        }
        return Normalize(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void MatchesJson(ArticleFixture fixture, string actualJson, ArticleFixtureOptions? options, IReadOnlyList<ArticleDiagnostic>? diagnostics)
    {
        if (fixture is null) throw new ArgumentNullException(nameof(fixture));
        if (actualJson is null) throw new ArgumentNullException(nameof(actualJson));
        options ??= new ArticleFixtureOptions();
        var actual = Normalize(actualJson);
        var expected = fixture.ReadExpected();

        if (options.IsAcceptMode)
        {
            if (expected is null || !string.Equals(Normalize(expected), actual, StringComparison.Ordinal))
            {
                File.WriteAllText(fixture.ExpectedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            return;
        }

        if (expected is null)
        {
            var message = new StringBuilder();
            message.Append("ArticleModel fixture '").Append(fixture).Append("' has no expected file ")
                .Append(Path.GetFileName(fixture.ExpectedPath)).AppendLine(".");
            AppendHowToAccept(message);
            message.AppendLine("The actual JSON:").Append(actual);
            AppendDiagnostics(message, diagnostics);
            AppendPaths(message, fixture);
            throw new ArticleFixtureMismatchException(fixture, Array.Empty<JsonFieldDifference>(), message.ToString());
        }

        IReadOnlyList<JsonFieldDifference> differences;
        try
        {
            differences = ArticleJsonDiff.Compare(expected, actual, options.IgnoredFields);
        }
        catch (JsonException e)
        {
            var message = new StringBuilder();
            message.Append("ArticleModel fixture '").Append(fixture).Append("': ").Append(Path.GetFileName(fixture.ExpectedPath))
                .Append(" is not valid JSON: ").AppendLine(e.Message);
            AppendHowToAccept(message);
            AppendPaths(message, fixture);
            throw new ArticleFixtureMismatchException(fixture, Array.Empty<JsonFieldDifference>(), message.ToString());
        }
        if (differences.Count == 0) return;

        var report = new StringBuilder();
        report.Append("ArticleModel fixture '").Append(fixture).Append("' does not match ").Append(Path.GetFileName(fixture.ExpectedPath))
            .Append(": ").Append(differences.Count).Append(differences.Count == 1 ? " difference" : " differences").AppendLine();
        var shown = Math.Min(differences.Count, Math.Max(1, options.MaxReportedDifferences));
        for (var i = 0; i < shown; i++)
        {
            report.Append("  ").AppendLine(differences[i].ToString().Replace("\n", "\n  "));
        }
        if (shown < differences.Count) report.Append("  … and ").Append(differences.Count - shown).AppendLine(" more");
        if (options.IgnoredFields.Count > 0) report.Append("Ignored fields: ").AppendLine(string.Join(", ", options.IgnoredFields));
        AppendDiagnostics(report, diagnostics);
        AppendPaths(report, fixture);
        AppendHowToAccept(report);
        throw new ArticleFixtureMismatchException(fixture, differences, report.ToString().TrimEnd());
    }

    private static void AppendDiagnostics(StringBuilder message, IReadOnlyList<ArticleDiagnostic>? diagnostics)
    {
        if (diagnostics is null || diagnostics.Count == 0) return;
        message.AppendLine("Diagnostics:");
        foreach (var d in diagnostics) message.Append("  ").AppendLine(d.ToString());
    }

    private static void AppendPaths(StringBuilder message, ArticleFixture fixture)
    {
        message.Append("Article:  ").AppendLine(fixture.ArticlePath);
        message.Append("Expected: ").AppendLine(fixture.ExpectedPath);
    }

    private static void AppendHowToAccept(StringBuilder message) =>
        message.Append("To accept the actual result, run the tests again with ").Append(ArticleFixtureOptions.AcceptEnvironmentVariable)
            .AppendLine("=1 and review the changed .expected.json files.");

    private static string Normalize(string json)
    {
        var text = json.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').TrimEnd();
        return text + "\n";
    }
}
