namespace ArticleModel.Schema;

/// <summary>A <c>record</c> declaration: a value type whose members are filled from a match's named groups.</summary>
public sealed record RecordSpec(string Name, string? Doc, EquatableArray<RecordFieldSpec> Fields, TextRange Range);
