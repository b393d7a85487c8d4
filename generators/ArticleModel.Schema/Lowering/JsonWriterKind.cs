namespace ArticleModel.Schema.Lowering;

/// <summary>Which <c>ResultJson.Write…</c> helper writes a value; the member name is <c>"Write" + kind</c>.</summary>
internal enum JsonWriterKind
{
    /// <summary><c>WriteString</c>: text, handle.</summary>
    String,

    /// <summary><c>WriteParagraph</c>.</summary>
    Paragraph,

    /// <summary><c>WriteInt</c>.</summary>
    Int,

    /// <summary><c>WriteDate</c>.</summary>
    Date,

    /// <summary><c>WriteUrl</c>.</summary>
    Url,

    /// <summary><c>WriteObject</c>: a record or a quote.</summary>
    Object,

    /// <summary><c>WriteStrings</c>.</summary>
    Strings,

    /// <summary><c>WriteParagraphs</c>.</summary>
    Paragraphs,

    /// <summary><c>WriteInts</c>.</summary>
    Ints,

    /// <summary><c>WriteDates</c>.</summary>
    Dates,

    /// <summary><c>WriteUrls</c>.</summary>
    Urls,

    /// <summary><c>WriteObjects</c>: records or quotes.</summary>
    Objects,
}
