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

    private readonly InterpretedParser _parser;
    private readonly long _maxBytes;

    public Worker(InterpretedParser parser, long maxBytes)
    {
        _parser = parser;
        _maxBytes = maxBytes;
    }

    /// <summary>
    /// Reads a file (<see cref="PlainTextReader.ReadFile"/>, which turns an unreadable file into a document with an AM2004
    /// error) or '-' for standard input; an input over the size limit, or stdin failing, gives an AM2004 error instead.
    /// </summary>
    public static (ArticleDocument? Document, ArticleDiagnostic? Failure) Read(string path, long maxBytes)
    {
        try
        {
            byte[] bytes;
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                using var buffer = new MemoryStream();
                var chunk = new byte[1 << 16];
                int n;
                while ((n = stdin.Read(chunk, 0, chunk.Length)) > 0)
                {
                    if (buffer.Length + n > maxBytes) return (null, TooLarge(buffer.Length + n, maxBytes, "at least "));
                    buffer.Write(chunk, 0, n);
                }
                bytes = buffer.ToArray();
            }
            else
            {
                long length;
                try
                {
                    length = new FileInfo(path).Length;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
                {
                    length = 0; // ReadFile reports why it cannot be read
                }
                if (length > maxBytes) return (null, TooLarge(length, maxBytes, ""));
                // The sample app reads files this way too: an unreadable file is a document with an AM2004 error.
                return (PlainTextReader.ReadFile(path), null);
            }
            return (PlainTextReader.Read(bytes), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return (null, Unreadable("the input could not be read: " + e.Message));
        }
    }

    private static ArticleDiagnostic TooLarge(long length, long max, string prefix) =>
        Unreadable($"the input is {prefix}{length} bytes, more than the limit of {max} bytes (--max-bytes); skipped");

    private static ArticleDiagnostic Unreadable(string message) =>
        new(DiagnosticIds.UnreadableInput, DiagnosticSeverity.Error, message, default);

    /// <summary>A file (or stdin) of a batch: <c>{"path":…,"value":…,"diagnostics":[…]}</c>.</summary>
    public BatchOutput ProcessFile(InputItem item)
    {
        ArticleDocument? document = null;
        ArticleDiagnostic? failure = null;
        if (item.Failure is not null) failure = Unreadable(item.Failure);
        else (document, failure) = Read(item.Path!, _maxBytes);
        var result = document is null ? null : _parser.Parse(document);
        var line = Serialize(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString(PathName, item.Display);
            WriteResult(writer, result, failure);
            writer.WriteEndObject();
        });
        return new BatchOutput(line, Messages(item.Display, result, failure), failure is not null || result!.HasErrors);
    }

    /// <summary>A JSON Lines record: <c>{"id":…,"value":…,"diagnostics":[…]}</c>.</summary>
    public BatchOutput ProcessRecord(InputItem item)
    {
        byte[]? id = null;
        ArticleDiagnostic? failure = null;
        ParseResult<ArticleValue>? result = null;
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
            else writer.WriteRawValue(id, skipInputValidation: true);
            WriteResult(writer, result, failure);
            writer.WriteEndObject();
        });
        return new BatchOutput(line, Messages(item.Display, result, failure), failure is not null || result!.HasErrors);
    }

    /// <summary>Reads <c>id</c> (any JSON value, kept as written) and <c>text</c> (a string) of a record; the error, or null.</summary>
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
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    var end = (int)reader.BytesConsumed;
                    id = line.AsSpan(start, end - start).ToArray();
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

    private static void WriteResult(Utf8JsonWriter writer, ParseResult<ArticleValue>? result, ArticleDiagnostic? failure)
    {
        writer.WritePropertyName(ValueName);
        if (result?.Value is null) writer.WriteNullValue();
        else result.Value.WriteJson(writer);
        writer.WritePropertyName(DiagnosticsName);
        ResultJson.WriteDiagnostics(writer, result is null ? new[] { failure! } : result.Diagnostics);
    }

    private static string[] Messages(string display, ParseResult<ArticleValue>? result, ArticleDiagnostic? failure)
    {
        if (result is null) return new[] { failure!.Format(display) };
        var diagnostics = result.Diagnostics;
        if (diagnostics.Count == 0) return Array.Empty<string>();
        var messages = new string[diagnostics.Count];
        for (var i = 0; i < messages.Length; i++) messages[i] = diagnostics[i].Format(display);
        return messages;
    }

    /// <summary>Writes one compact JSON value with this thread's writer and returns it with a trailing '\n'.</summary>
    private static byte[] Serialize(Action<Utf8JsonWriter> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, ResultJson.WriterOptions(indented: false));
        writer.Reset(buffer);
        write(writer);
        writer.Flush();
        var bytes = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(bytes);
        bytes[^1] = (byte)'\n';
        if (buffer.Capacity > 4 * 1024 * 1024)
        {
            // Don't keep a huge buffer alive after one huge article.
            t_buffer = null;
            t_writer = null;
        }
        return bytes;
    }
}
