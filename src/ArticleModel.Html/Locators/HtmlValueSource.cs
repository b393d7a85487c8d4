namespace ArticleModel.Html;

/// <summary>Where an <see cref="HtmlValue"/> came from in the page.</summary>
public enum HtmlValueSource
{
    /// <summary>Nothing was found.</summary>
    None,

    /// <summary>The rendered text of an element (or of a block inside it); its span points at that text in the page.</summary>
    ElementText,

    /// <summary>An attribute's value (<c>@css(…, attr: "…")</c>); its span points at the value inside the start tag.</summary>
    Attribute,

    /// <summary>A <c>&lt;meta&gt;</c> element's <c>content</c>; its span points at the value inside the tag.</summary>
    Meta,

    /// <summary>A value of a JSON-LD script; its span covers the script's content.</summary>
    JsonLd,

    /// <summary>A string an <c>@xpath</c> expression computed (<c>substring-before(…)</c>, <c>count(…)</c>), or a comment's text; it has no span.</summary>
    XPathResult,
}
