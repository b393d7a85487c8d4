using System;
using System.Text;

namespace ArticleModel.Generators.Emit;

/// <summary>A small indented text writer for generated C#; braces open and close indentation.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void Line() => _builder.Append('\n');

    public void Line(string text)
    {
        if (text.Length == 0)
        {
            _builder.Append('\n');
            return;
        }
        _builder.Append(' ', _indent * 4).Append(text).Append('\n');
    }

    /// <summary>Writes each line of <paramref name="text"/> at the current indentation.</summary>
    public void Lines(string text)
    {
        foreach (var line in text.Replace("\r\n", "\n").Split('\n')) Line(line);
    }

    public void Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
    }

    public void Open()
    {
        Line("{");
        _indent++;
    }

    public void Close(string suffix = "")
    {
        if (_indent == 0) throw new InvalidOperationException("unbalanced Close");
        _indent--;
        Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
