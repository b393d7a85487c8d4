namespace ArticleModel.Cli.Import.XPath;

/// <summary>
/// What an XPath expression is as a CSS locator: a selector list, the attribute it reads (<c>/@content</c>), the
/// substring step around it (<c>substring-before(…, ' |')</c>), and whether only its first node counts
/// (<c>(…)[1]</c>, exact for a single-valued field only). Or, when it has no exact CSS equivalent, why not.
/// </summary>
internal sealed record CssConversion(string? Selector, string? Attribute, SubstringStep? Substring, bool FirstOnly, string? Failure)
{
    /// <summary>Whether the expression converted.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>A failed conversion with its reason (a short phrase the import report counts).</summary>
    public static CssConversion Fail(string reason) => new(null, null, null, false, reason);
}
