using System.Collections.Generic;
using AngleSharp.Dom;

namespace ArticleModel.Html.Reading;

/// <summary>
/// The text range of each element that produced text, found by the element. Keyed by the element's start-tag offset in
/// the page, an integer whose hash costs nothing: hashing the element object itself (reference identity) made the
/// object-header hash the largest cost of reading a page's blocks. An element without a known offset (one the tree
/// builder made up, like an implied <c>body</c>), or one sharing its offset with another (a formatting element the tree
/// builder reopened), is kept by reference instead.
/// </summary>
internal sealed class ElementTextRanges
{
    private readonly Dictionary<int, (IElement Element, ElementTextRange Range)> _byOffset = new();
    private Dictionary<IElement, ElementTextRange>? _byReference;

    /// <summary>Records <paramref name="range"/> for <paramref name="element"/>, whose start tag is at <paramref name="offset"/> (-1 when unknown).</summary>
    internal void Add(IElement element, int offset, ElementTextRange range)
    {
        if (offset >= 0)
        {
            if (!_byOffset.TryGetValue(offset, out var taken))
            {
                _byOffset.Add(offset, (element, range));
                return;
            }
            if (ReferenceEquals(taken.Element, element))
            {
                _byOffset[offset] = (element, range);
                return;
            }
        }
        _byReference ??= new Dictionary<IElement, ElementTextRange>(ReferenceComparer.Instance);
        _byReference[element] = range;
    }

    /// <summary>The range recorded for <paramref name="element"/>; false when it has none.</summary>
    internal bool TryGet(IElement element, out ElementTextRange range)
    {
        var offset = BlockWalker.StartOf(element);
        if (offset >= 0 && _byOffset.TryGetValue(offset, out var entry) && ReferenceEquals(entry.Element, element))
        {
            range = entry.Range;
            return true;
        }
        if (_byReference is not null && _byReference.TryGetValue(element, out range)) return true;
        range = default;
        return false;
    }

    /// <summary>Reference identity for DOM nodes.</summary>
    private sealed class ReferenceComparer : IEqualityComparer<IElement>
    {
        internal static readonly ReferenceComparer Instance = new();

        public bool Equals(IElement? x, IElement? y) => ReferenceEquals(x, y);

        public int GetHashCode(IElement obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
