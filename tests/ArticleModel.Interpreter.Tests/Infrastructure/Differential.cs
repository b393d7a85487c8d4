using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace ArticleModel.Interpreter.Tests.Infrastructure;

/// <summary>Parses a document and returns the whole <c>ParseResult.WriteJson</c> output (value, spans, diagnostics) as UTF-8.</summary>
public delegate byte[] ResultWriter(ArticleDocument document);

/// <summary>Compares a generated and an interpreted parser byte for byte on the same documents.</summary>
public static class Differential
{
    /// <summary>The full result JSON of an interpreted parse (written with <paramref name="options"/> when given).</summary>
    public static byte[] Json(ParseResult<ArticleValue> result, ResultJsonOptions? options = null)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ResultJson.WriterOptions(indented: true)))
        {
            if (options is null) result.WriteJson(writer);
            else ResultJson.Write(writer, result.Value, result.Spans, result.Diagnostics, options);
        }
        if (result.Value is { HasJsonLd: true } value) AppendJsonLd(buffer, value);
        return buffer.ToArray();
    }

    /// <summary>
    /// After the result JSON, the value's schema.org JSON-LD (<c>WriteJsonLd</c>) when its schema maps one, so the
    /// comparison covers JSON-LD too: a back end that writes it differently, or only one that writes it, differs.
    /// </summary>
    private static void AppendJsonLd(MemoryStream buffer, IJsonLdWritable value)
    {
        buffer.Write("\n--- JSON-LD\n"u8);
        using var writer = new Utf8JsonWriter(buffer, ResultJson.WriterOptions(indented: true));
        value.WriteJsonLd(writer);
    }

    /// <summary>A writer that calls the generated <c>TYPE.Parse(ArticleDocument)</c> and the result's <c>WriteJson</c>.</summary>
    /// <remarks>With <paramref name="options"/>, writes the result's parts through <c>ResultJson.Write(…, options)</c> instead.</remarks>
    public static ResultWriter Generated(Assembly assembly, string typeName, ResultJsonOptions? options = null)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var parse = type.GetMethod("Parse", new[] { typeof(ArticleDocument) }) ?? throw new InvalidOperationException(typeName + ".Parse(ArticleDocument) not found");
        MethodInfo? writeJson = null;
        return document =>
        {
            object result;
            try
            {
                result = parse.Invoke(null, new object[] { document })!;
            }
            catch (TargetInvocationException e)
            {
                throw new InvalidOperationException($"the generated {typeName}.Parse threw", e.InnerException);
            }
            writeJson ??= result.GetType().GetMethod("WriteJson")!;
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, ResultJson.WriterOptions(indented: true)))
            {
                if (options is null)
                {
                    writeJson.Invoke(result, new object[] { writer });
                }
                else
                {
                    var resultType = result.GetType();
                    ResultJson.Write(writer, (IJsonWritable?)resultType.GetProperty("Value")!.GetValue(result),
                        (FieldSpans)resultType.GetProperty("Spans")!.GetValue(result)!,
                        (IReadOnlyList<ArticleDiagnostic>)resultType.GetProperty("Diagnostics")!.GetValue(result)!, options);
                }
            }
            if (result.GetType().GetProperty("Value")!.GetValue(result) is IJsonLdWritable jsonLd) AppendJsonLd(buffer, jsonLd);
            return buffer.ToArray();
        };
    }

    /// <summary>A writer for an interpreted parser.</summary>
    public static ResultWriter Interpreted(InterpretedParser parser, ResultJsonOptions? options = null) => document => Json(parser.Parse(document), options);

    /// <summary>
    /// Runs both writers on every input (read once into an <see cref="ArticleDocument"/> from the bytes and once from the
    /// decoded string, so both reader entry points are covered) and returns one line per input whose outputs differ.
    /// </summary>
    public static List<string> Compare(ResultWriter expected, ResultWriter actual, IEnumerable<(string Name, byte[] Bytes)> inputs)
    {
        var failures = new List<string>();
        foreach (var (name, bytes) in inputs)
        {
            foreach (var (variant, document) in new[]
                     {
                         ("bytes", PlainTextReader.Read(bytes)),
                         ("string", PlainTextReader.Read(Encoding.UTF8.GetString(bytes))),
                     })
            {
                byte[] e, a;
                try
                {
                    e = expected(document);
                }
                catch (Exception ex)
                {
                    failures.Add($"{name} ({variant}): the generated parser failed: {ex.GetType().Name}: {ex.Message} {ex.InnerException?.Message}");
                    continue;
                }
                try
                {
                    a = actual(document);
                }
                catch (Exception ex)
                {
                    failures.Add($"{name} ({variant}): the interpreter failed: {ex}");
                    continue;
                }
                var difference = FirstDifference(e, a);
                if (difference is not null) failures.Add($"{name} ({variant}): {difference}");
            }
        }
        return failures;
    }

    /// <summary>Null when the two byte strings are equal, else where they first differ, with context.</summary>
    public static string? FirstDifference(byte[] expected, byte[] actual)
    {
        var n = Math.Min(expected.Length, actual.Length);
        var i = 0;
        while (i < n && expected[i] == actual[i]) i++;
        if (i == n && expected.Length == actual.Length) return null;
        var from = Math.Max(0, i - 120);
        string Excerpt(byte[] b) => Encoding.UTF8.GetString(b, from, Math.Min(b.Length, i + 120) - from);
        return $"outputs differ at byte {i} (generated {expected.Length} bytes, interpreted {actual.Length} bytes)\n" +
               $"--- generated:\n{Excerpt(expected)}\n--- interpreted:\n{Excerpt(actual)}";
    }
}
