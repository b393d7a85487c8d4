namespace ArticleModel.Schema.Lowering;

/// <summary>
/// The arguments of one HTML locator (<see cref="LocatorPlan.Html"/>). It takes its place in the field's ordered
/// fallbacks (<see cref="FieldPlan.Locators"/>) like a text locator, and finds nothing on input not read from HTML.
/// </summary>
/// <param name="Kind"><see cref="LocatorKind.Css"/>, <see cref="LocatorKind.XPath"/>, <see cref="LocatorKind.Meta"/> or <see cref="LocatorKind.JsonLd"/>.</param>
/// <param name="Values">The selectors (<c>@css</c>), expressions (<c>@xpath</c>), names (<c>@meta</c>) or the one path (<c>@jsonld</c>).</param>
/// <param name="Attribute">For <c>@css</c>: the attribute whose value is taken, or null for the element's text.</param>
/// <param name="Clean">For <c>@css</c>, <c>@xpath</c> and <c>@content</c>: the selector list of elements left out of the text, or null.</param>
/// <param name="ResolveUrls">Whether values are links resolved against the page (a <c>url</c> field).</param>
/// <param name="Blocks">For <c>@css</c> and <c>@xpath</c> on a <c>text[]</c>/<c>paragraph[]</c> field without <c>attr:</c>: each matched element gives its blocks (a container its paragraphs).</param>
/// <param name="Display">The locator as written, for comments.</param>
/// <param name="Range">Where the locator is written (the generator's missing-package diagnostic points here).</param>
internal sealed record HtmlLocatorPlan(
    LocatorKind Kind,
    EquatableArray<string> Values,
    string? Attribute,
    string? Clean,
    bool ResolveUrls,
    bool Blocks,
    string Display,
    TextRange Range);
