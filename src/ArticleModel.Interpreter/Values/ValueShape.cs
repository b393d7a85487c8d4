using System;
using System.Collections.Generic;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>The names, types and JSON writers of a declaration's fields; shared by all its values.</summary>
internal sealed class ValueShape
{
    private readonly Dictionary<string, int> _index;

    public ValueShape(string typeName, string[] names, TypeSpec[] types, JsonWriterKind[] jsonWriters)
    {
        TypeName = typeName;
        Names = names;
        Types = types;
        FieldTypes = Array.ConvertAll(types, InterpretedFieldType.From);
        JsonWriters = jsonWriters;
        _index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++) _index[names[i]] = i;
    }

    public string TypeName { get; }

    public string[] Names { get; }

    public TypeSpec[] Types { get; }

    /// <summary>The field types as the interpreter's public API shows them (no ArticleModel.Schema types).</summary>
    public InterpretedFieldType[] FieldTypes { get; }

    /// <summary>Each field's JSON writer, as the plan decided it.</summary>
    public JsonWriterKind[] JsonWriters { get; }

    /// <summary>An article's JSON-LD plan, as the lowering decided it; null for a record or an article without a jsonld block.</summary>
    public JsonLdPlan? JsonLd { get; init; }

        public int IndexOf(string name) => name is not null && _index.TryGetValue(name, out var i) ? i : -1;
}
