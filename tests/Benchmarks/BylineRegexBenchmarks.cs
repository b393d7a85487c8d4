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

    private string[] _bios = null!;
    private Regex _nonBacktracking = null!;
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
