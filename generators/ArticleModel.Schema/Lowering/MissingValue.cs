namespace ArticleModel.Schema.Lowering;

/// <summary>
/// The value of a field or record member that found (or converted) nothing. Only <see cref="Null"/> makes the C#
/// property nullable (an optional value); the other kinds are stand-ins of required values, whose property is not
/// nullable. A required value that was not found is marked absent, so JSON still writes <c>null</c> for it (and
/// <c>ParseResult.Success</c> is false, its diagnostics saying why).
/// </summary>
internal enum MissingValue
{
    /// <summary>Null: an optional value (<c>T?</c>).</summary>
    Null,

    /// <summary>The empty string: a required <c>text</c> or <c>handle</c>.</summary>
    EmptyText,

    /// <summary>The empty list: lists are never null, and an empty list is not absent.</summary>
    EmptyList,

    /// <summary><c>default</c>: a required <c>int</c> (0) or <c>date</c> (<c>0001-01-01</c>).</summary>
    Default,

    /// <summary>A paragraph with empty text and an empty span: a required <c>paragraph</c>.</summary>
    EmptyParagraph,

    /// <summary><c>about:blank</c>: a required <c>url</c>.</summary>
    BlankUrl,

    /// <summary>The record with every member at its own missing value (<c>new Byline()</c>): a required record.</summary>
    EmptyRecord,
}
