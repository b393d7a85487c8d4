using System;
using System.Buffers;
using System.IO;
using System.Text.Json;
using ArticleModel.Interpreter;

namespace ArticleModel.Cli;

/// <summary>Reads, parses and serialises one input; safe to call from many threads (per-thread buffers).</summary>
internal sealed class Worker
{
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText DiagnosticsName = JsonEncodedText.Encode("diagnostics");

    private readonly IArticleParser _parser;
    private readonly long _maxBytes;
    private readonly ResultJsonOptions _jsonOptions;

    public Worker(IArticleParser parser, long maxBytes, ResultJsonOptions? jsonOptions = null)
    {
        _parser = parser;
        _maxBytes = maxBytes;
        _jsonOptions = jsonOptions ?? ResultJsonOptions.Default;
    }

    /// <summary>
    /// Reads a file, device or pipe, or '-' for standard input, never more than <paramref name="maxBytes"/> + 1 bytes.
    /// A file that cannot be opened is read by <see cref="PlainTextReader.ReadFile"/> (an empty document with an AM2004
    /// error, as the sample app gives); an input over the limit, or a read failing, gives an AM2004 failure instead.
    /// </summary>
    public static (ArticleDocument? Document, ArticleDiagnostic? Failure) Read(string path, long maxBytes)
    {
        try
        {
            Stream stream;
            if (path == "-")
            {
                stream = Console.OpenStandardInput();
            }
            else
            {
                try
                {
                    stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
                {
                    return (PlainTextReader.ReadFile(path), null);
                }
            }
            using (stream) return Read(stream, maxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return (null, Unreadable("the input could not be read: " + e.Message));
        }
    }

    /// <summary>Reads an open stream, never more than <paramref name="maxBytes"/> + 1 bytes; I/O errors are the caller's.</summary>
    public static (ArticleDocument? Document, ArticleDiagnostic? Failure) Read(Stream stream, long maxBytes)
    {
        maxBytes = EffectiveMaxBytes(maxBytes);
        if (!BoundedReader.TryReadAll(stream, maxBytes, out var buffer, out var length))
            return (null, TooLarge(length, maxBytes, "at least "));
        // Through a MemoryStream over the same array: the reader decodes from it without another copy.
        return (PlainTextReader.Read(new MemoryStream(buffer, 0, length, writable: false, publiclyVisible: true)), null);
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
        ArticleDocument? document = null;
        ArticleDiagnostic? failure = null;
        if (item.Failure is not null) failure = Unreadable(item.Failure);
        else (document, failure) = Read(item.Path!, _maxBytes);
        return Output(item.Display, document, failure);
    }

    /// <summary>One input already open (the fuzzing harness's entry to what <see cref="ProcessFile"/> does after opening).</summary>
    public BatchOutput ProcessStream(string display, Stream stream)
    {
        var (document, failure) = Read(stream, _maxBytes);
        return Output(display, document, failure);
    }

    private BatchOutput Output(string display, ArticleDocument? document, ArticleDiagnostic? failure)
    {
        var result = document is null ? null : _parser.Parse(document);
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
        ParseResult<IJsonWritable>? result = null;
        if (item.Failure is not null)
        {
            failure = Unreadable(item.Failure);
        }
        else
        {
            var error = ReadRecord(item.Bytes!, out id, out var text);
            if (error is not null) failure = Unreadable("the record is not a JSON object with a string \"text\": " + error);
            else if (text!.Length > _maxBytes) failure = TooLarge(text.Length, _maxBytes, "");
            else result = _parser.Parse(text);
        }
        var line = Serialize(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName(IdName);
            if (id is null) writer.WriteNullValue();
            else writer.WriteRawValue(id, skipInputValidation: false); // our own re-serialisation (JsonValueCopier), checked again
            WriteResult(writer, result, failure);
            writer.WriteEndObject();
        });
        return new BatchOutput(line, Messages(item.Display, result, failure), failure is not null || result!.HasErrors);
    }

    /// <summary>
    /// Reads <c>id</c> (any JSON value, re-serialised: never copied as written) and <c>text</c> (a string) of a record;
    /// the error, or null. <paramref name="id"/> is set as soon as it is read, so a record failing later keeps it.
    /// </summary>
    internal static string? ReadRecord(byte[] line, out byte[]? id, out string? text)
    {
        id = null;
        text = null;
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
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.String) return "\"text\" is not a string";
                    text = reader.GetString();
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            if (reader.TokenType != JsonTokenType.EndObject) return "not a JSON object";
            if (reader.Read()) return "text after the object";
            return text is null ? "no \"text\"" : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return e.Message;
        }
    }

    private void WriteResult(Utf8JsonWriter writer, ParseResult<IJsonWritable>? result, ArticleDiagnostic? failure)
    {
        writer.WritePropertyName(ValueName);
        ResultJson.WriteValue(writer, result?.Value, _jsonOptions);
        writer.WritePropertyName(DiagnosticsName);
        ResultJson.WriteDiagnostics(writer, result is null ? new[] { failure! } : result.Diagnostics);
    }

    private static string[] Messages(string display, ParseResult<IJsonWritable>? result, ArticleDiagnostic? failure)
    {
        if (result is null) return new[] { DiagnosticLine.Escape(failure!.Format(display)) };
        var diagnostics = result.Diagnostics;
        if (diagnostics.Count == 0) return Array.Empty<string>();
        var messages = new string[diagnostics.Count];
        for (var i = 0; i < messages.Length; i++) messages[i] = DiagnosticLine.Escape(diagnostics[i].Format(display));
        return messages;
    }

    /// <summary>Writes one compact JSON value with this thread's writer and returns it with a trailing '\n'.</summary>
    private static ReadOnlyMemory<byte> Serialize(Action<Utf8JsonWriter> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, ResultJson.WriterOptions(indented: false));
        writer.Reset(buffer);
        write(writer);
        writer.Flush();
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        if (buffer.Capacity > 4 * 1024 * 1024)
        {
            // One huge article: hand its buffer over instead of copying it, and don't keep a buffer that size alive.
            t_buffer = null;
            t_writer = null;
            return buffer.WrittenMemory;
        }
        return buffer.WrittenSpan.ToArray();
    }
}
