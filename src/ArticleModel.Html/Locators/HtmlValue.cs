using AngleSharp.Dom;

namespace ArticleModel.Html;

/// <summary>
/// One value an HTML locator found: its white-space-normalised text, where it is in the page, the element it came from
/// and what kind of place that was. The default value means "nothing found".
/// </summary>
public readonly struct HtmlValue
{
    private readonly string? _text;

    internal HtmlValue(string text, SourceSpan span, IElement? element, HtmlValueSource source, int textStart, int textEnd)
    {
        _text = text;
        Span = span;
        Element = element;
        Source = source;
        TextStart = textStart;
        TextEnd = textEnd;
    }

    /// <summary>True when something was found (<see cref="Text"/> is then not empty).</summary>
    public bool Found => Source != HtmlValueSource.None;

    /// <summary>The value's text, white space collapsed to single spaces and trimmed; empty when nothing was found.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>Where the value is in the page (<see cref="ArticleDocument.Input"/>); the default span when nothing was found.</summary>
    public SourceSpan Span { get; }

    /// <summary>The element the value came from (the matched element, the meta element or the JSON-LD script); null when nothing was found.</summary>
    public IElement? Element { get; }

    /// <summary>What kind of place the value came from.</summary>
    public HtmlValueSource Source { get; }

    /// <summary>Start of the document text the value was taken from (<see cref="ArticleDocument.Text"/>); -1 when the value is not page text.</summary>
    internal int TextStart { get; }

    /// <summary>End (exclusive) of that text; -1 when the value is not page text.</summary>
    internal int TextEnd { get; }

    /// <summary>Whether the value is rendered text of the page (so it lies on document lines).</summary>
    internal bool IsPageText => TextStart >= 0;

    /// <inheritdoc />
    public override string ToString() => Found ? Text : "(none)";
}
