namespace ArticleModel.Schema.Lowering;

/// <summary>One step of a value transform pipeline, as the runtime's <c>TextTransform</c> takes it.</summary>
/// <param name="Kind">The step.</param>
/// <param name="Text">The characters (<c>trim</c>), literal (<c>trimPrefix</c>/<c>trimSuffix</c>) or replacement (<c>replace</c>); otherwise null.</param>
/// <param name="Regex">For <c>replace</c>: the pattern, an index into the owner's patterns (the article's, or the record's); otherwise null.</param>
internal sealed record TransformStepPlan(TransformKind Kind, string? Text, int? Regex);
