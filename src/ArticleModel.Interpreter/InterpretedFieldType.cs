using System;
using ArticleModel.Schema;

namespace ArticleModel.Interpreter;

/// <summary>The type of a field of an interpreted article or record, as written in the schema (<c>text?</c>, <c>paragraph[]</c>, <c>Byline?</c>).</summary>
public sealed class InterpretedFieldType : IEquatable<InterpretedFieldType>
{
    private InterpretedFieldType(InterpretedFieldKind kind, string? recordName, bool isOptional, bool isList)
    {
        Kind = kind;
        RecordName = recordName;
        IsOptional = isOptional;
        IsList = isList;
    }

    /// <summary>The value type.</summary>
    public InterpretedFieldKind Kind { get; }

    /// <summary>The record's name when <see cref="Kind"/> is <see cref="InterpretedFieldKind.Record"/>; otherwise null.</summary>
    public string? RecordName { get; }

    /// <summary>Written with <c>?</c>: may be absent (null) without an error.</summary>
    public bool IsOptional { get; }

    /// <summary>Written with <c>[]</c>: zero or more values, never null.</summary>
    public bool IsList { get; }

    /// <summary>The type as written in a schema: <c>text?</c>, <c>paragraph[]</c>, <c>Byline?</c>.</summary>
    public override string ToString()
    {
        var name = Kind == InterpretedFieldKind.Record ? RecordName ?? "record" : Kind.ToString().ToLowerInvariant();
        return name + (IsList ? "[]" : "") + (IsOptional ? "?" : "");
    }

    /// <inheritdoc />
    public bool Equals(InterpretedFieldType? other) =>
        other is not null && Kind == other.Kind && RecordName == other.RecordName && IsOptional == other.IsOptional && IsList == other.IsList;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as InterpretedFieldType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, RecordName, IsOptional, IsList);

    internal static InterpretedFieldType From(TypeSpec type)
    {
        var kind = type.Kind switch
        {
            ValueKind.Text => InterpretedFieldKind.Text,
            ValueKind.Paragraph => InterpretedFieldKind.Paragraph,
            ValueKind.Int => InterpretedFieldKind.Int,
            ValueKind.Date => InterpretedFieldKind.Date,
            ValueKind.Url => InterpretedFieldKind.Url,
            ValueKind.Handle => InterpretedFieldKind.Handle,
            ValueKind.Quote => InterpretedFieldKind.Quote,
            ValueKind.Record => InterpretedFieldKind.Record,
            _ => throw new InvalidOperationException($"the interpreter does not know the value type '{type.Kind}'"),
        };
        return new InterpretedFieldType(kind, kind == InterpretedFieldKind.Record ? type.RecordName : null, type.IsOptional, type.IsList);
    }
}
