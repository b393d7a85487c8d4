namespace ArticleModel.Sites;

/// <summary>What part of a figure a body block is, as the page's markup says (<see cref="FigureParts"/>).</summary>
internal enum FigurePart
{
    /// <summary>Not inside a figure, a caption or a credit.</summary>
    None,

    /// <summary>A caption: inside <c>figcaption</c> or an element whose class names say "caption".</summary>
    Caption,

    /// <summary>Another part of a figure: a credit line (class names saying "credit"), a button or label inside a <c>figure</c>.</summary>
    Other,
}
