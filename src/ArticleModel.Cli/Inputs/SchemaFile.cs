using System;
using System.IO;
using System.Text;
using ArticleModel.Interpreter;
using ArticleModel.Schema;

namespace ArticleModel.Cli;

/// <summary>
/// Loads a schema for <c>check</c>, <c>parse</c> and <c>bench</c>, reading at most <see cref="MaxBytes"/> + 1 bytes:
/// <see cref="InterpretedSchema.LoadFile"/> reads to the end, which never comes for <c>/dev/zero</c>.
/// </summary>
internal static class SchemaFile
{
    /// <summary>The largest schema file read (bytes); a schema is a few kilobytes, a very large generated one a few megabytes.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    /// <summary>The schema, or null with the diagnostic (AM1003, as the interpreter reports an unreadable schema) that says why not.</summary>
    public static InterpretedSchema? Load(string path, out SchemaDiagnostic? failure)
    {
        failure = null;
        byte[] buffer;
        int length;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            if (!BoundedReader.TryReadAll(stream, MaxBytes, out buffer, out length))
            {
                failure = Unreadable(path, $"the schema file '{path}' is larger than the limit of {MaxBytes} bytes");
                return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            // Let the interpreter say it in its own words (AM1003 with the system's reason).
            return InterpretedSchema.LoadFile(path);
        }
        // Decoded as File.ReadAllText does: UTF-8 unless a byte-order mark says otherwise.
        using var reader = new StreamReader(new MemoryStream(buffer, 0, length, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return InterpretedSchema.Load(reader.ReadToEnd(), path);
    }

    private static SchemaDiagnostic Unreadable(string path, string message) =>
        new(InterpretedSchema.UnreadableSchemaId, SchemaSeverity.Error, message, path, default);
}
