namespace ArticleModel.Markdown;

/// <summary>One value of a front matter key: its text (quotes and escapes resolved, white space as written) and where it is in the file.</summary>
public readonly struct FrontMatterValue
{
    /// <summary>Creates a value.</summary>
    /// <param name="text">The value's text.</param>
    /// <param name="sourceStart">Offset of the value in the Markdown file (the input).</param>
    /// <param name="sourceLength">Length of the value as written (quotes included).</param>
    public FrontMatterValue(string text, int sourceStart, int sourceLength)
    {
        _text = text;
        SourceStart = sourceStart;
        SourceLength = sourceLength;
    }

    private readonly string? _text;

    /// <summary>The value's text (empty for the default value).</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>Offset of the value in the Markdown file.</summary>
    public int SourceStart { get; }

    /// <summary>Length of the value as written in the file.</summary>
    public int SourceLength { get; }

    /// <inheritdoc />
    public override string ToString() => Text;
}
