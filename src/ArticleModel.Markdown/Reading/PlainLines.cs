namespace ArticleModel.Markdown.Reading;

/// <summary>The plain-text reading of a file Markdig could not parse, and line/column lookups, over the source.</summary>
internal static class PlainLines
{
    /// <summary>Writes every line as a line and every run of lines as a paragraph (LF, CRLF and CR end lines).</summary>
    public static void Write(string source, ArticleDocumentBuilder builder)
    {
        var start = 0;
        while (start <= source.Length)
        {
            var end = start;
            while (end < source.Length && source[end] is not '\n' and not '\r') end++;
            var s = start;
            var e = end;
            while (s < e && char.IsWhiteSpace(source[s])) s++;
            while (e > s && char.IsWhiteSpace(source[e - 1])) e--;
            if (e > s)
            {
                builder.AppendSource(s, e - s);
                builder.EndLine();
            }
            else
            {
                builder.EndBlock(BlockKind.Paragraph);
            }
            if (end >= source.Length) break;
            start = end + (source[end] == '\r' && end + 1 < source.Length && source[end + 1] == '\n' ? 2 : 1);
        }
        builder.EndBlock(BlockKind.Paragraph);
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public static (int Line, int Column) LineAndColumn(string source, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < source.Length; i++)
        {
            if (source[i] == '\n' || (source[i] == '\r' && (i + 1 >= source.Length || source[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }
}
