namespace ArticleModel.Schema;

/// <summary>A field of an <c>article</c>.</summary>
/// <param name="Name">The schema name (used in JSON, spans and diagnostics).</param>
/// <param name="PropertyName">The C# property name (PascalCase of <paramref name="Name"/>).</param>
/// <param name="Type">Its type.</param>
/// <param name="Doc">The <c>///</c> documentation text, or null.</param>
/// <param name="Locators">Where the field is: ordered fallbacks, the first that yields a value wins.</param>
/// <param name="Range">Where the field's name is.</param>
/// <param name="Transforms">The value transform pipeline applied to each value's text before conversion (empty when none).</param>
public sealed record FieldSpec(
    string Name,
    string PropertyName,
    TypeSpec Type,
    string? Doc,
    EquatableArray<LocatorSpec> Locators,
    TextRange Range,
    EquatableArray<TransformSpec> Transforms = default);
