using System;
using System.Buffers;
using System.Text.Json;

namespace ArticleModel.Cli;

/// <summary>
/// Re-serialises one JSON value token by token (strings decoded and re-encoded, numbers checked by the reader), so that
/// nothing of the input's spelling — comments, invalid UTF-8, odd escapes — reaches the output.
/// </summary>
internal static class JsonValueCopier
{
    private static readonly JsonWriterOptions Options = ResultJson.WriterOptions(indented: false);

    /// <summary>
    /// Copies the value at <paramref name="reader"/> (positioned on its first token) and leaves the reader on its last
    /// token. Returns compact JSON, or null with <paramref name="error"/> when the value cannot be re-serialised
    /// (a string that is not valid UTF-8, say).
    /// </summary>
    public static byte[]? Copy(ref Utf8JsonReader reader, out string? error)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using var writer = new Utf8JsonWriter(buffer, Options);
        try
        {
            var depth = reader.CurrentDepth;
            do
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject: writer.WriteStartObject(); break;
                    case JsonTokenType.EndObject: writer.WriteEndObject(); break;
                    case JsonTokenType.StartArray: writer.WriteStartArray(); break;
                    case JsonTokenType.EndArray: writer.WriteEndArray(); break;
                    case JsonTokenType.PropertyName: writer.WritePropertyName(reader.GetString()!); break;
                    case JsonTokenType.String: writer.WriteStringValue(reader.GetString()); break;
                    // The reader has checked the number's grammar; its bytes are ASCII digits, sign, '.', 'e'.
                    case JsonTokenType.Number: writer.WriteRawValue(reader.ValueSpan, skipInputValidation: false); break;
                    case JsonTokenType.True: writer.WriteBooleanValue(true); break;
                    case JsonTokenType.False: writer.WriteBooleanValue(false); break;
                    case JsonTokenType.Null: writer.WriteNullValue(); break;
                    case JsonTokenType.Comment: break;
                    default:
                        error = "unexpected " + reader.TokenType;
                        return null;
                }
                if (reader.CurrentDepth == depth && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) break;
            }
            while (reader.Read());
            writer.Flush();
            error = null;
            return buffer.WrittenSpan.ToArray();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>Re-serialises a complete JSON value held in <paramref name="json"/>; null when it is not exactly one valid value.</summary>
    public static byte[]? CopyWhole(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read()) return null;
            var copy = Copy(ref reader, out _);
            return copy is not null && !reader.Read() ? copy : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
