namespace ArticleModel.Schema.Lowering;

/// <summary>One alternative of a region bound: another field's hit, or the first block a pattern matches in the whole view.</summary>
/// <param name="Field">The index of the field whose hit is used (located earlier in evaluation order), or null.</param>
/// <param name="Regex">The pattern (index into <see cref="ArticlePlan.Regexes"/>) when <paramref name="Field"/> is null.</param>
internal sealed record AnchorPlan(int? Field, int? Regex);
