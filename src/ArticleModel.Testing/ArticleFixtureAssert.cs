using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace ArticleModel.Testing;

/// <summary>
/// Checks that parsing a fixture's article gives the result in its expected file, or, in accept mode, writes that file.
/// Works for any parser: generated models (<c>NewsStory.Parse</c> or <c>NewsStory.Parser</c>), the interpreter, or
/// anything that returns a <see cref="ParseResult{T}"/>.
/// </summary>
/// <remarks>
/// <para>The expected file records the whole outcome of the parse, so a fixture cannot pass while its parse fails:</para>
/// <code>
/// {
///   "success": false,
///   "errors": [ "AM3001 (1:1) headline" ],
///   "value": { … }
/// }
/// </code>
/// <para><c>success</c> is <see cref="ParseResult{T}.Success"/>; <c>errors</c> lists every error diagnostic as
/// <c>ID (line:column) field</c> (messages are left out so that rewording one does not break fixtures; warnings are not
/// listed); <c>value</c> is the value's <see cref="IJsonWritable.WriteJson"/> output, <c>null</c> when there is none.
/// A fixture whose parse reports errors therefore fails unless its expected file lists exactly those errors.</para>
/// <para>Expected files are UTF-8 without a byte-order mark, indented with <see cref="ResultJson.WriterOptions"/>, with
/// LF line ends and a final newline. Accept mode (<c>ARTICLEMODEL_ACCEPT_FIXTURES=1</c>, or
/// <see cref="ArticleFixtureOptions.Accept"/>) writes the actual result to the expected file when it differs or is
/// missing, reports each file it wrote (see <see cref="ArticleFixtureOptions.Log"/>), and passes; review the changed
/// files — a <c>"success": false</c> among them is a parse that failed — before committing them.</para>
/// </remarks>
public static class ArticleFixtureAssert
{
    /// <summary>Parses the fixture's text with <paramref name="parse"/> and compares the result with the expected file.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="fixture">The fixture.</param>
    /// <param name="parse">The parser, for example a generated model's <c>Parse</c> method: <c>NewsStory.Parse</c>.</param>
    /// <param name="options">Ignored fields and accept mode; null for the defaults.</param>
    /// <exception cref="ArticleFixtureMismatchException">The result differs from the expected file, or there is no expected file.</exception>
    /// <remarks>When it fails, the message also lists the result's diagnostics with their messages.</remarks>
    public static void Matches<T>(ArticleFixture fixture, Func<string, ParseResult<T>> parse, ArticleFixtureOptions? options = null)
        where T : class, IJsonWritable
    {
        if (fixture is null) throw new ArgumentNullException(nameof(fixture));
        if (parse is null) throw new ArgumentNullException(nameof(parse));
        var result = parse(fixture.ReadText()) ?? throw new InvalidOperationException("The parse function returned null.");
        MatchesJson(fixture, ToJson(result), options, result.Diagnostics);
    }

    /// <summary>Parses the fixture's text with <paramref name="parser"/> and compares the result with the expected file.</summary>
    /// <param name="fixture">The fixture.</param>
    /// <param name="parser">Any article parser: a generated model's <c>Parser</c> (<c>NewsStory.Parser</c>) or an interpreted one.</param>
    /// <param name="options">Ignored fields and accept mode; null for the defaults.</param>
    /// <exception cref="ArticleFixtureMismatchException">The result differs from the expected file, or there is no expected file.</exception>
    public static void Matches(ArticleFixture fixture, IArticleParser parser, ArticleFixtureOptions? options = null)
    {
        if (fixture is null) throw new ArgumentNullException(nameof(fixture));
        if (parser is null) throw new ArgumentNullException(nameof(parser));
        var result = parser.Parse(fixture.ReadText()) ?? throw new InvalidOperationException("The parser returned null.");
        MatchesJson(fixture, ToJson(result), options, result.Diagnostics);
    }

    /// <summary>
    /// Compares a fixture document you produced yourself (use <see cref="ToJson{T}(ParseResult{T})"/>) with the
    /// fixture's expected file, or writes it in accept mode.
    /// </summary>
    /// <param name="fixture">The fixture.</param>
    /// <param name="actualJson">The actual fixture document: <c>success</c>, <c>errors</c> and <c>value</c>.</param>
    /// <param name="options">Ignored fields and accept mode; null for the defaults.</param>
    /// <exception cref="ArticleFixtureMismatchException">The JSON differs from the expected JSON, or there is no expected file.</exception>
    public static void MatchesJson(ArticleFixture fixture, string actualJson, ArticleFixtureOptions? options = null) =>
        MatchesJson(fixture, actualJson, options, null);

    /// <summary>
    /// The document a fixture's expected file holds for <paramref name="result"/>: <c>success</c>, <c>errors</c> and
    /// <c>value</c>, indented, LF line ends, a final newline.
    /// </summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="result">The parse result.</param>
    public static string ToJson<T>(ParseResult<T> result)
        where T : class, IJsonWritable
    {
        if (result is null) throw new ArgumentNullException(nameof(result));
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ResultJson.WriterOptions(indented: true)))
        {
            writer.WriteStartObject();
            writer.WriteBoolean(SuccessProperty, result.Success);
            writer.WriteStartArray(ErrorsProperty);
            foreach (var d in result.Diagnostics)
            {
                if (d.Severity == DiagnosticSeverity.Error) writer.WriteStringValue(Describe(d));
            }
            writer.WriteEndArray();
            writer.WritePropertyName(ValueProperty);
            if (result.Value is null) writer.WriteNullValue();
            else result.Value.WriteJson(writer);
            writer.WriteEndObject();
        }
        return Normalize(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>
    /// How an error is listed in an expected file: <c>ID (line:column)</c>, then the field when there is one, for example
    /// <c>AM3001 (1:1) headline</c>. A diagnostic without a place is at <c>1:1</c>, as in <see cref="ArticleDiagnostic.ToString"/>.
    /// </summary>
    /// <param name="diagnostic">The diagnostic.</param>
    public static string Describe(ArticleDiagnostic diagnostic)
    {
        if (diagnostic is null) throw new ArgumentNullException(nameof(diagnostic));
        var line = diagnostic.Span.IsEmpty ? 1 : diagnostic.Span.Line;
        var column = diagnostic.Span.IsEmpty ? 1 : diagnostic.Span.Column;
        var text = diagnostic.Id + " (" + line.ToString(CultureInfo.InvariantCulture) + ":" + column.ToString(CultureInfo.InvariantCulture) + ")";
        return diagnostic.Field is null ? text : text + " " + diagnostic.Field;
    }

    private const string SuccessProperty = "success";
    private const string ErrorsProperty = "errors";
    private const string ValueProperty = "value";

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
                options.Report(AcceptedMessage(fixture, created: expected is null, diagnostics));
            }
            return;
        }

        if (expected is null)
        {
            var message = new StringBuilder();
            message.Append("ArticleModel fixture '").Append(fixture).Append("' has no expected file ")
                .Append(Path.GetFileName(fixture.ExpectedPath)).AppendLine(".");
            AppendHowToAccept(message);
            message.AppendLine("The actual result:").Append(actual);
            AppendDiagnostics(message, diagnostics);
            AppendPaths(message, fixture);
            throw new ArticleFixtureMismatchException(fixture, Array.Empty<JsonFieldDifference>(), message.ToString());
        }

        IReadOnlyList<JsonFieldDifference> differences;
        bool oldFormat;
        try
        {
            // Ignored fields name paths inside the value; the document nests the value under "value".
            var ignored = new List<string>(options.IgnoredFields.Count);
            foreach (var field in options.IgnoredFields) ignored.Add(ValueProperty + "." + field);
            differences = ArticleJsonDiff.Compare(expected, actual, ignored);
            oldFormat = differences.Count > 0 && !HasOutcome(expected);
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
        if (oldFormat)
        {
            report.AppendLine("  (the expected file has no \"success\" and \"errors\": it holds the value alone, the format before the parse")
                .AppendLine("  outcome was recorded; accept the actual result to rewrite it, then check its \"success\" and \"errors\")");
        }
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

    private static string AcceptedMessage(ArticleFixture fixture, bool created, IReadOnlyList<ArticleDiagnostic>? diagnostics)
    {
        var message = new StringBuilder();
        message.Append("ArticleModel: ").Append(created ? "created " : "updated ").Append(fixture.ExpectedPath);
        var errors = 0;
        if (diagnostics is not null)
        {
            foreach (var d in diagnostics)
            {
                if (d.Severity == DiagnosticSeverity.Error) errors++;
            }
        }
        if (errors > 0) message.Append(" (the parse FAILED with ").Append(errors).Append(errors == 1 ? " error" : " errors").Append("; review it)");
        return message.ToString();
    }

    private static bool HasOutcome(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.TrimStart('\uFEFF'), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(SuccessProperty, out _)
                && document.RootElement.TryGetProperty(ValueProperty, out _);
        }
        catch (JsonException)
        {
            return false;
        }
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
