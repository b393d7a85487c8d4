using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ArticleModel.Extraction;
using ArticleModel.Schema;

namespace ArticleModel.Interpreter;

// The per-field plans the interpreter runs. Each one mirrors, call for call, what ModelEmitter.WriteField / WriteDrops /
// RegionExpr / AnchorExpr / FromMatch emit for the same schema construct: the same ParseContext primitives with the same
// arguments, the same Spans.Add, Missing, conversions and diagnostics, in the same order. Keep them in step with the
// emitter; the differential test (tests/ArticleModel.Interpreter.Tests) fails when they drift.

/// <summary>The mutable state of one parse: what the generated code keeps in its locals <c>h{i}</c>, <c>hs{i}</c>, <c>ms{i}</c>, <c>v{i}</c>.</summary>
internal sealed class ParseState
{
    public readonly Hit[] H;
    public readonly Hit[]?[] Hs;
    public readonly MatchHit[]?[] Ms;
    public readonly object?[] V;

    public ParseState(int fields)
    {
        H = new Hit[fields];
        Hs = new Hit[]?[fields];
        Ms = new MatchHit[]?[fields];
        V = new object?[fields];
    }
}

/// <summary>A schema regex, created once with <see cref="SchemaRegex.Create(string, bool, bool, bool)"/>, with what <c>FindMatch</c> needs.</summary>
internal sealed class RegexPlan
{
    public RegexPlan(Regex regex, string? requiredLiteral, bool ignoreCase)
    {
        Regex = regex;
        RequiredLiteral = requiredLiteral;
        IgnoreCase = ignoreCase;
    }

    public Regex Regex { get; }

    public string? RequiredLiteral { get; }

    public bool IgnoreCase { get; }
}

/// <summary>Creates each distinct pattern's regex once per schema (the emitter's RegexTable does the same per type).</summary>
internal sealed class RegexCache
{
    private readonly Dictionary<(string, RegexFlags), Regex> _regexes = new();

    public RegexPlan Get(RegexSpec spec)
    {
        if (!_regexes.TryGetValue((spec.Pattern, spec.Flags), out var regex))
        {
            regex = SchemaRegex.Create(spec.Pattern, (spec.Flags & RegexFlags.IgnoreCase) != 0, (spec.Flags & RegexFlags.Multiline) != 0, spec.NeedsBacktracking);
            _regexes.Add((spec.Pattern, spec.Flags), regex);
        }
        return new RegexPlan(regex, spec.RequiredLiteral, (spec.Flags & RegexFlags.IgnoreCase) != 0);
    }
}

/// <summary>One region bound (<c>after: dek | headline</c>): <c>AnchorExpr</c>.</summary>
internal sealed class AnchorPlan
{
    // Per alternative: the field index whose hit is used, or -1 and a pattern.
    private readonly int[] _fields;
    private readonly RegexPlan?[] _patterns;
    private readonly bool _useFirst; // member ".First" (true) or ".Last + 1" (false)

    public AnchorPlan(int[] fields, RegexPlan?[] patterns, bool useFirst)
    {
        _fields = fields;
        _patterns = patterns;
        _useFirst = useFirst;
    }

    /// <summary>Runs the pattern alternatives (every one, in order, as the emitted locals do).</summary>
    public Hit[] FindPatterns(ParseContext context, string field)
    {
        var hits = new Hit[_fields.Length];
        for (var i = 0; i < _patterns.Length; i++)
        {
            var p = _patterns[i];
            if (p is not null) hits[i] = context.FindMatch(p.Regex, p.RequiredLiteral, p.IgnoreCase, context.Whole, field, out _);
        }
        return hits;
    }

    /// <summary>The bound: the first found alternative's line, else <paramref name="fallback"/>.</summary>
    public int Resolve(ParseState state, Hit[] patternHits, int fallback)
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            var hit = _fields[i] >= 0 ? state.H[_fields[i]] : patternHits[i];
            if (hit.Found) return _useFirst ? hit.First : hit.Last + 1;
        }
        return fallback;
    }
}

/// <summary>A region: <c>RegionExpr</c>.</summary>
internal sealed class RegionPlan
{
    private readonly AnchorPlan? _start;
    private readonly AnchorPlan? _end;
    private readonly bool _emptyWhenAbsent;

    public RegionPlan(AnchorPlan? start, AnchorPlan? end, bool emptyWhenAbsent)
    {
        _start = start;
        _end = end;
        _emptyWhenAbsent = emptyWhenAbsent;
    }

    public LineRegion Evaluate(ParseContext context, ParseState state, string field)
    {
        if (_start is null && _end is null) return context.Whole;
        // The emitter writes the pattern alternatives' FindMatch calls for the start bound, then the end bound,
        // before the expression that uses them.
        var startHits = _start?.FindPatterns(context, field);
        var endHits = _end?.FindPatterns(context, field);
        var start = _start is null ? 0 : _start.Resolve(state, startHits!, _emptyWhenAbsent ? context.LineCount : 0);
        var end = _end is null ? context.LineCount : _end.Resolve(state, endHits!, _emptyWhenAbsent ? 0 : context.LineCount);
        return context.Region(start, end);
    }
}

/// <summary>A drop rule: <c>WriteDrops</c>.</summary>
internal sealed class DropPlan
{
    private const string Field = "drop";
    private readonly LocatorKind _kind;
    private readonly int _index;
    private readonly RegexPlan? _where;
    private readonly RegexPlan? _pattern;
    private readonly RegionPlan _region;

    public DropPlan(LocatorKind kind, int index, RegexPlan? where, RegexPlan? pattern, RegionPlan region)
    {
        _kind = kind;
        _index = index;
        _where = where;
        _pattern = pattern;
        _region = region;
    }

    public void Run(ParseContext context, ParseState state)
    {
        switch (_kind)
        {
            case LocatorKind.Line:
                context.Drop(context.FindLine(_index, _where?.Regex, Field));
                break;
            case LocatorKind.Block:
                context.Drop(context.FindBlock(_index, _region.Evaluate(context, state, Field), _where?.Regex, Field));
                break;
            case LocatorKind.Blocks:
                context.Drop(context.FindBlocks(_region.Evaluate(context, state, Field)));
                break;
            case LocatorKind.Match:
                var region = _region.Evaluate(context, state, Field);
                context.Drop(context.FindMatches(_pattern!.Regex, _pattern.RequiredLiteral, _pattern.IgnoreCase, region, Field));
                break;
        }
    }
}

/// <summary>One field's step in evaluation order: <c>WriteField</c>.</summary>
internal abstract class FieldPlan
{
    protected FieldPlan(int index, FieldSpec field)
    {
        Index = index;
        Name = field.Name;
        Type = field.Type;
    }

    public int Index { get; }

    public string Name { get; }

    public TypeSpec Type { get; }

    public abstract void Run(ParseContext context, ParseState state);

    /// <summary>The emitter's <c>ConvertScalar</c>.</summary>
    public static object? ConvertScalar(ParseContext context, ValueKind kind, string? text, SourceSpan span, string name, bool required) => kind switch
    {
        ValueKind.Int => context.ToInt(text, span, name, required),
        ValueKind.Date => context.ToDate(text, span, name, required),
        ValueKind.Url => context.ToUrl(text, span, name, required),
        ValueKind.Handle => context.ToHandle(text, span, name, required),
        _ => text,
    };

    /// <summary>The emitter's <c>DefaultValue</c> for a field that found nothing.</summary>
    public static object? DefaultValue(TypeSpec type) =>
        type.IsList ? EmptyList(type) : (type.Kind is ValueKind.Text or ValueKind.Handle) && !type.IsOptional ? "" : null;

    public static object EmptyList(TypeSpec type) => type.Kind switch
    {
        ValueKind.Paragraph => ValueList<Paragraph>.Empty,
        ValueKind.Int => ValueList<int>.Empty,
        ValueKind.Date => ValueList<DateTimeOffset>.Empty,
        ValueKind.Url => ValueList<Uri>.Empty,
        ValueKind.Quote => ValueList<Quote>.Empty,
        ValueKind.Record => ValueList<RecordValue>.Empty,
        _ => ValueList<string>.Empty,
    };
}

/// <summary>A field with no plain-text locator.</summary>
internal sealed class NoLocatorPlan : FieldPlan
{
    private readonly bool _reportMissing;
    private readonly object? _default;

    public NoLocatorPlan(int index, FieldSpec field) : base(index, field)
    {
        _reportMissing = !field.Type.IsOptional && !field.Type.IsList;
        _default = DefaultValue(field.Type);
    }

    public override void Run(ParseContext context, ParseState state)
    {
        state.H[Index] = Hit.None;
        state.V[Index] = _default;
        if (_reportMissing) context.Missing(Name, "no locator for plain text");
    }
}

/// <summary><c>@line(n)</c> and <c>@block(n)</c>.</summary>
internal sealed class LineOrBlockPlan : FieldPlan
{
    private readonly bool _isLine;
    private readonly int _n;
    private readonly RegionPlan? _region;
    private readonly RegexPlan? _where;
    private readonly string _display;

    public LineOrBlockPlan(int index, FieldSpec field, LocatorSpec locator, RegionPlan? region, RegexPlan? where) : base(index, field)
    {
        _isLine = locator.Kind == LocatorKind.Line;
        _n = locator.Index;
        _region = region;
        _where = where;
        _display = locator.Display;
    }

    public override void Run(ParseContext context, ParseState state)
    {
        var h = _isLine
            ? context.FindLine(_n, _where?.Regex, Name)
            : context.FindBlock(_n, _region!.Evaluate(context, state, Name), _where?.Regex, Name);
        state.H[Index] = h;
        object? v = DefaultValue(Type);
        if (h.Found)
        {
            context.Spans.Add(Name, context.Span(h));
            v = Type.Kind switch
            {
                ValueKind.Text => context.Text(h),
                ValueKind.Paragraph => context.Paragraph(h),
                _ => ConvertScalar(context, Type.Kind, context.Text(h), context.Span(h), Name, !Type.IsOptional),
            };
        }
        else if (!Type.IsOptional)
        {
            context.Missing(Name, _display);
        }
        state.V[Index] = v;
    }
}

/// <summary><c>@blocks(…)</c>.</summary>
internal sealed class BlocksPlan : FieldPlan
{
    private readonly RegionPlan _region;

    public BlocksPlan(int index, FieldSpec field, RegionPlan region) : base(index, field) => _region = region;

    public override void Run(ParseContext context, ParseState state)
    {
        var hs = context.FindBlocks(_region.Evaluate(context, state, Name));
        state.Hs[Index] = hs;
        state.H[Index] = Hit.Cover(hs);
        context.Spans.Add(Name, context.SpansOf(hs));
        state.V[Index] = Type.Kind == ValueKind.Paragraph ? context.Paragraphs(hs) : context.Texts(hs);
    }
}

/// <summary><c>@match(/re/)</c> on a single field.</summary>
internal sealed class MatchPlan : FieldPlan
{
    private readonly RegexPlan _pattern;
    private readonly RegionPlan _region;
    private readonly bool _hasValueGroup;
    private readonly RecordPlan? _record;
    private readonly string _display;

    public MatchPlan(int index, FieldSpec field, LocatorSpec locator, RegexPlan pattern, RegionPlan region, RecordPlan? record) : base(index, field)
    {
        _pattern = pattern;
        _region = region;
        _hasValueGroup = Contains(locator.Pattern!.GroupNames, "value");
        _record = record;
        _display = locator.Display;
    }

    internal static bool Contains(EquatableArray<string> names, string name)
    {
        foreach (var n in names)
        {
            if (n == name) return true;
        }
        return false;
    }

    public override void Run(ParseContext context, ParseState state)
    {
        var region = _region.Evaluate(context, state, Name);
        var h = context.FindMatch(_pattern.Regex, _pattern.RequiredLiteral, _pattern.IgnoreCase, region, Name, out var m);
        state.H[Index] = h;
        object? v = DefaultValue(Type);
        if (m is not null)
        {
            if (_record is not null)
            {
                context.Spans.Add(Name, context.MatchSpan(m));
                v = _record.FromMatch(context, m, Name, true);
            }
            else
            {
                var span = _hasValueGroup ? context.GroupSpan(m, "value") : context.MatchSpan(m);
                context.Spans.Add(Name, span);
                v = ScalarFromMatch(context, Type.Kind, _hasValueGroup, m, span, Name, !Type.IsOptional);
            }
        }
        else if (!Type.IsOptional)
        {
            context.Missing(Name, _display);
        }
        state.V[Index] = v;
    }

    /// <summary>The emitter's <c>ScalarFromMatch</c>.</summary>
    internal static object? ScalarFromMatch(ParseContext context, ValueKind kind, bool hasValueGroup, Match m, SourceSpan span, string name, bool required)
    {
        var text = hasValueGroup ? ParseContext.GroupText(m, "value") : ParseContext.MatchText(m);
        return kind switch
        {
            ValueKind.Text => text,
            ValueKind.Paragraph => text is string pt ? new Paragraph(pt, span) : null,
            _ => ConvertScalar(context, kind, text, span, name, required),
        };
    }
}

/// <summary><c>@match(/re/)</c> on a list field.</summary>
internal sealed class MatchListPlan : FieldPlan
{
    private readonly RegexPlan _pattern;
    private readonly RegionPlan _region;
    private readonly bool _hasValueGroup;
    private readonly RecordPlan? _record;

    public MatchListPlan(int index, FieldSpec field, LocatorSpec locator, RegexPlan pattern, RegionPlan region, RecordPlan? record) : base(index, field)
    {
        _pattern = pattern;
        _region = region;
        _hasValueGroup = MatchPlan.Contains(locator.Pattern!.GroupNames, "value");
        _record = record;
    }

    public override void Run(ParseContext context, ParseState state)
    {
        var region = _region.Evaluate(context, state, Name);
        var ms = context.FindMatches(_pattern.Regex, _pattern.RequiredLiteral, _pattern.IgnoreCase, region, Name);
        state.Ms[Index] = ms;
        state.H[Index] = Hit.Cover(ParseContext.HitsOf(ms));
        var spans = new SourceSpan[ms.Length];
        object list;
        if (_record is not null)
        {
            var items = new List<RecordValue>(ms.Length);
            for (var i = 0; i < ms.Length; i++)
            {
                var m = ms[i].Match;
                spans[i] = context.MatchSpan(m);
                items.Add(_record.FromMatch(context, m, Name, false));
            }
            context.Spans.Add(Name, spans);
            list = new ValueList<RecordValue>(items.ToArray());
        }
        else
        {
            var kind = Type.Kind;
            var items = new List<object>(ms.Length);
            for (var i = 0; i < ms.Length; i++)
            {
                var m = ms[i].Match;
                spans[i] = _hasValueGroup ? context.GroupSpan(m, "value") : context.MatchSpan(m);
                var item = MatchPlan.ScalarFromMatch(context, kind, _hasValueGroup, m, spans[i], Name, false);
                if (item is not null) items.Add(item);
            }
            context.Spans.Add(Name, spans);
            list = ToValueList(kind, items);
        }
        state.V[Index] = list;
    }

    private static object ToValueList(ValueKind kind, List<object> items)
    {
        switch (kind)
        {
            case ValueKind.Paragraph: return new ValueList<Paragraph>(Cast<Paragraph>(items));
            case ValueKind.Int: return new ValueList<int>(Cast<int>(items));
            case ValueKind.Date: return new ValueList<DateTimeOffset>(Cast<DateTimeOffset>(items));
            case ValueKind.Url: return new ValueList<Uri>(Cast<Uri>(items));
            default: return new ValueList<string>(Cast<string>(items));
        }
    }

    private static T[] Cast<T>(List<object> items)
    {
        var array = new T[items.Count];
        for (var i = 0; i < array.Length; i++) array[i] = (T)items[i];
        return array;
    }
}

/// <summary><c>@quotes(in: field)</c>.</summary>
internal sealed class QuotesPlan : FieldPlan
{
    private enum SourceMode { Blocks, Matches, Single }

    private readonly int _source;
    private readonly SourceMode _mode;

    public QuotesPlan(int index, FieldSpec field, int sourceIndex, FieldSpec source) : base(index, field)
    {
        _source = sourceIndex;
        var hasBlocks = false;
        foreach (var l in source.Locators)
        {
            if (l.Kind == LocatorKind.Blocks) hasBlocks = true;
        }
        _mode = source.Type.IsList && hasBlocks ? SourceMode.Blocks : source.Type.IsList ? SourceMode.Matches : SourceMode.Single;
    }

    public override void Run(ParseContext context, ParseState state)
    {
        state.H[Index] = Hit.None;
        var v = _mode switch
        {
            SourceMode.Blocks => context.Quotes(state.Hs[_source] ?? Array.Empty<Hit>()),
            SourceMode.Matches => context.Quotes(ParseContext.HitsOf(state.Ms[_source] ?? Array.Empty<MatchHit>())),
            _ => context.Quotes(state.H[_source]),
        };
        context.Spans.Add(Name, ParseContext.SpansOf(v));
        state.V[Index] = v;
    }
}

/// <summary>A record declaration: the generated <c>FromMatch</c>.</summary>
internal sealed class RecordPlan
{
    private readonly string[] _names;
    private readonly ValueKind[] _kinds;
    private readonly bool[] _required;
    private readonly bool[] _emptyWhenMissing;

    public RecordPlan(RecordSpec record)
    {
        var n = record.Fields.Count;
        _names = new string[n];
        _kinds = new ValueKind[n];
        _required = new bool[n];
        _emptyWhenMissing = new bool[n];
        var types = new TypeSpec[n];
        for (var i = 0; i < n; i++)
        {
            var f = record.Fields[i];
            _names[i] = f.Name;
            _kinds[i] = f.Type.Kind;
            _required[i] = !f.Type.IsOptional;
            _emptyWhenMissing[i] = (f.Type.Kind is ValueKind.Text or ValueKind.Handle) && !f.Type.IsOptional && !f.Type.IsList;
            types[i] = f.Type;
        }
        Shape = new ValueShape(record.Name, _names, types);
    }

    public ValueShape Shape { get; }

    public RecordValue FromMatch(ParseContext context, Match match, string field, bool recordSpans)
    {
        var values = new object?[_names.Length];
        for (var i = 0; i < _names.Length; i++)
        {
            var name = _names[i];
            var t = ParseContext.GroupText(match, name);
            var s = context.GroupSpan(match, name);
            if (_required[i] && t is null) context.MissingMember(field, name, context.MatchSpan(match));
            if (t is not null && recordSpans) context.Spans.Add(field + "." + name, s);
            var v = FieldPlan.ConvertScalar(context, _kinds[i], t, s, field + "." + name, _required[i]);
            values[i] = v is null && _emptyWhenMissing[i] ? "" : v;
        }
        return new RecordValue(Shape, values);
    }
}
