using System;
using System.Collections.Generic;
using System.Text.Json;
using ArticleModel.CompilerServices;
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
/// <see cref="DateTimeOffset"/>, <c>url</c> is <see cref="Uri"/>, <c>quote</c> is <see cref="ArticleModel.Quote"/>, a record is a
/// <see cref="RecordValue"/>, and a list is a <see cref="ValueList{T}"/> of those. An absent optional value is null.
/// </remarks>
public abstract class InterpretedValue : IJsonWritable
{
    private readonly ValueShape _shape;
    private readonly object?[] _values;

    private protected InterpretedValue(ValueShape shape, object?[] values)
    {
        _shape = shape;
        _values = values;
    }

    /// <summary>The name of the <c>article</c> or <c>record</c> declaration.</summary>
    public string TypeName => _shape.TypeName;

    /// <summary>The schema names of the fields, in declaration order (the JSON property names).</summary>
    public IReadOnlyList<string> FieldNames => _shape.Names;

    /// <summary>The schema types of the fields, in declaration order.</summary>
    public IReadOnlyList<InterpretedFieldType> FieldTypes => _shape.FieldTypes;

    /// <summary>Number of fields.</summary>
    public int Count => _values.Length;

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
        var kinds = _shape.JsonKinds;
        for (var i = 0; i < _values.Length; i++) JsonWriting.Write(writer, names[i], kinds[i], _values[i]);
        writer.WriteEndObject();
    }

    /// <summary>The value as a JSON string (relaxed escaping, optionally indented), like the generated <c>ToJson</c>.</summary>
    public string ToJson(bool indented = false) => ResultJson.ToJsonString(this, indented);

    /// <summary>The JSON text.</summary>
    public override string ToString() => ToJson();
}

/// <summary>The value of one interpreted <c>article</c>: its fields in declaration order.</summary>
public sealed class ArticleValue : InterpretedValue
{
    internal ArticleValue(ValueShape shape, object?[] values) : base(shape, values)
    {
    }
}

/// <summary>The value of one interpreted <c>record</c> (for example a byline): its members in declaration order.</summary>
public sealed class RecordValue : InterpretedValue
{
    internal RecordValue(ValueShape shape, object?[] values) : base(shape, values)
    {
    }
}

/// <summary>How a field is written to JSON: which <see cref="JsonFieldWriter"/> helper the generated code calls.</summary>
internal enum JsonKind
{
    String,
    Paragraph,
    Int,
    Date,
    Url,
    Object,
    Strings,
    Paragraphs,
    Ints,
    Dates,
    Urls,
    Quotes,
    Records,
}

/// <summary>The names, types and JSON writers of a declaration's fields; shared by all its values.</summary>
internal sealed class ValueShape
{
    private readonly Dictionary<string, int> _index;

    public ValueShape(string typeName, string[] names, TypeSpec[] types)
    {
        TypeName = typeName;
        Names = names;
        Types = types;
        FieldTypes = Array.ConvertAll(types, InterpretedFieldType.From);
        JsonKinds = new JsonKind[types.Length];
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            JsonKinds[i] = JsonWriting.KindOf(types[i]);
            _index[names[i]] = i;
        }
    }

    public string TypeName { get; }

    public string[] Names { get; }

    public InterpretedFieldType[] FieldTypes { get; }

    public TypeSpec[] Types { get; }

    public JsonKind[] JsonKinds { get; }

    public int IndexOf(string name) => name is not null && _index.TryGetValue(name, out var i) ? i : -1;
}

/// <summary>The JSON of one field, exactly as the emitter's <c>WriteJsonMethod</c> writes it.</summary>
internal static class JsonWriting
{
    public static JsonKind KindOf(TypeSpec type)
    {
        if (type.IsList)
        {
            return type.Kind switch
            {
                ValueKind.Paragraph => JsonKind.Paragraphs,
                ValueKind.Int => JsonKind.Ints,
                ValueKind.Date => JsonKind.Dates,
                ValueKind.Url => JsonKind.Urls,
                ValueKind.Quote => JsonKind.Quotes,
                ValueKind.Record => JsonKind.Records,
                _ => JsonKind.Strings,
            };
        }
        return type.Kind switch
        {
            ValueKind.Paragraph => JsonKind.Paragraph,
            ValueKind.Int => JsonKind.Int,
            ValueKind.Date => JsonKind.Date,
            ValueKind.Url => JsonKind.Url,
            ValueKind.Record or ValueKind.Quote => JsonKind.Object,
            _ => JsonKind.String,
        };
    }

    public static void Write(Utf8JsonWriter writer, string name, JsonKind kind, object? value)
    {
        switch (kind)
        {
            case JsonKind.String: JsonFieldWriter.WriteString(writer, name, (string?)value); break;
            case JsonKind.Paragraph: JsonFieldWriter.WriteParagraph(writer, name, (Paragraph?)value); break;
            case JsonKind.Int: JsonFieldWriter.WriteInt(writer, name, (int?)value); break;
            case JsonKind.Date: JsonFieldWriter.WriteDate(writer, name, (DateTimeOffset?)value); break;
            case JsonKind.Url: JsonFieldWriter.WriteUrl(writer, name, (Uri?)value); break;
            case JsonKind.Object: JsonFieldWriter.WriteObject(writer, name, (IJsonWritable?)value); break;
            case JsonKind.Strings: JsonFieldWriter.WriteStrings(writer, name, (ValueList<string>)value!); break;
            case JsonKind.Paragraphs: JsonFieldWriter.WriteParagraphs(writer, name, (ValueList<Paragraph>)value!); break;
            case JsonKind.Ints: JsonFieldWriter.WriteInts(writer, name, (ValueList<int>)value!); break;
            case JsonKind.Dates: JsonFieldWriter.WriteDates(writer, name, (ValueList<DateTimeOffset>)value!); break;
            case JsonKind.Urls: JsonFieldWriter.WriteUrls(writer, name, (ValueList<Uri>)value!); break;
            case JsonKind.Quotes: JsonFieldWriter.WriteObjects(writer, name, (ValueList<Quote>)value!); break;
            case JsonKind.Records: JsonFieldWriter.WriteObjects(writer, name, (ValueList<RecordValue>)value!); break;
        }
    }
}
