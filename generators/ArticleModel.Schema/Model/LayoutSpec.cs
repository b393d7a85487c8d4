namespace ArticleModel.Schema;

/// <summary>A <c>layout</c> block of an article: an earlier layout of the outlet, as bound.</summary>
/// <param name="Name">The layout's name.</param>
/// <param name="Until">The last day it was used, as <c>yyyy-MM-dd</c>; null when it has no date (it is only tried in order).</param>
/// <param name="Fields">The fields it finds differently (the fields that tell it apart), in the order written.</param>
/// <param name="Variant">The article with those fields' locators and transforms replaced: what a parse under this layout runs.</param>
/// <param name="Range">Where the layout's name is in the schema file.</param>
public sealed record LayoutSpec(string Name, string? Until, EquatableArray<string> Fields, ArticleSpec Variant, TextRange Range);
