namespace ArticleModel.Schema;

/// <summary>An <c>article</c> declaration: a model type and its parser.</summary>
/// <param name="Name">The declared name, which is also the C# type name.</param>
/// <param name="Doc">The <c>///</c> documentation text (lines joined with '\n'), or null.</param>
/// <param name="Fields">The fields in declaration order.</param>
/// <param name="Drops">The <c>drop</c> rules in declaration order; applied before any field is located.</param>
/// <param name="EvaluationOrder">Indexes into <paramref name="Fields"/> in the order they must be located so that every anchor and source field is located before the fields that use it.</param>
/// <param name="Range">Where the declaration's name is in the schema file.</param>
/// <param name="JsonLd">The <c>jsonld</c> block: how the article is written as schema.org JSON-LD; null when it has none.</param>
/// <param name="Layouts">The <c>layout</c> blocks, newest first (empty when the article has one layout: its own fields).</param>
public sealed record ArticleSpec(
    string Name,
    string? Doc,
    EquatableArray<FieldSpec> Fields,
    EquatableArray<DropSpec> Drops,
    EquatableArray<int> EvaluationOrder,
    TextRange Range,
    JsonLdSpec? JsonLd = null,
    EquatableArray<LayoutSpec> Layouts = default);
