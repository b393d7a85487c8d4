namespace ArticleModel.Schema.Lowering;

/// <summary>Where <c>@quotes(in: field)</c> takes its paragraphs from.</summary>
/// <param name="Kind">Which of the source field's hits are used.</param>
/// <param name="Field">The source field's index in <see cref="ArticlePlan.Fields"/>.</param>
internal sealed record QuoteSourcePlan(QuoteSourceKind Kind, int Field);
