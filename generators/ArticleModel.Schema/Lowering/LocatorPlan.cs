namespace ArticleModel.Schema.Lowering;

/// <summary>
/// One locator of a field, as the back ends run it. A field's locators are ordered fallbacks
/// (<see cref="FieldPlan.Locators"/>): the first that yields a value wins. Each back end has one switch over
/// <see cref="Strategy"/> that turns a locator into found text (<c>ModelEmitter.WriteLocator</c>,
/// the interpreter's <c>LocatorRunner</c>), so a new kind of locator is one new case in each.
/// </summary>
/// <param name="Strategy">How the locator is run.</param>
/// <param name="Format">The input format it applies to; a locator of another format is skipped.</param>
/// <param name="Display">The locator as written, for comments and <c>AM3001</c>: <c>@line(1)</c>.</param>
/// <param name="Position">For <see cref="LocateStrategy.Line"/>/<see cref="LocateStrategy.Block"/>: the 1-based position, negative from the end.</param>
/// <param name="Region">The part of the parse view searched.</param>
/// <param name="WhereRegex">The <c>where:</c> pattern (index into the article's patterns), or null.</param>
/// <param name="PatternRegex">The <c>@match</c> pattern, or null.</param>
/// <param name="ValueGroup">For a scalar <c>@match</c>: the group whose text and span are the value; null for the whole match (or a record).</param>
/// <param name="Part">For <c>@match</c>: the match, or the rest of the block after or before it (<c>part:</c>).</param>
/// <param name="Html">For an HTML locator (<see cref="LocateStrategy.Css"/>, <see cref="LocateStrategy.Meta"/>, <see cref="LocateStrategy.JsonLd"/>): its arguments; otherwise null.</param>
/// <param name="StripRegex">For <c>@line</c>/<c>@block</c>/<c>@blocks</c>: the <c>strip:</c> pattern, whose match at the start of the text is removed; or null.</param>
internal sealed record LocatorPlan(
    LocateStrategy Strategy,
    InputFormat Format,
    string Display,
    int Position,
    RegionPlan Region,
    int? WhereRegex,
    int? PatternRegex,
    string? ValueGroup,
    BlockPart Part,
    int? StripRegex,
    HtmlLocatorPlan? Html = null)
{
    /// <summary>For a Markdown locator (<see cref="LocateStrategy.Heading"/>, <see cref="LocateStrategy.FrontMatter"/>): its arguments; otherwise null.</summary>
    public MarkdownLocatorPlan? Markdown { get; init; }

    /// <summary>For <see cref="LocateStrategy.Blocks"/> with <c>kind:</c>: the <c>BlockKind</c> members of the blocks kept, in the order written; empty for every block.</summary>
    public EquatableArray<string> BlockKinds { get; init; } = EquatableArray<string>.Empty;
}
