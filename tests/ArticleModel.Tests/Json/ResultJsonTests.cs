using System;
using System.IO;
using System.Text;
using System.Text.Json;
using ArticleModel.CompilerServices;
using Xunit;

namespace ArticleModel.Tests.Json;

/// <summary>Direct tests of <see cref="ResultJson"/> and <see cref="JsonFieldWriter"/> (issue 10 item 8).</summary>
public class ResultJsonTests
{
    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ResultJson.WriterOptions(indented: false))) write(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Object(Action<Utf8JsonWriter> write) => Write(w =>
    {
        w.WriteStartObject();
        write(w);
        w.WriteEndObject();
    });

    [Fact]
    public void A_result_is_value_spans_and_diagnostics()
    {
        var builder = new FieldSpans.Builder();
        builder.Add("headline", new SourceSpan(0, 8, 1, 1));
        builder.Add("body", new[] { new SourceSpan(10, 5, 3, 1), new SourceSpan(17, 4, 5, 2) });
        var diagnostics = new[]
        {
            new ArticleDiagnostic("AM2001", DiagnosticSeverity.Warning, "invalid UTF-8", new SourceSpan(3, 1, 1, 4)),
            new ArticleDiagnostic("AM3001", DiagnosticSeverity.Error, "required field 'dek' was not found", default, "dek"),
        };

        var json = Write(w => ResultJson.Write(w, new Headline("Tolls"), builder.Build(), diagnostics));

        Assert.Equal(
            "{\"value\":{\"headline\":\"Tolls\"}," +
            "\"spans\":{\"headline\":[[0,8,1,1]],\"body\":[[10,5,3,1],[17,4,5,2]]}," +
            "\"diagnostics\":[" +
            "{\"id\":\"AM2001\",\"severity\":\"warning\",\"message\":\"invalid UTF-8\",\"line\":1,\"column\":4}," +
            "{\"id\":\"AM3001\",\"severity\":\"error\",\"message\":\"required field 'dek' was not found\",\"line\":0,\"column\":0,\"field\":\"dek\"}]}",
            json);

        var result = new ParseResult<Headline>(new Headline("Tolls"), builder.Build(), diagnostics);
        Assert.Equal(json, Write(result.WriteJson));
    }

    [Fact]
    public void A_result_without_a_value_writes_null()
    {
        Assert.Equal("{\"value\":null,\"spans\":{},\"diagnostics\":[]}",
            Write(w => ResultJson.Write(w, null, FieldSpans.Empty, Array.Empty<ArticleDiagnostic>())));
    }

    [Fact]
    public void Non_ascii_text_and_typographic_quotes_stay_readable()
    {
        var json = ResultJson.ToJsonString(new Headline("Café “tolls” — \"fair\" \\ <b>"));
        Assert.Equal("{\"headline\":\"Café “tolls” — \\\"fair\\\" \\\\ <b>\"}", json);
    }

    [Fact]
    public void ToJsonString_indents_on_request()
    {
        Assert.Equal("{\"headline\":\"A\"}", ResultJson.ToJsonString(new Headline("A")));
        Assert.Equal("{\n  \"headline\": \"A\"\n}", ResultJson.ToJsonString(new Headline("A"), indented: true).Replace("\r\n", "\n"));
    }

    [Fact]
    public void Scalar_writers_write_null_for_absent_values()
    {
        var json = Object(w =>
        {
            JsonFieldWriter.WriteString(w, "s", null);
            JsonFieldWriter.WriteParagraph(w, "p", null);
            JsonFieldWriter.WriteInt(w, "i", null);
            JsonFieldWriter.WriteDate(w, "d", null);
            JsonFieldWriter.WriteUrl(w, "u", null);
            JsonFieldWriter.WriteObject(w, "o", null);
        });
        Assert.Equal("{\"s\":null,\"p\":null,\"i\":null,\"d\":null,\"u\":null,\"o\":null}", json);
    }

    [Fact]
    public void Scalar_writers_write_each_kind_in_its_json_form()
    {
        var json = Object(w =>
        {
            JsonFieldWriter.WriteString(w, "s", "text");
            JsonFieldWriter.WriteParagraph(w, "p", new Paragraph("A paragraph.", new SourceSpan(0, 12, 1, 1)));
            JsonFieldWriter.WriteInt(w, "i", -42);
            JsonFieldWriter.WriteDate(w, "d", new ArticleDate(2025, 3, 3, new TimeSpan(14, 5, 0), TimeSpan.FromHours(-5)));
            JsonFieldWriter.WriteUrl(w, "u", new Uri("https://example.com/a b"));
            JsonFieldWriter.WriteObject(w, "o", new Headline("H"));
        });
        Assert.Equal(
            "{\"s\":\"text\",\"p\":\"A paragraph.\",\"i\":-42,\"d\":\"2025-03-03T14:05:00-05:00\"," +
            "\"u\":\"https://example.com/a%20b\",\"o\":{\"headline\":\"H\"}}",
            json);
    }

    [Fact]
    public void List_writers_write_arrays_and_empty_lists_as_empty_arrays()
    {
        var json = Object(w =>
        {
            JsonFieldWriter.WriteStrings(w, "s", new ValueList<string>(new[] { "a", "b" }));
            JsonFieldWriter.WriteParagraphs(w, "p", new ValueList<Paragraph>(new[] { new Paragraph("One.", default), new Paragraph("Two.", default) }));
            JsonFieldWriter.WriteInts(w, "i", new ValueList<int>(new[] { 1, 2 }));
            JsonFieldWriter.WriteDates(w, "d", new ValueList<ArticleDate>(new[] { new ArticleDate(2024, 1, 2), new ArticleDate(2024, 1, 2, new TimeSpan(9, 30, 0)) }));
            JsonFieldWriter.WriteUrls(w, "u", new ValueList<Uri>(new[] { new Uri("http://a.example/") }));
            JsonFieldWriter.WriteObjects(w, "o", new ValueList<Headline>(new[] { new Headline("x"), new Headline("y") }));
            JsonFieldWriter.WriteStrings(w, "empty", ValueList<string>.Empty);
        });
        Assert.Equal(
            "{\"s\":[\"a\",\"b\"],\"p\":[\"One.\",\"Two.\"],\"i\":[1,2],\"d\":[\"2024-01-02\",\"2024-01-02T09:30:00\"]," +
            "\"u\":[\"http://a.example/\"],\"o\":[{\"headline\":\"x\"},{\"headline\":\"y\"}],\"empty\":[]}",
            json);
    }

    [Fact]
    public void A_span_is_start_length_line_column()
    {
        Assert.Equal("[5,3,2,4]", Write(w => ResultJson.WriteSpan(w, new SourceSpan(5, 3, 2, 4))));
        Assert.Equal("{}", Write(w => ResultJson.WriteSpans(w, FieldSpans.Empty)));
        Assert.Equal("[]", Write(w => ResultJson.WriteDiagnostics(w, Array.Empty<ArticleDiagnostic>())));
    }

    private sealed class Headline : IJsonWritable
    {
        private readonly string _text;

        public Headline(string text) => _text = text;

        public void WriteJson(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            JsonFieldWriter.WriteString(writer, "headline", _text);
            writer.WriteEndObject();
        }
    }

    private static Quote SplitQuote() => new(
        "One. Two.", "Ann Lee", null, null, false,
        new ValueList<SourceSpan>(new[] { new SourceSpan(10, 4, 2, 3), new SourceSpan(30, 4, 2, 23) }));

    [Fact]
    public void Quote_spans_are_written_only_when_asked_all_pieces_of_a_split_quote()
    {
        var quote = SplitQuote();
        const string plain = "{\"text\":\"One. Two.\",\"speaker\":\"Ann Lee\",\"speakerRole\":null,\"source\":null,\"partial\":false";

        Assert.Equal(plain + "}", ResultJson.ToJsonString(quote));
        Assert.Equal(plain + "}", ResultJson.ToJsonString(quote, indented: false, ResultJsonOptions.Default));
        Assert.Equal(
            plain + ",\"spans\":[{\"start\":10,\"length\":4,\"line\":2,\"column\":3},{\"start\":30,\"length\":4,\"line\":2,\"column\":23}]}",
            ResultJson.ToJsonString(quote, indented: false, new ResultJsonOptions { IncludeQuoteSpans = true }));
    }

    [Fact]
    public void Quote_spans_option_reaches_the_value_of_a_result_and_ends_with_the_write()
    {
        var quote = SplitQuote();
        var options = new ResultJsonOptions { IncludeQuoteSpans = true };

        var json = Write(w => ResultJson.Write(w, quote, FieldSpans.Empty, Array.Empty<ArticleDiagnostic>(), options));

        using var document = JsonDocument.Parse(json);
        var spans = document.RootElement.GetProperty("value").GetProperty("spans");
        Assert.Equal(2, spans.GetArrayLength());
        Assert.Equal(30, spans[1].GetProperty("start").GetInt32());
        // The setting is scoped to the write: a plain write afterwards on the same thread has no spans.
        Assert.DoesNotContain("spans", Write(quote.WriteJson));
        Assert.DoesNotContain("\"spans\":[{", Write(w => ResultJson.Write(w, quote, FieldSpans.Empty, Array.Empty<ArticleDiagnostic>())));
    }
}
