using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ArticleModel.Interpreter;

namespace ArticleModel.Cli;

/// <summary>Reads, parses and serialises one input; safe to call from many threads (per-thread buffers).</summary>
internal sealed class Worker
{
    [ThreadStatic] private static SizingBufferWriter? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText LayoutName = JsonEncodedText.Encode("layout");
    private static readonly JsonEncodedText DiagnosticsName = JsonEncodedText.Encode("diagnostics");

    private readonly IArticleParser _parser;
    private readonly long _maxBytes;
    private readonly ValueOutput _output;
    private readonly InputFormat _format;
    private readonly string? _url;

    /// <param name="parser">The parser every input goes through.</param>
    /// <param name="maxBytes">The largest input (<c>--max-bytes</c>).</param>
    /// <param name="jsonOptions">How values are written.</param>
    /// <param name="format">How inputs are read (<c>--format</c>); a JSON Lines record may say otherwise.</param>
    /// <param name="url">The page address for HTML inputs (<c>--url</c>); a JSON Lines record's <c>url</c> replaces it.</param>
    /// <param name="output">How values are written (<c>--out</c>); null: the schema's JSON with <paramref name="jsonOptions"/>.</param>
    public Worker(IArticleParser parser, long maxBytes, ResultJsonOptions? jsonOptions = null, InputFormat format = InputFormat.Auto, string? url = null, ValueOutput? output = null)
    {
        _parser = parser;
        _maxBytes = maxBytes;
        _output = output ?? new ValueOutput(false, jsonOptions);
        _format = format;
        _url = url;
    }

    /// <summary>
    /// Reads a file, device or pipe, or '-' for standard input, never more than <paramref name="maxBytes"/> + 1 bytes.
    /// A file that cannot be opened is read by <see cref="PlainTextReader.ReadFile"/> (an empty document with an AM2004
    /// error, as the sample app gives); an input over the limit, or a read failing, gives an AM2004 failure instead.
    /// </summary>
    public static (InputDocument? Document, ArticleDiagnostic? Failure) Read(string path, long maxBytes, InputFormat format = InputFormat.Auto, string? url = null)
    {
        try
        {
            Stream stream;
            if (path == "-")
            {
                stream = StandardInput.Open();
            }
            else
            {
                try
                {
                    stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
                {
                    return (InputDocument.Of(PlainTextReader.ReadFile(path)), null);
                }
            }
            using (stream) return Read(stream, maxBytes, format, path == "-" ? null : path, url);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return (null, Unreadable("the input could not be read: " + e.Message));
        }
    }

    /// <summary>Reads an open stream, never more than <paramref name="maxBytes"/> + 1 bytes; I/O errors are the caller's.</summary>
    /// <remarks><paramref name="path"/> (null for a stream without a name) is only looked at for its extension (<c>--format auto</c>).</remarks>
    public static (InputDocument? Document, ArticleDiagnostic? Failure) Read(Stream stream, long maxBytes, InputFormat format = InputFormat.Auto, string? path = null, string? url = null)
    {
        maxBytes = EffectiveMaxBytes(maxBytes);
        if (ReadTextFile(stream, maxBytes, format, path) is { } text) return (InputDocument.Of(text), null);
        if (!BoundedReader.TryReadAll(stream, maxBytes, out var buffer, out var length))
            return (null, TooLarge(length, maxBytes, "at least "));
        return (InputDocument.Read(buffer, length, format, path, url), null);
    }

    /// <summary>The size from which <see cref="PlainTextReader"/> decodes a seekable stream in chunks (1 MB).</summary>
    private const long TextFileInChunksFrom = 1024 * 1024;

    /// <summary>
    /// A regular file of 1 MB or more, within the limit, that is plain text (by <paramref name="format"/>, its extension
    /// or its first bytes): read by <see cref="PlainTextReader.Read(Stream)"/>, which decodes it in chunks without
    /// holding its bytes (half its text again, until the next full collection). Null for anything else, with the
    /// stream where it was.
    /// </summary>
    private static ArticleDocument? ReadTextFile(Stream stream, long maxBytes, InputFormat format, string? path)
    {
        if (stream is not FileStream || !stream.CanSeek) return null;
        long start, length;
        try
        {
            start = stream.Position;
            length = stream.Length - start;
        }
        catch (Exception e) when (e is IOException or NotSupportedException)
        {
            return null;
        }
        if (length < TextFileInChunksFrom || length > maxBytes) return null;
        var head = new byte[FormatDetector.SniffLength];
        var got = 0;
        while (got < head.Length)
        {
            var n = stream.Read(head, got, head.Length - got);
            if (n <= 0) break;
            got += n;
        }
        stream.Position = start;
        // UTF-16 and UTF-32 (FF FE, FE FF, 00 00 FE FF) the reader reads whole: they take the capped read instead.
        if (got >= 4 && head[0] == 0 && head[1] == 0 && head[2] == 0xFE && head[3] == 0xFF) return null;
        if (got >= 2 && (head[0], head[1]) is (0xFF, 0xFE) or (0xFE, 0xFF)) return null;
        return FormatDetector.Resolve(format, path, new ReadOnlySpan<byte>(head, 0, got)) == InputFormat.Text ? PlainTextReader.Read(stream) : null;
    }

    /// <summary>The longest string .NET can make; decoded text is never longer than its bytes.</summary>
    internal const long MaxDecodableBytes = 0x3FFFFFDF;

    /// <summary>
    /// --max-bytes, capped where the decoded text would no longer fit in one string (about 1 GiB): past it the reader
    /// would fail with OutOfMemoryException instead of an AM2004 error.
    /// </summary>
    internal static long EffectiveMaxBytes(long maxBytes) => Math.Min(maxBytes, MaxDecodableBytes);

    private static ArticleDiagnostic TooLarge(long length, long max, string prefix) =>
        Unreadable($"the input is {prefix}{length} bytes, more than the limit of {max} bytes (--max-bytes); skipped");

    private static ArticleDiagnostic Unreadable(string message) =>
        new(DiagnosticIds.UnreadableInput, DiagnosticSeverity.Error, message, default);

    /// <summary>A file (or stdin) of a batch: <c>{"path":…,"value":…,"diagnostics":[…]}</c>.</summary>
    public BatchOutput ProcessFile(InputItem item)
    {
        if (item.Warning is not null) return new BatchOutput(ReadOnlyMemory<byte>.Empty, new[] { DiagnosticLine.Escape($"{item.Display}: warning: {item.Warning}") }, false);
        if (item.Failure is not null) return Output(item.Display, null, Unreadable(item.Failure));
        var (result, failure) = ReadAndParse(item.Path!);
        return Output(item.Display, result, failure);
    }

    /// <summary>One input already open (the fuzzing harness's entry to what <see cref="ProcessFile"/> does after opening).</summary>
    public BatchOutput ProcessStream(string display, Stream stream)
    {
        var (result, failure) = ReadAndParse(display, stream);
        return Output(display, result, failure);
    }

    // The document (its text and line table, about 3 bytes per input byte) is a local of these two methods only, so it
    // can be collected while the result is written, even where code keeps every local alive to the end of its method
    // (unoptimised tier-0 code, which is what runs a single file).

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (ParseResult<IJsonWritable>? Result, ArticleDiagnostic? Failure) ReadAndParse(string path)
    {
        var (document, failure) = Read(path, _maxBytes, _format, _url);
        return (document?.Parse(_parser), failure);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (ParseResult<IJsonWritable>? Result, ArticleDiagnostic? Failure) ReadAndParse(string display, Stream stream)
    {
        var (document, failure) = Read(stream, _maxBytes, _format, display, _url);
        return (document?.Parse(_parser), failure);
    }

    private BatchOutput Output(string display, ParseResult<IJsonWritable>? result, ArticleDiagnostic? failure)
    {
        var line = Serialize(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString(PathName, display);
            WriteResult(writer, result, failure);
            writer.WriteEndObject();
        });
        return new BatchOutput(line, Messages(display, result, failure), failure is not null || result!.HasErrors);
    }

    /// <summary>A JSON Lines record: <c>{"id":…,"value":…,"diagnostics":[…]}</c>.</summary>
    public BatchOutput ProcessRecord(InputItem item)
    {
        var id = item.Id;
        ArticleDiagnostic? failure = null;
        ArticleDiagnostic? warning = null;
        ParseResult<IJsonWritable>? result = null;
        if (item.Failure is not null)
        {
            failure = Unreadable(item.Failure);
        }
        else
        {
            var error = ReadRecordContent(item.Bytes!, out id, out var content);
            if (error is not null)
            {
                failure = Unreadable("the record is not a JSON object with a string \"text\" or \"html\": " + error);
            }
            else if (content.Content.Length > _maxBytes)
            {
                failure = TooLarge(content.Content.Length, _maxBytes, "");
            }
            else if (!content.TryGetFormat(_format, out var format, out var formatError))
            {
                failure = new ArticleDiagnostic(CliDiagnosticIds.RecordFormatInvalid, DiagnosticSeverity.Error, formatError!, default);
            }
            else
            {
                var url = content.Url ?? _url;
                if (content.Url is not null && !PageUrl.IsValid(content.Url))
                {
                    warning = new ArticleDiagnostic(CliDiagnosticIds.RecordUrlInvalid, DiagnosticSeverity.Warning,
                        $"the record's \"url\" '{content.Url}' is not an absolute http, https or file address; links resolve only against the page's <base>", default);
                    url = null;
                }
                result = InputDocument.Read(content.Content, format, url).Parse(_parser);
            }
        }
        var line = Serialize(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName(IdName);
            if (id is null) writer.WriteNullValue();
            else writer.WriteRawValue(id, skipInputValidation: false); // our own re-serialisation (JsonValueCopier), checked again
            WriteResult(writer, result, failure, warning);
            writer.WriteEndObject();
        });
        return new BatchOutput(line, Messages(item.Display, result, failure, warning), failure is not null || result!.HasErrors);
    }

    /// <summary>
    /// Reads <c>id</c> (any JSON value, re-serialised: never copied as written) and <c>text</c> (a string) of a record;
    /// the error, or null. <paramref name="id"/> is set as soon as it is read, so a record failing later keeps it.
    /// </summary>
    internal static string? ReadRecord(byte[] line, out byte[]? id, out string? text)
    {
        var error = ReadRecordContent(line, out id, out var content);
        text = error is null ? content.Content : null;
        return error;
    }

    /// <summary>
    /// Reads a record: <c>id</c> (any JSON value, re-serialised), the content (<c>text</c> or <c>html</c>, a string),
    /// <c>format</c> and <c>url</c> (strings); other properties are skipped. The error, or null. <paramref name="id"/> is
    /// set as soon as it is read, so a record failing later keeps it.
    /// </summary>
    internal static string? ReadRecordContent(byte[] line, out byte[]? id, out JsonLinesContent content)
    {
        id = null;
        content = default;
        string? text = null, html = null, format = null, url = null;
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return "not a JSON object";
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = JsonValueCopier.Copy(ref reader, out var idError);
                    if (id is null) return "\"id\" cannot be re-serialised: " + idError;
                }
                else if (reader.ValueTextEquals("text"u8))
                {
                    if (!ReadString(ref reader, out text)) return "\"text\" is not a string";
                }
                else if (reader.ValueTextEquals("html"u8))
                {
                    if (!ReadString(ref reader, out html)) return "\"html\" is not a string";
                }
                else if (reader.ValueTextEquals("format"u8))
                {
                    if (!ReadString(ref reader, out format)) return "\"format\" is not a string";
                }
                else if (reader.ValueTextEquals("url"u8))
                {
                    if (!ReadString(ref reader, out url)) return "\"url\" is not a string";
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            if (reader.TokenType != JsonTokenType.EndObject) return "not a JSON object";
            if (reader.Read()) return "text after the object";
            if (text is not null && html is not null) return "both \"text\" and \"html\" (give one)";
            if (text is null && html is null) return "no \"text\"";
            content = new JsonLinesContent(text ?? html!, html is not null, format, url);
            return null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return e.Message;
        }
    }

    private static bool ReadString(ref Utf8JsonReader reader, out string? value)
    {
        reader.Read();
        value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return value is not null;
    }

    private void WriteResult(Utf8JsonWriter writer, ParseResult<IJsonWritable>? result, ArticleDiagnostic? failure, ArticleDiagnostic? warning = null)
    {
        // An article with layouts: which one read the page (as ResultJson writes it, before the value).
        if (result?.Layout is { } layout) writer.WriteString(LayoutName, layout);
        writer.WritePropertyName(ValueName);
        _output.Write(writer, result?.Value);
        writer.WritePropertyName(DiagnosticsName);
        ResultJson.WriteDiagnostics(writer, Diagnostics(result, failure, warning));
    }

    /// <summary>A failure alone, or the result's diagnostics after the reading warning (a record's bad <c>url</c>).</summary>
    private static IReadOnlyList<ArticleDiagnostic> Diagnostics(ParseResult<IJsonWritable>? result, ArticleDiagnostic? failure, ArticleDiagnostic? warning)
    {
        if (result is null) return new[] { failure! };
        if (warning is null) return result.Diagnostics;
        var all = new List<ArticleDiagnostic>(result.Diagnostics.Count + 1) { warning };
        all.AddRange(result.Diagnostics);
        return all;
    }

    private static string[] Messages(string display, ParseResult<IJsonWritable>? result, ArticleDiagnostic? failure, ArticleDiagnostic? warning = null)
    {
        if (result is null) return new[] { DiagnosticLine.Escape(failure!.Format(display)) };
        var diagnostics = Diagnostics(result, failure, warning);
        if (diagnostics.Count == 0) return Array.Empty<string>();
        var messages = new string[diagnostics.Count];
        for (var i = 0; i < messages.Length; i++) messages[i] = DiagnosticLine.Escape(diagnostics[i].Format(display));
        return messages;
    }

    /// <summary>Largest result kept in this thread's buffer; a larger one is measured there and written again into an array of its size.</summary>
    private const int ThreadBufferCapacity = 4 * 1024 * 1024;

    /// <summary>Writes one compact JSON value with this thread's writer and returns it with a trailing '\n'.</summary>
    internal static ReadOnlyMemory<byte> Serialize(Action<Utf8JsonWriter> write)
    {
        var buffer = t_buffer ??= new SizingBufferWriter(16 * 1024, ThreadBufferCapacity);
        buffer.Reset();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, ResultJson.WriterOptions(indented: false));
        writer.Reset(buffer);
        write(writer);
        writer.Flush();
        if (!buffer.Overflowed && buffer.Length < ThreadBufferCapacity)
        {
            buffer.GetSpan(1)[0] = (byte)'\n';
            buffer.Advance(1);
            return buffer.WrittenSpan.ToArray();
        }

        // One huge article: measured above, written again into an array of exactly its size (the JSON of a value is
        // the same each time it is written).
        var exact = new byte[buffer.Length + 1];
        var into = new SizingBufferWriter(exact);
        using (var again = new Utf8JsonWriter(into, ResultJson.WriterOptions(indented: false))) write(again);
        if (into.Overflowed || into.Length != exact.Length - 1) throw new InvalidOperationException("the result's JSON changed between two writes");
        exact[exact.Length - 1] = (byte)'\n';
        return exact;
    }
}
