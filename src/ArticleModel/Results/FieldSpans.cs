using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ArticleModel;

/// <summary>
/// Where each field's value came from, keyed by the schema's field name (record members as <c>field.member</c>).
/// A single value has one span; a list has one span per item, in order.
/// </summary>
/// <remarks>
/// Kept as two arrays in the order the fields were found, searched in place for the few fields of a typical schema and
/// through an index beyond <see cref="LinearLimit"/>: a parse allocates no dictionary for five fields (issue 13 item 1),
/// and a schema of thousands of fields is not quadratic.
/// </remarks>
public sealed class FieldSpans
{
    private const int LinearLimit = 8;

    private readonly string[] _names;
    private readonly SourceSpan[][] _spans;
    private readonly int _count;
    private readonly Dictionary<string, int>? _index;
    private IReadOnlyList<string>? _fields;

    /// <summary>An empty map.</summary>
    public static FieldSpans Empty { get; } = new(Array.Empty<string>(), Array.Empty<SourceSpan[]>(), 0, null);

    private FieldSpans(string[] names, SourceSpan[][] spans, int count, Dictionary<string, int>? index)
    {
        _names = names;
        _spans = spans;
        _count = count;
        _index = index;
    }

    /// <summary>The field names that have spans, in the order they were found.</summary>
    public IReadOnlyList<string> Fields => _fields ??= new ArraySegment<string>(_names, 0, _count);

    /// <summary>The span of a single-valued field (the first span of a list), or the default span when the field has none.</summary>
    public SourceSpan this[string field]
    {
        get
        {
            var i = IndexOf(_names, _count, _index, field);
            return i >= 0 && _spans[i].Length > 0 ? _spans[i][0] : default;
        }
    }

    /// <summary>Every span recorded for <paramref name="field"/>; empty when there are none.</summary>
    public ReadOnlySpan<SourceSpan> All(string field)
    {
        var i = IndexOf(_names, _count, _index, field);
        return i >= 0 ? _spans[i] : ReadOnlySpan<SourceSpan>.Empty;
    }

    /// <summary>Gets the spans of <paramref name="field"/>.</summary>
    public bool TryGet(string field, out SourceSpan[] spans)
    {
        var i = IndexOf(_names, _count, _index, field);
        spans = i >= 0 ? _spans[i] : Array.Empty<SourceSpan>();
        return i >= 0;
    }

    private static int IndexOf(string[] names, int count, Dictionary<string, int>? index, string field)
    {
        if (index is not null) return index.TryGetValue(field, out var at) ? at : -1;
        for (var i = 0; i < count; i++)
        {
            // Generated parsers pass the same literal each time: the reference test settles most lookups.
            if (ReferenceEquals(names[i], field) || string.Equals(names[i], field, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>Collects spans while a parser runs; <see cref="Build"/> freezes them.</summary>
    /// <remarks>For generated code and the interpreter (through <c>ParseContext.Spans</c>); it may change between versions.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class Builder
    {
        private string[] _names = Array.Empty<string>();
        private SourceSpan[][] _spans = Array.Empty<SourceSpan[]>();
        private int _count;
        private Dictionary<string, int>? _index;

        /// <summary>Records the span of a single value.</summary>
        public void Add(string field, SourceSpan span) => Add(field, new[] { span });

        /// <summary>Records the spans of a field (one per list item).</summary>
        public void Add(string field, SourceSpan[] spans)
        {
            var i = IndexOf(_names, _count, _index, field);
            if (i >= 0)
            {
                _spans[i] = spans;
                return;
            }
            if (_count == _names.Length)
            {
                var capacity = _count == 0 ? LinearLimit : _count * 2;
                Array.Resize(ref _names, capacity);
                Array.Resize(ref _spans, capacity);
            }
            _names[_count] = field;
            _spans[_count] = spans;
            _count++;
            if (_index is not null) _index[field] = _count - 1;
            else if (_count > LinearLimit)
            {
                _index = new Dictionary<string, int>(_count * 2, StringComparer.Ordinal);
                for (var k = 0; k < _count; k++) _index[_names[k]] = k;
            }
        }

        /// <summary>The frozen map.</summary>
        public FieldSpans Build() => _count == 0 ? Empty : new FieldSpans(_names, _spans, _count, _index);
    }
}
