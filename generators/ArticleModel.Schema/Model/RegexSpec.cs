namespace ArticleModel.Schema;

/// <summary>A regular expression from a schema, already checked to compile.</summary>
/// <param name="Pattern">The pattern text (slashes removed, <c>\/</c> unescaped).</param>
/// <param name="Flags">Its options.</param>
/// <param name="RequiredLiteral">A literal every match must contain, used to skip blocks cheaply before running the regex; null when none is known.</param>
/// <param name="GroupNames">The named groups, in pattern order.</param>
public sealed record RegexSpec(string Pattern, RegexFlags Flags, string? RequiredLiteral, EquatableArray<string> GroupNames)
{
    /// <summary>The pattern as written: <c>/pattern/flags</c>.</summary>
    public override string ToString() =>
        "/" + Pattern.Replace("/", "\\/") + "/" + ((Flags & RegexFlags.IgnoreCase) != 0 ? "i" : "") + ((Flags & RegexFlags.Multiline) != 0 ? "m" : "");
}
