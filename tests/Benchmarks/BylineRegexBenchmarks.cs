using System;
using System.Linq;
using System.Text.RegularExpressions;
using ArticleModel.CompilerServices;
using BenchmarkDotNet.Attributes;

namespace ArticleModel.Benchmarks;

/// <summary>
/// The byline pattern of <c>NewsStructure.article</c> on the bio lines of the sample corpus, on each regex engine: what
/// the structure parse pays for its one record <c>@match</c> (docs/performance.md, "Structure path: profile").
/// One operation matches every bio line once.
/// </summary>
[MemoryDiagnoser]
public class BylineRegexBenchmarks
{
    private const string Pattern =
        @"^(?<name>[^,.]+?) is (?:the |a |an )?(?<role>[^,]+?) (?:of|at|for) (?<outlet>[^,]+?), follow (?:him|her|them) on (?:Twitter|X) @(?<twitter>\w+)\.?$";

    // The same pattern with its groups made non-capturing: what the plan runs when a use reads only the match's
    // bounds (issue 13 idea a; CapturePatterns in the schema compiler).
    private const string BoundsOnlyPattern =
        @"^(?:[^,.]+?) is (?:the |a |an )?(?:[^,]+?) (?:of|at|for) (?:[^,]+?), follow (?:him|her|them) on (?:Twitter|X) @(?:\w+)\.?$";

    private string[] _bios = null!;
    private Regex _nonBacktracking = null!;
    private Regex _boundsOnly = null!;
    private Regex _compiled = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bios = Corpus.LoadTexts()
            .SelectMany(t => t.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.Contains(", follow "))
            .ToArray();
        // The schema's engine choice (non-backtracking: no backtracking construct) and the backtracking engine.
        _nonBacktracking = SchemaRegex.Create(Pattern, false, false, needsBacktracking: false);
        _compiled = SchemaRegex.Create(Pattern, false, false, needsBacktracking: true);
        _boundsOnly = SchemaRegex.Create(BoundsOnlyPattern, false, false, needsBacktracking: false);
        System.Console.WriteLine($"// {_bios.Length} bio lines, {_bios.Sum(b => b.Length)} chars");
    }

    [Benchmark(Baseline = true, Description = "non-backtracking, Match + 4 groups (what the parse runs)")]
    public int NonBacktrackingGroups()
    {
        var n = 0;
        foreach (var b in _bios)
        {
            var m = _nonBacktracking.Match(b);
            n += m.Groups["name"].Length + m.Groups["twitter"].Length;
        }
        return n;
    }

    [Benchmark(Description = "non-backtracking, IsMatch (no captures)")]
    public int NonBacktrackingIsMatch()
    {
        var n = 0;
        foreach (var b in _bios) n += _nonBacktracking.IsMatch(b.AsSpan()) ? 1 : 0;
        return n;
    }

    [Benchmark(Description = "non-backtracking, Match, groups made non-capturing (bounds only)")]
    public int NonBacktrackingBoundsOnly()
    {
        var n = 0;
        foreach (var b in _bios) n += _boundsOnly.Match(b).Length;
        return n;
    }

    [Benchmark(Description = "non-backtracking, bounds first, then Match + 4 groups on the matched part only")]
    public int NonBacktrackingBoundsThenGroups()
    {
        // Issue 13 idea (b). The engine's capture pass already runs over the match only (after it has found the
        // bounds), and a bio line is the whole block: this row shows what the extra step costs.
        var n = 0;
        foreach (var b in _bios)
        {
            var bounds = _boundsOnly.Match(b);
            if (!bounds.Success) continue;
            var m = _nonBacktracking.Match(b, bounds.Index, bounds.Length);
            n += m.Groups["name"].Length + m.Groups["twitter"].Length;
        }
        return n;
    }

    [Benchmark(Description = "backtracking (Compiled), Match + 4 groups")]
    public int CompiledGroups()
    {
        var n = 0;
        foreach (var b in _bios)
        {
            var m = _compiled.Match(b);
            n += m.Groups["name"].Length + m.Groups["twitter"].Length;
        }
        return n;
    }
}
