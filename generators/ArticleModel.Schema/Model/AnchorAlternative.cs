namespace ArticleModel.Schema;

/// <summary>One alternative of an anchor: another field's position, or the first block a pattern matches.</summary>
public sealed record AnchorAlternative(string? Field, RegexSpec? Pattern)
{
    /// <summary>The alternative as written: a field name or <c>/pattern/flags</c>.</summary>
    public override string ToString() => Field ?? Pattern?.ToString() ?? "";
}
