namespace ArticleModel.Schema;

/// <summary>A member of a <c>record</c>.</summary>
/// <param name="Name">The schema name (used in JSON and as the regex group name).</param>
/// <param name="PropertyName">The C# property name (PascalCase of <paramref name="Name"/>).</param>
/// <param name="Type">Its type; records may hold scalar types only.</param>
/// <param name="Doc">The <c>///</c> documentation text, or null.</param>
/// <param name="Range">Where the member's name is.</param>
/// <param name="Transforms">The value transform pipeline applied to the member's captured text (empty when none).</param>
public sealed record RecordFieldSpec(string Name, string PropertyName, TypeSpec Type, string? Doc, TextRange Range, EquatableArray<TransformSpec> Transforms = default);
