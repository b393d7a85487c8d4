namespace ArticleModel.Schema.Lowering;

/// <summary>
/// One region bound (<c>after: dek | headline</c>): the alternatives are tried in order and the first found one gives
/// the line; when none is found the bound is <see cref="Fallback"/>. Pattern alternatives are all run, in order,
/// before the bound is resolved.
/// </summary>
/// <param name="Alternatives">The anchors, in the order written.</param>
/// <param name="Edge">Which line of the found anchor is the bound.</param>
/// <param name="Fallback">The bound when no alternative is found.</param>
internal sealed record BoundPlan(EquatableArray<AnchorPlan> Alternatives, BoundEdge Edge, BoundFallback Fallback);
