namespace ArticleModel.Schema.Lowering;

/// <summary>
/// One <c>layout</c> block of an article, lowered: both back ends hand it to the runtime's layout choice
/// (<c>ArticleModel.CompilerServices.Layouts.Choose</c>) as a candidate after the current layout.
/// </summary>
/// <param name="Name">The layout's name.</param>
/// <param name="Until">Its last day as <c>yyyy-MM-dd</c>, or null (chosen only by trying in order).</param>
/// <param name="KeyFields">The fields that must be found for the layout to match: those it finds differently.</param>
/// <param name="Variant">The article as the layout finds it (same fields and types, the layout's locators), lowered like any article.</param>
internal sealed record LayoutPlan(string Name, string? Until, EquatableArray<string> KeyFields, ArticlePlan Variant);
