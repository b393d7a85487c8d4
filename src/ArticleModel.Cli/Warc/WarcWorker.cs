using System;
using System.Collections.Generic;
using System.Text.Json;
using ArticleModel.Warc;

namespace ArticleModel.Cli.Warc;

/// <summary>
/// Parses one WARC record of <c>parse --warc</c> into its JSON Lines record
/// <c>{"id","url","date","value","diagnostics"}</c>: a 2xx HTML response or HTML resource is parsed (with its site schema
/// under <c>--schemas</c>, its HTTP charset honoured); any other response or resource gets a line with a null value and
/// the reason, unless <c>--only-articles</c> drops it. Damage outside a record goes to stderr only. Safe on many threads.
/// </summary>
internal sealed class WarcWorker
{
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText UrlName = JsonEncodedText.Encode("url");
    private static readonly JsonEncodedText DateName = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText DiagnosticsName = JsonEncodedText.Encode("diagnostics");

    private readonly IArticleParser _parser;
    private readonly SiteSchemas? _sites;
    private readonly ValueOutput _output;
    private readonly bool _onlyArticles;
    private readonly WarcSummary _summary;

    public WarcWorker(IArticleParser parser, SiteSchemas? sites, ValueOutput output, bool onlyArticles, WarcSummary summary)
    {
        _parser = parser;
        _sites = sites;
        _output = output;
        _onlyArticles = onlyArticles;
        _summary = summary;
    }

    public BatchOutput Process(InputItem item)
    {
        var record = item.Record;
        if (record is null)
        {
            var unreadable = new ArticleDiagnostic(CliDiagnosticIds.WarcInputUnreadable, DiagnosticSeverity.Error, item.Failure ?? "the WARC input cannot be read", default);
            return new BatchOutput(ReadOnlyMemory<byte>.Empty, new[] { DiagnosticLine.Escape(unreadable.Format(item.Display)) }, true);
        }
        var isRecord = record.Type is { } type && (type.Equals("response", StringComparison.OrdinalIgnoreCase) || type.Equals("resource", StringComparison.OrdinalIgnoreCase));
        if (record.Problem is not null)
        {
            if (isRecord) _summary.Problem();
            var message = new[] { DiagnosticLine.Escape(record.Problem.Format(item.Display)) };
            if (!isRecord || _onlyArticles) return new BatchOutput(ReadOnlyMemory<byte>.Empty, message, true);
            return new BatchOutput(Line(record, null, new[] { record.Problem }), message, true);
        }
        if (record.HttpStatus is { } status && (status < 200 || status > 299))
        {
            _summary.HttpStatus();
            return Skipped(record, new ArticleDiagnostic(CliDiagnosticIds.WarcHttpStatusNotOk, DiagnosticSeverity.Info,
                $"the response's HTTP status is {status}, not 2xx; not parsed", default));
        }
        if (!record.IsHtml)
        {
            _summary.NotHtml();
            return Skipped(record, new ArticleDiagnostic(CliDiagnosticIds.WarcRecordNotHtml, DiagnosticSeverity.Info,
                $"the payload is {(record.ContentType is { } t ? "'" + t + "'" : "not marked HTML and does not start with '<'")}, not a web page; not parsed", default));
        }

        var url = PageUrl.IsValid(record.TargetUri) ? record.TargetUri : null;
        var parser = _sites?.Find(url) ?? _parser;
        var result = InputDocument.ReadPage(record.Payload.Span, url, record.Charset).Parse(parser);
        if (_onlyArticles && IsNotArticle(result.Diagnostics))
        {
            _summary.NotArticle();
            return new BatchOutput(ReadOnlyMemory<byte>.Empty, Array.Empty<string>(), false);
        }
        _summary.Parsed();
        // Errors only on stderr: a web archive gives warnings (guessed encodings, …) for most pages; all are in the line.
        var errors = new List<string>();
        foreach (var d in result.Diagnostics)
        {
            if (d.Severity == DiagnosticSeverity.Error) errors.Add(DiagnosticLine.Escape(d.Format(item.Display)));
        }
        return new BatchOutput(Line(record, result.Value, result.Diagnostics), errors.ToArray(), result.HasErrors);
    }

    private BatchOutput Skipped(WarcRecord record, ArticleDiagnostic reason)
    {
        if (_onlyArticles) return new BatchOutput(ReadOnlyMemory<byte>.Empty, Array.Empty<string>(), false);
        return new BatchOutput(Line(record, null, new[] { reason }), Array.Empty<string>(), false);
    }

    private static bool IsNotArticle(IReadOnlyList<ArticleDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            if (d.Id == DiagnosticIds.HtmlNoArticleContent) return true;
        }
        return false;
    }

    private ReadOnlyMemory<byte> Line(WarcRecord record, IJsonWritable? value, IReadOnlyList<ArticleDiagnostic> diagnostics)
    {
        return Worker.Serialize(writer =>
        {
            writer.WriteStartObject();
            WriteStringOrNull(writer, IdName, record.RecordId);
            WriteStringOrNull(writer, UrlName, record.TargetUri);
            WriteStringOrNull(writer, DateName, record.Date);
            writer.WritePropertyName(ValueName);
            _output.Write(writer, value);
            writer.WritePropertyName(DiagnosticsName);
            ResultJson.WriteDiagnostics(writer, diagnostics);
            writer.WriteEndObject();
        });
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }
}
