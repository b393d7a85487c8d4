namespace ArticleModel.Schema;

/// <summary>A field of an <c>article</c>.</summary>
/// <param name="Name">The schema name (used in JSON, spans and diagnostics).</param>
/// <param name="PropertyName">The C# property name (PascalCase of <paramref name="Name"/>).</param>
/// <param name="Type">Its type.</param>
/// <param name="Doc">The <c>///</c> documentation text, or null.</param>
/// <param name="Locators">Where the field is, at most one per input format.</param>
/// <param name="Range">Where the field's name is.</param>
public sealed record FieldSpec(
    string Name,
    string PropertyName,
    TypeSpec Type,
    string? Doc,
    EquatableArray<LocatorSpec> Locators,
    TextRange Range);
