using System.Collections.Generic;

namespace ArticleModel.Schema.Lowering;

/// <summary>Collects an article's distinct patterns (by pattern text and flags) in order of first use.</summary>
internal sealed class RegexTable
{
    private readonly List<RegexPlan> _regexes = new();
    private readonly Dictionary<(string Pattern, RegexFlags Flags), int> _index = new();

    /// <summary>The index of <paramref name="spec"/>'s pattern, added on first use.</summary>
    public int Add(RegexSpec spec)
    {
        var key = (spec.Pattern, spec.Flags);
        if (_index.TryGetValue(key, out var index)) return index;
        index = _regexes.Count;
        _regexes.Add(new RegexPlan(
            spec.Pattern,
            (spec.Flags & RegexFlags.IgnoreCase) != 0,
            (spec.Flags & RegexFlags.Multiline) != 0,
            spec.RequiredLiteral,
            spec.NeedsBacktracking));
        _index.Add(key, index);
        return index;
    }

    /// <summary>The index of the optional pattern, or null.</summary>
    public int? AddOptional(RegexSpec? spec) => spec is null ? null : Add(spec);

    /// <summary>The patterns, by index.</summary>
    public EquatableArray<RegexPlan> ToEquatableArray() => _regexes.ToEquatableArray();
}
