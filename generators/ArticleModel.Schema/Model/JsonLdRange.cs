namespace ArticleModel.Schema;

/// <summary>What a schema.org property's value is, as ArticleModel writes it; decides which field types fit.</summary>
public enum JsonLdRange
{
    /// <summary>Text: a <c>text</c>, <c>handle</c> or <c>paragraph</c> field, or a string.</summary>
    Text,

    /// <summary>Long text (<c>articleBody</c>): also a list of paragraphs or texts, joined by blank lines.</summary>
    LongText,

    /// <summary>A date or date-time (ISO 8601): a <c>date</c> field.</summary>
    Date,

    /// <summary>A URL: a <c>url</c> field or a string.</summary>
    Url,

    /// <summary>An integer: an <c>int</c> field.</summary>
    Int,

    /// <summary>A <c>Person</c> node: a record with a member map, or a name (text or a string).</summary>
    Person,

    /// <summary>An <c>Organization</c> node: a record with a member map, or a name (text or a string).</summary>
    Organization,
}
