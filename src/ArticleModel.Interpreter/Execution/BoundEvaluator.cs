using ArticleModel.CompilerServices;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>Runs one <see cref="BoundPlan"/> (<c>after: dek | headline</c>), as the generated bound expression does.</summary>
internal sealed class BoundEvaluator
{
    // Per alternative: the field index whose hit is used, or -1 and a pattern.
    private readonly int[] _fields;
    private readonly CompiledPattern?[] _patterns;
    private readonly bool _firstLine;
    private readonly bool _fallbackToStart;

    public BoundEvaluator(BoundPlan plan, CompiledPattern[] regexes)
    {
        var n = plan.Alternatives.Count;
        _fields = new int[n];
        _patterns = new CompiledPattern?[n];
        for (var i = 0; i < n; i++)
        {
            var alt = plan.Alternatives[i];
            _fields[i] = alt.Field ?? -1;
            _patterns[i] = alt.Regex is int r ? regexes[r] : null;
        }
        _firstLine = plan.Edge == BoundEdge.FirstLine;
        _fallbackToStart = plan.Fallback == BoundFallback.ViewStart;
    }

    /// <summary>Runs the pattern alternatives (every one, in order, as the generated locals do).</summary>
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

    /// <summary>The bound: the first found alternative's line, else the plan's fallback.</summary>
    public int Resolve(ParseContext context, ParseState state, Hit[] patternHits)
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            var hit = _fields[i] >= 0 ? state.H[_fields[i]] : patternHits[i];
            if (hit.Found) return _firstLine ? hit.First : hit.Last + 1;
        }
        return _fallbackToStart ? 0 : context.LineCount;
    }
}
