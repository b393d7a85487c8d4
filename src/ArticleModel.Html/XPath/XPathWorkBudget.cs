using System;

namespace ArticleModel.Html.XPath;

/// <summary>
/// A bound on the work of one <c>@xpath</c> evaluation, counted in navigator moves (and in 64-character pieces of the
/// string values read), not in time, so the result is the same on any machine and under any load. XPath 1.0 has no
/// linear-time guarantee: <c>//*[count(//*) &gt; 1]</c> walks the whole page once per element, and on a page of 100,000
/// elements that is 10^10 moves (hours). The allowance grows with the page, so ordinary expressions (a few walks of
/// the page, each step of a path) never come near it.
/// </summary>
internal sealed class XPathWorkBudget
{
    /// <summary>Moves allowed per node of the page.</summary>
    public const long MovesPerNode = 100;

    /// <summary>Moves allowed on any page, however small.</summary>
    public const long MinimumMoves = 1_000_000;

    private long _remaining;

    public XPathWorkBudget(long moves) => _remaining = moves;

    /// <summary>The allowance for one evaluation over a page of <paramref name="nodeCount"/> nodes.</summary>
    public static XPathWorkBudget For(int nodeCount) => new(MinimumMoves + MovesPerNode * nodeCount);

    /// <summary>Charges <paramref name="units"/>; past the allowance the evaluation is abandoned.</summary>
    /// <exception cref="XPathWorkBudgetExceededException">The allowance is used up.</exception>
    public void Charge(long units)
    {
        _remaining -= units;
        if (_remaining < 0) throw new XPathWorkBudgetExceededException();
    }
}
