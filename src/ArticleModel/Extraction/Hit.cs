using System.ComponentModel;

namespace ArticleModel.CompilerServices;

/// <summary>
/// Where a locator found something: a run of lines of the parse view, inclusive at both ends.
/// The default value means "found nothing".
/// </summary>
/// <remarks>For generated code and the interpreter only; it may change between versions without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Hit
{
    private readonly int _lastPlusOne;

    /// <summary>Creates a hit over view lines <paramref name="first"/> to <paramref name="last"/>.</summary>
    public Hit(int first, int last)
    {
        First = first;
        _lastPlusOne = last + 1;
    }

    /// <summary>Nothing found.</summary>
    public static Hit None => default;

    /// <summary>True when something was found.</summary>
    public bool Found => _lastPlusOne > 0;

    /// <summary>Index (in the parse view) of the first line.</summary>
    public int First { get; }

    /// <summary>Index (in the parse view) of the last line.</summary>
    public int Last => _lastPlusOne - 1;

    /// <summary>The smallest hit covering every found hit of <paramref name="hits"/>; <see cref="None"/> when none was found.</summary>
    public static Hit Cover(Hit[] hits)
    {
        int first = int.MaxValue, last = -1;
        foreach (var h in hits)
        {
            if (!h.Found) continue;
            if (h.First < first) first = h.First;
            if (h.Last > last) last = h.Last;
        }
        return last < 0 ? None : new Hit(first, last);
    }

    /// <inheritdoc />
    public override string ToString() => Found ? $"lines {First}..{Last}" : "none";
}
