using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleModel.CompilerServices;

namespace ArticleModel.Testing.Tests;

/// <summary>A hand-written model in the shape generated ones have, so these tests do not depend on the generator.</summary>
internal sealed record Story(string Headline, IReadOnlyList<string> Body, Author? Byline) : IJsonWritable
{
    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        JsonFieldWriter.WriteString(writer, "headline", Headline);
        writer.WriteStartArray("body");
        foreach (var p in Body) writer.WriteStringValue(p);
        writer.WriteEndArray();
        JsonFieldWriter.WriteObject(writer, "byline", Byline);
        writer.WriteEndObject();
    }

    /// <summary>First line: headline; "By NAME @HANDLE" line: byline; other lines: body paragraphs.</summary>
    public static ParseResult<Story> Parse(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var diagnostics = new List<ArticleDiagnostic>();
        if (lines.Count == 0)
        {
            diagnostics.Add(new ArticleDiagnostic("AM3001", DiagnosticSeverity.Error, "required field 'headline' was not found", default, "headline"));
            return new ParseResult<Story>(null, FieldSpans.Empty, diagnostics);
        }
        Author? byline = null;
        var body = new List<string>();
        foreach (var line in lines.Skip(1))
        {
            if (line.StartsWith("By ", StringComparison.Ordinal))
            {
                var parts = line.Substring(3).Split(" @");
                byline = new Author(parts[0], parts.Length > 1 ? parts[1] : null);
            }
            else body.Add(line);
        }
        // Like a generated parser: a required field that is missing is an error, and the value is still built.
        if (body.Count == 0)
        {
            diagnostics.Add(new ArticleDiagnostic("AM3001", DiagnosticSeverity.Error, "required field 'body' was not found", default, "body"));
        }
        return new ParseResult<Story>(new Story(lines[0], body, byline), FieldSpans.Empty, diagnostics);
    }
}

/// <summary><see cref="Story.Parse"/> as an <see cref="IArticleParser{T}"/>, the way generated models and the interpreter expose theirs.</summary>
internal sealed class StoryParser : ArticleParser<Story>
{
    public static readonly StoryParser Instance = new();

    private StoryParser()
        : base("Story", new[] { "headline", "body", "byline" })
    {
    }

    public override ParseResult<Story> Parse(ArticleDocument document) => Story.Parse(document.Text);
}

internal sealed record Author(string Name, string? Twitter) : IJsonWritable
{
    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        JsonFieldWriter.WriteString(writer, "name", Name);
        JsonFieldWriter.WriteString(writer, "twitter", Twitter);
        writer.WriteEndObject();
    }
}

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "articlemodel-testing-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
