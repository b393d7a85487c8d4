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

    internal void Add(string type, bool skipped)
    {
        Records++;
        _byType.TryGetValue(type, out var n);
        _byType[type] = n + 1;
        if (skipped) Skipped++;
    }
}
