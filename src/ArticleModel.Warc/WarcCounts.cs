using System.Collections.Generic;

namespace ArticleModel.Warc;

/// <summary>What a <see cref="WarcReader"/> has met so far: records by type (those it skips included) and damage.</summary>
public sealed class WarcCounts
{
    private readonly SortedDictionary<string, long> _byType = new(System.StringComparer.Ordinal);

    internal WarcCounts()
    {
    }

    /// <summary>Records whose header was read, of every type.</summary>
    public long Records { get; private set; }

    /// <summary>Records by <c>WARC-Type</c> (<c>response</c>, <c>request</c>, <c>metadata</c>, …), in name order.</summary>
    public IReadOnlyDictionary<string, long> ByType => _byType;

    /// <summary>Records of a type other than <c>response</c> and <c>resource</c>, which the reader skips.</summary>
    public long Skipped { get; private set; }

    /// <summary>Damage met: damaged gzip members, unreadable headers, wrong lengths, truncation.</summary>
    public long Damaged { get; internal set; }

    /// <summary>Types counted by name at most; records of further types are counted as <see cref="OtherTypes"/>.</summary>
    public const int MaxTypes = 64;

    /// <summary>Longest type name kept; a longer one is counted under its first characters and an ellipsis.</summary>
    public const int MaxTypeLength = 64;

    /// <summary>The key records of types past <see cref="MaxTypes"/> are counted under.</summary>
    public const string OtherTypes = "(other)";

    internal void Add(string type, bool skipped)
    {
        Records++;
        // The types are the archive's own bytes: bounded in number and length, so counting keeps the reader's memory
        // fixed whatever the archive holds (a type per record of 64 KB each grew this without end).
        if (type.Length > MaxTypeLength) type = type.Substring(0, MaxTypeLength) + "…";
        if (!_byType.ContainsKey(type) && _byType.Count >= MaxTypes) type = OtherTypes;
        _byType.TryGetValue(type, out var n);
        _byType[type] = n + 1;
        if (skipped) Skipped++;
    }
}
