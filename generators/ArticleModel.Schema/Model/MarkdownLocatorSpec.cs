namespace ArticleModel.Schema;

/// <summary>The arguments of a Markdown locator.</summary>
/// <param name="Kind"><see cref="LocatorKind.Heading"/> or <see cref="LocatorKind.FrontMatter"/>.</param>
/// <param name="Level">For <c>@heading</c>: the heading level, 1 to 6; otherwise 0.</param>
/// <param name="Position">For <c>@heading</c>: which heading of that level, 1-based, negative from the end (1 when not written); otherwise 0.</param>
/// <param name="Key">For <c>@frontmatter</c>: the key, nested keys joined by dots; otherwise null.</param>
public sealed record MarkdownLocatorSpec(LocatorKind Kind, int Level, int Position, string? Key)
{
    /// <summary>The arguments as written, for messages: <c>2, 1</c> or <c>"author.name"</c>.</summary>
    public string Arguments => Kind == LocatorKind.Heading
        ? Level.ToString(System.Globalization.CultureInfo.InvariantCulture) + (Position == 1 ? "" : ", " + Position.ToString(System.Globalization.CultureInfo.InvariantCulture))
        : DateSpec.Quote(Key ?? "");
}
