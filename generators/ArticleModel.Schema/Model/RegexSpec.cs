namespace ArticleModel.Schema;

/// <summary>A regular expression from a schema, already checked to compile.</summary>
/// <param name="Pattern">The pattern text (slashes removed, <c>\/</c> unescaped).</param>
/// <param name="Flags">Its options.</param>
/// <param name="RequiredLiteral">A literal every match must contain, used to skip blocks cheaply before running the regex; null when none is known.</param>
/// <param name="GroupNames">The named groups, in pattern order.</param>
public sealed record RegexSpec(string Pattern, RegexFlags Flags, string? RequiredLiteral, EquatableArray<string> GroupNames)
{
    /// <summary>
    /// The pattern needs the backtracking regex engine (a backreference, lookaround, atomic group, conditional…) and so
    /// runs under the parse's time budget; otherwise it runs on the non-backtracking engine where the runtime has one.
    /// Computed from <see cref="Pattern"/> (not stored), so it is never out of step with it.
    /// </summary>
    public bool NeedsBacktracking => Binding.BacktrackingAnalysis.Construct(Pattern) is not null;

    /// <summary>The pattern as written: <c>/pattern/flags</c>.</summary>
    public override string ToString() =>
        "/" + Pattern.Replace("/", "\\/") + "/" + ((Flags & RegexFlags.IgnoreCase) != 0 ? "i" : "") + ((Flags & RegexFlags.Multiline) != 0 ? "m" : "");
}
