namespace ArticleModel.Schema.Lowering;

/// <summary>
/// The arguments of one Markdown locator (<see cref="LocatorPlan.Markdown"/>). It takes its place in the field's
/// ordered fallbacks like a text locator, and finds nothing on input not read from Markdown.
/// </summary>
/// <param name="Kind"><see cref="LocatorKind.Heading"/> or <see cref="LocatorKind.FrontMatter"/>.</param>
/// <param name="Level">For <c>@heading</c>: the level, 1 to 6.</param>
/// <param name="Position">For <c>@heading</c> on a single value: which heading of the level (1-based, negative from the end).</param>
/// <param name="Key">For <c>@frontmatter</c>: the key path (nested keys joined by dots).</param>
/// <param name="Display">The locator as written, for comments.</param>
/// <param name="Range">Where the locator is written (the generator's missing-package diagnostic points here).</param>
internal sealed record MarkdownLocatorPlan(LocatorKind Kind, int Level, int Position, string? Key, string Display, TextRange Range);
