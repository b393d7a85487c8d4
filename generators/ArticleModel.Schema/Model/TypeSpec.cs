namespace ArticleModel.Schema;

/// <summary>A field's type.</summary>
/// <param name="Kind">The value type.</param>
/// <param name="RecordName">The record's name when <paramref name="Kind"/> is <see cref="ValueKind.Record"/>.</param>
/// <param name="IsOptional">Written with <c>?</c>: may be absent (null) without an error.</param>
/// <param name="IsList">Written with <c>[]</c>: zero or more values, never null.</param>
public sealed record TypeSpec(ValueKind Kind, string? RecordName, bool IsOptional, bool IsList)
{
    /// <summary>The type as written in a schema, for messages: <c>text?</c>, <c>paragraph[]</c>, <c>Byline?</c>.</summary>
    public override string ToString()
    {
        var name = Kind == ValueKind.Record ? RecordName ?? "record" : Kind.ToString().ToLowerInvariant();
        return name + (IsList ? "[]" : "") + (IsOptional ? "?" : "");
    }
}
