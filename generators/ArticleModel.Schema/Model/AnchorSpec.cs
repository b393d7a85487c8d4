namespace ArticleModel.Schema;

/// <summary>
/// A region bound: alternatives tried in order (<c>after: dek | headline</c>); the first present one wins.
/// When none is present the bound is the document's edge.
/// </summary>
public sealed record AnchorSpec(EquatableArray<AnchorAlternative> Alternatives)
{
    /// <summary>The anchor as written: <c>dek | headline</c>.</summary>
    public override string ToString() => string.Join(" | ", System.Linq.Enumerable.Select(Alternatives, a => a.ToString()));
}
