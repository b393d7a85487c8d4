namespace ArticleModel.Interpreter;

/// <summary>The value type of a field of an interpreted article or record, as the schema names it.</summary>
public enum InterpretedFieldKind
{
    /// <summary><c>text</c>: a white-space-normalised <see cref="string"/>.</summary>
    Text,

    /// <summary><c>paragraph</c>: an <see cref="ArticleModel.Paragraph"/> (text and span).</summary>
    Paragraph,

    /// <summary><c>int</c>: an <see cref="int"/>.</summary>
    Int,

    /// <summary><c>date</c>: an <see cref="ArticleModel.ArticleDate"/> (a date, optionally with a time of day and a UTC offset).</summary>
    Date,

    /// <summary><c>url</c>: an absolute <see cref="System.Uri"/>.</summary>
    Url,

    /// <summary><c>handle</c>: a social-media handle <see cref="string"/> without its <c>@</c>.</summary>
    Handle,

    /// <summary><c>quote</c>: an <see cref="ArticleModel.Quote"/>.</summary>
    Quote,

    /// <summary>A schema <c>record</c> (a <see cref="RecordValue"/>); see <see cref="InterpretedFieldType.RecordName"/>.</summary>
    Record,
}
