using System;
using System.Collections.Generic;
using System.Text.Json;
using ArticleModel.Schema;

namespace ArticleModel.Interpreter;

/// <summary>
/// A value built by the interpreter: the fields of an <c>article</c> (<see cref="ArticleValue"/>) or the members of a
/// <c>record</c> (<see cref="RecordValue"/>), in declaration order. Immutable; writes the same JSON as the model the
/// source generator makes for the same declaration.
/// </summary>
/// <remarks>
/// Field values have the CLR types of the generated properties: <c>text</c> and <c>handle</c> are <see cref="string"/>,
/// <c>paragraph</c> is <see cref="ArticleModel.Paragraph"/>, <c>int</c> is <see cref="int"/>, <c>date</c> is
/// <see cref="ArticleModel.ArticleDate"/>, <c>url</c> is <see cref="Uri"/>, <c>quote</c> is <see cref="ArticleModel.Quote"/>, a record is a
/// <see cref="RecordValue"/>, and a list is a <see cref="ValueList{T}"/> of those. An absent optional value is null; a
/// required value that was not found holds the generated property's stand-in (<c>""</c>, 0, <c>0001-01-01</c>, an empty
/// paragraph, <c>about:blank</c>, a record of stand-ins) and JSON writes null for it.
/// </remarks>
public abstract class InterpretedValue : IJsonWritable
{
    private readonly ValueShape _shape;
    private readonly object?[] _values;
    private readonly bool[]? _absent;

    private protected InterpretedValue(ValueShape shape, object?[] values, bool[]? absent)
    {
        _shape = shape;
        _values = values;
        _absent = absent;
    }

    /// <summary>The name of the <c>article</c> or <c>record</c> declaration.</summary>
    public string TypeName => _shape.TypeName;

    /// <summary>The schema names of the fields, in declaration order (the JSON property names).</summary>
    public IReadOnlyList<string> FieldNames => _shape.Names;

    /// <summary>The schema types of the fields, in declaration order.</summary>
    public IReadOnlyList<InterpretedFieldType> FieldTypes => _shape.FieldTypes;

    /// <summary>Number of fields.</summary>
    public int Count => _values.Length;

    /// <summary>Whether the required field at <paramref name="index"/> was not found (it holds a stand-in, written as absent).</summary>
    internal bool IsAbsent(int index) => _absent is not null && _absent[index];

    /// <summary>The shape of the declaration (names, types, writers, JSON-LD plan).</summary>
    internal ValueShape Shape => _shape;

    /// <summary>The value of the field at <paramref name="index"/> (declaration order).</summary>
    public object? this[int index] => _values[index];

    /// <summary>The value of the field named <paramref name="field"/> (its schema name, as in JSON).</summary>
    /// <exception cref="KeyNotFoundException">There is no such field.</exception>
    public object? this[string field] =>
        TryGetValue(field, out var value) ? value : throw new KeyNotFoundException($"'{TypeName}' has no field '{field}'");

    /// <summary>Gets the value of the field named <paramref name="field"/>; false when there is no such field.</summary>
    public bool TryGetValue(string field, out object? value)
    {
        var i = _shape.IndexOf(field);
        value = i < 0 ? null : _values[i];
        return i >= 0;
    }

    /// <summary>
    /// Writes one JSON object whose property names are the schema's field names, in declaration order; absent values
    /// are null. Byte for byte what the generated model's <c>WriteJson</c> writes.
    /// </summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        writer.WriteStartObject();
        var names = _shape.Names;
        var writers = _shape.JsonWriters;
        for (var i = 0; i < _values.Length; i++)
        {
            // A required value that was not found holds its stand-in, and is written as null (as the generated model does).
            if (_absent is not null && _absent[i]) writer.WriteNull(names[i]);
            else JsonWriting.Write(writer, names[i], writers[i], _values[i]);
        }
        writer.WriteEndObject();
    }

    /// <summary>The value as a JSON string (relaxed escaping, optionally indented), like the generated <c>ToJson</c>.</summary>
    public string ToJson(bool indented = false) => ResultJson.ToJsonString(this, indented);

    /// <summary>The JSON text.</summary>
    public override string ToString() => ToJson();
}
