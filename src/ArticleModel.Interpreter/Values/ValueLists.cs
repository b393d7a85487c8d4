using System;
using System.Collections.Generic;
using ArticleModel.Schema;

namespace ArticleModel.Interpreter;

/// <summary>The interpreter's list values: a <see cref="ValueList{T}"/> of the item type the generated property has.</summary>
internal static class ValueLists
{
    public static object Empty(ValueKind kind) => kind switch
    {
        ValueKind.Paragraph => ValueList<Paragraph>.Empty,
        ValueKind.Int => ValueList<int>.Empty,
        ValueKind.Date => ValueList<ArticleDate>.Empty,
        ValueKind.Url => ValueList<Uri>.Empty,
        ValueKind.Quote => ValueList<Quote>.Empty,
        ValueKind.Record => ValueList<RecordValue>.Empty,
        _ => ValueList<string>.Empty,
    };

    public static object Of(ValueKind kind, List<object> items) => kind switch
    {
        ValueKind.Paragraph => new ValueList<Paragraph>(Cast<Paragraph>(items)),
        ValueKind.Int => new ValueList<int>(Cast<int>(items)),
        ValueKind.Date => new ValueList<ArticleDate>(Cast<ArticleDate>(items)),
        ValueKind.Url => new ValueList<Uri>(Cast<Uri>(items)),
        ValueKind.Record => new ValueList<RecordValue>(Cast<RecordValue>(items)),
        _ => new ValueList<string>(Cast<string>(items)),
    };

    private static T[] Cast<T>(List<object> items)
    {
        var array = new T[items.Count];
        for (var i = 0; i < array.Length; i++) array[i] = (T)items[i];
        return array;
    }
}
