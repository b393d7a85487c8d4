namespace ArticleModel.Schema.Lowering;

/// <summary>The value of a field or record member that found (or converted) nothing.</summary>
internal enum MissingValue
{
    /// <summary>Null (optional values, and required ones that can fail: the diagnostics say why).</summary>
    Null,

    /// <summary>The empty string: a required <c>text</c> or <c>handle</c>, which is never null.</summary>
    EmptyText,

    /// <summary>The empty list: lists are never null.</summary>
    EmptyList,
}
