namespace ArticleModel.Schema.Lowering;

/// <summary>A <c>drop</c> rule: the lines it finds are removed from the parse view before fields are located.</summary>
/// <param name="Strategy"><see cref="LocateStrategy.Line"/>, <see cref="LocateStrategy.Block"/>, <see cref="LocateStrategy.Blocks"/> or <see cref="LocateStrategy.MatchList"/>.</param>
/// <param name="Position">For a line or block: the 1-based position, negative from the end.</param>
/// <param name="Region">The part of the view searched; a bound whose anchors are all absent makes it empty.</param>
/// <param name="WhereRegex">The <c>where:</c> pattern (index into <see cref="ArticlePlan.Regexes"/>), or null.</param>
/// <param name="PatternRegex">The <c>@match</c> pattern (index into <see cref="ArticlePlan.Regexes"/>), or null.</param>
/// <param name="Display">The locator as written, for comments.</param>
internal sealed record DropPlan(
    LocateStrategy Strategy,
    int Position,
    RegionPlan Region,
    int? WhereRegex,
    int? PatternRegex,
    string Display)
{
    /// <summary>The name drop rules use where a field name goes (regex timeouts while dropping).</summary>
    public const string DiagnosticName = "drop";

    /// <summary>For <c>@blocks(kind: …)</c>: the <c>BlockKind</c> members of the blocks dropped; empty for every block.</summary>
    public EquatableArray<string> BlockKinds { get; init; } = EquatableArray<string>.Empty;
}
