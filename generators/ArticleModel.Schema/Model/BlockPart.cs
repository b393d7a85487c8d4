namespace ArticleModel.Schema;

/// <summary>Which part of a matched block an <c>@match</c> takes (<c>part:</c>).</summary>
public enum BlockPart
{
    /// <summary>The match itself (or its <c>value</c> group, or its groups for a record): the default.</summary>
    Match,

    /// <summary><c>part: after</c>: the rest of the block after the match.</summary>
    After,

    /// <summary><c>part: before</c>: the part of the block before the match.</summary>
    Before,
}
