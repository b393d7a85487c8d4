namespace ArticleModel.Schema.Lowering;

/// <summary>A schema pattern as the back ends create and run it.</summary>
/// <param name="Pattern">The .NET pattern text.</param>
/// <param name="IgnoreCase">The <c>i</c> flag (also passed to the prefilter).</param>
/// <param name="Multiline">The <c>m</c> flag.</param>
/// <param name="RequiredLiteral">A literal every match contains (blocks without it are skipped), or null.</param>
/// <param name="NeedsBacktracking">The pattern needs the backtracking engine (and so the parse's time budget); otherwise it runs on the non-backtracking engine where the runtime has one.</param>
internal sealed record RegexPlan(string Pattern, bool IgnoreCase, bool Multiline, string? RequiredLiteral, bool NeedsBacktracking);
