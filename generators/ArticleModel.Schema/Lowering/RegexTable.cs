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
        var multiline = (spec.Flags & RegexFlags.Multiline) != 0;
        // The pattern as the back ends run it: every kind of line break alike. Its prefilter literal is taken from
        // the rewritten text, so a "\n" in the pattern never asks a CRLF block for an LF.
        var pattern = LineBreakPatterns.Rewrite(spec.Pattern, multiline);
        _regexes.Add(new RegexPlan(
            pattern,
            (spec.Flags & RegexFlags.IgnoreCase) != 0,
            multiline,
            ReferenceEquals(pattern, spec.Pattern) ? spec.RequiredLiteral : ArticleModel.Schema.Binding.RegexAnalysis.RequiredLiteral(pattern, spec.Flags),
            spec.NeedsBacktracking));
        _index.Add(key, index);
        return index;
    }

    /// <summary>The index of the optional pattern, or null.</summary>
    public int? AddOptional(RegexSpec? spec) => spec is null ? null : Add(spec);

    /// <summary>The patterns, by index.</summary>
    public EquatableArray<RegexPlan> ToEquatableArray() => _regexes.ToEquatableArray();
}
