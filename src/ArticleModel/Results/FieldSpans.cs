using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ArticleModel;

/// <summary>
/// Where each field's value came from, keyed by the schema's field name (record members as <c>field.member</c>).
/// A single value has one span; a list has one span per item, in order.
/// </summary>
public sealed class FieldSpans
{
    private readonly Dictionary<string, SourceSpan[]> _spans;
    private readonly List<string> _order;

    /// <summary>An empty map.</summary>
    public static FieldSpans Empty { get; } = new(new Dictionary<string, SourceSpan[]>(StringComparer.Ordinal), new List<string>());

    private FieldSpans(Dictionary<string, SourceSpan[]> spans, List<string> order)
    {
        _spans = spans;
        _order = order;
    }

    /// <summary>The field names that have spans, in the order they were found.</summary>
    public IReadOnlyList<string> Fields => _order;

    /// <summary>The span of a single-valued field (the first span of a list), or the default span when the field has none.</summary>
    public SourceSpan this[string field] => _spans.TryGetValue(field, out var s) && s.Length > 0 ? s[0] : default;

    /// <summary>Every span recorded for <paramref name="field"/>; empty when there are none.</summary>
    public ReadOnlySpan<SourceSpan> All(string field) => _spans.TryGetValue(field, out var s) ? s : ReadOnlySpan<SourceSpan>.Empty;

    /// <summary>Gets the spans of <paramref name="field"/>.</summary>
    public bool TryGet(string field, out SourceSpan[] spans)
    {
        if (_spans.TryGetValue(field, out var s))
        {
            spans = s;
            return true;
        }
        spans = Array.Empty<SourceSpan>();
        return false;
    }

    /// <summary>Collects spans while a parser runs; <see cref="Build"/> freezes them.</summary>
    /// <remarks>For generated code and the interpreter (through <c>ParseContext.Spans</c>); it may change between versions.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class Builder
    {
        private Dictionary<string, SourceSpan[]>? _spans;
        private List<string>? _order;

        /// <summary>Records the span of a single value.</summary>
        public void Add(string field, SourceSpan span) => Add(field, new[] { span });

        /// <summary>Records the spans of a field (one per list item).</summary>
        public void Add(string field, SourceSpan[] spans)
        {
            _spans ??= new Dictionary<string, SourceSpan[]>(StringComparer.Ordinal);
            _order ??= new List<string>();
            if (!_spans.ContainsKey(field)) _order.Add(field);
            _spans[field] = spans;
        }

        /// <summary>The frozen map.</summary>
        public FieldSpans Build() => _spans is null ? Empty : new FieldSpans(_spans, _order!);
    }
}
