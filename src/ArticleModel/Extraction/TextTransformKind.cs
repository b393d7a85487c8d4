namespace ArticleModel.CompilerServices;

/// <summary>The steps <see cref="TextTransform"/> runs.</summary>
internal enum TextTransformKind
{
    Trim,
    TrimPrefix,
    TrimSuffix,
    Replace,
    Collapse,
    Lowercase,
    Uppercase,
    Titlecase,
    Split,
}
