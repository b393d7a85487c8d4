namespace ArticleModel;

/// <summary>
/// IDs of the diagnostics the runtime reports while reading and parsing articles. Schema diagnostics
/// (<c>AM0xxx</c>, <c>AM1xxx</c>) come from the schema compiler; see docs/diagnostics.md for every ID.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>The input held byte sequences that are not valid UTF-8; they were replaced with U+FFFD.</summary>
    public const string InvalidUtf8 = "AM2001";

    /// <summary>The input holds NUL or other control characters, so it is probably not text; they are read as white space.</summary>
    public const string ControlCharacters = "AM2002";

    /// <summary>The input is empty or holds only white space.</summary>
    public const string EmptyInput = "AM2003";

    /// <summary>The input could not be read at all (for example an I/O error).</summary>
    public const string UnreadableInput = "AM2004";

    /// <summary>An HTML page declared no encoding (no byte-order mark, transport charset or meta charset); the reader guessed it.</summary>
    public const string HtmlEncodingGuessed = "AM2020";

    /// <summary>An HTML page declared an encoding this runtime does not know; the declaration was ignored.</summary>
    public const string HtmlUnknownEncoding = "AM2021";

    /// <summary>An HTML page held bytes that are not valid in its encoding; they were replaced with U+FFFD.</summary>
    public const string HtmlInvalidBytes = "AM2022";

    /// <summary>An HTML page was larger than the reader's limit; only its first part was read.</summary>
    public const string HtmlInputTruncated = "AM2023";

    /// <summary>An HTML page nested its elements deeper than the reader's limit; the deeper start tags were ignored.</summary>
    public const string HtmlNestingTooDeep = "AM2024";

    /// <summary>An HTML page's meta charset named a legacy encoding, but its bytes are valid UTF-8 with multi-byte characters; it was decoded as UTF-8.</summary>
    public const string HtmlMetaCharsetContradicted = "AM2025";

    /// <summary>An <c>@xpath</c> expression needed more work than the page's size allows (XPath 1.0 can be quadratic); it was cut and gave nothing.</summary>
    public const string HtmlXPathWorkExceeded = "AM2026";

    /// <summary>A JSON-LD script of an HTML page is not valid JSON; it was skipped.</summary>
    public const string HtmlJsonLdMalformed = "AM2030";

    /// <summary>A JSON-LD script of an HTML page is too large or nested too deep to read; it was skipped.</summary>
    public const string HtmlJsonLdTooLarge = "AM2031";

    /// <summary>A CSS selector of an HTML locator could not be used on the page; the locator found nothing.</summary>
    public const string HtmlSelectorUnusable = "AM2032";

    /// <summary>A required field was not found in the article.</summary>
    public const string RequiredFieldMissing = "AM3001";

    /// <summary>A value was found but could not be converted to the field's type (int, date, url, handle).</summary>
    public const string ConversionFailed = "AM3002";

    /// <summary>A schema regular expression took longer than its time limit on this input; the locator found nothing.</summary>
    public const string RegexTimeout = "AM3003";

    /// <summary>A record field a named group should fill was not captured by the match.</summary>
    public const string RecordFieldMissing = "AM3004";

    /// <summary>The parse's time budget for backtracking patterns was used up; the remaining ones were not run.</summary>
    public const string ParseTimeBudgetExhausted = "AM3005";

    /// <summary>A <c>replace</c> transform would have made a value longer than four times the found text plus 4,096 characters; the step was not applied.</summary>
    public const string TransformResultTooLong = "AM3026";

    /// <summary>A date locator's <c>zone:</c> names a time zone this machine does not know; times of day keep no offset.</summary>
    public const string TimeZoneUnknown = "AM3015";

    /// <summary>A Markdown file nests its blocks or inlines deeper than the reader's limit; it was read as plain text (one paragraph per run of lines).</summary>
    public const string MarkdownNestingTooDeep = "AM3016";

    /// <summary>A line of a Markdown file's YAML front matter could not be read as <c>key: value</c>, a list item or a continuation; it was skipped.</summary>
    public const string MarkdownFrontMatterUnreadable = "AM3017";

    /// <summary>An HTML page holds no article the <c>@content</c> locator could find (a home, section or search page, or too little text); the field found nothing.</summary>
    public const string HtmlNoArticleContent = "AM3020";

    /// <summary>An article with layouts was tried under each in order and none found every field it names; the current layout's result is given.</summary>
    public const string NoLayoutMatched = "AM3021";

    /// <summary>A gzip member of a WARC file is damaged (its compressed data cannot be inflated, or its end is not where its trailer says); the reader went on at the next member.</summary>
    public const string WarcCompressedDataDamaged = "AM3030";

    /// <summary>A WARC file ends inside a record (or inside a gzip member): the rest of that record is missing.</summary>
    public const string WarcTruncated = "AM3031";

    /// <summary>A WARC record's header is unreadable (no <c>WARC/1.x</c> line where a record should start, no valid <c>Content-Length</c>, or a header too long); the reader went on at the next record.</summary>
    public const string WarcHeaderMalformed = "AM3032";

    /// <summary>A WARC record's block does not end where its <c>Content-Length</c> says (no blank line after it); the record is dropped and the reader went on at the next record.</summary>
    public const string WarcBlockLengthWrong = "AM3033";

    /// <summary>A WARC record is larger than the reader's limit; it was skipped without being held in memory.</summary>
    public const string WarcRecordTooLarge = "AM3034";

    /// <summary>A WARC response record's HTTP message is unreadable (no status line, headers without an end, or broken chunked framing).</summary>
    public const string WarcHttpMalformed = "AM3035";

    /// <summary>A WARC response's HTTP body has a <c>Content-Encoding</c> this reader cannot undo (only gzip, deflate and identity), or undoing it failed.</summary>
    public const string WarcContentEncodingUnsupported = "AM3036";
    /// <summary>A WARC input held more bytes in a row than the reader's limit (1 GiB by default) without a record header (garbage, blank lines, damaged or empty gzip members); reading stopped there.</summary>
    public const string WarcReadingAbandoned = "AM3038";

    /// <summary>A site schema found nothing for some fields, and the built-in WebArticle's values were taken for them (<c>ArticleModel.Sites</c>, the CLI's <c>--fallback webarticle</c> and <c>--sites</c>; info).</summary>
    public const string FieldsFromWebArticle = "AM3025";

    /// <summary>
    /// A site schema's value was checked against the built-in WebArticle's and refused (a title that is the site's name or
    /// another story's, authors that are not names, a day without the time WebArticle has) or trimmed (a name given twice,
    /// body blocks before WebArticle's first paragraph) (<c>ArticleModel.Sites</c>, <c>--fallback webarticle</c>, <c>--sites</c>; info).
    /// </summary>
    public const string ImportedValueChecked = "AM3037";
}
