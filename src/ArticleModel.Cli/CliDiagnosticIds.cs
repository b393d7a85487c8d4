namespace ArticleModel.Cli;

/// <summary>
/// The diagnostics only the <c>articlemodel</c> tool reports (AM2040–AM2049, AM2055–AM2059, AM2060–AM2069, AM2070–AM2079, AM2080–AM2089); each has a section in
/// <c>docs/diagnostics.md</c>. Input diagnostics the readers and parsers report keep their own IDs (AM2001–AM2024…).
/// </summary>
internal static class CliDiagnosticIds
{
    /// <summary>A JSON Lines record's <c>format</c> is not <c>text</c>, <c>html</c> or <c>auto</c>, or contradicts its content property (error; the record is skipped).</summary>
    public const string RecordFormatInvalid = "AM2040";

    /// <summary>A JSON Lines record's <c>url</c> is not an absolute http(s) address (warning; links resolve only against the page's <c>&lt;base&gt;</c>).</summary>
    public const string RecordUrlInvalid = "AM2041";

    /// <summary><c>scaffold</c>: the page gives no candidate for a field (warning; the field is written commented out).</summary>
    public const string ScaffoldNoCandidate = "AM2045";

    /// <summary><c>scaffold</c>: a field of the written schema did not come out of the page when the schema was run on it (warning).</summary>
    public const string ScaffoldFieldNotVerified = "AM2046";

    /// <summary><c>parse --out jsonld</c> with a schema whose article has no <c>jsonld</c> block (usage error, exit 2).</summary>
    public const string NoJsonLdMapping = "AM2055";

    /// <summary><c>parse</c> without <c>--schema</c> on an input read as plain text: the built-in WebArticle reads web pages, so nothing is found (warning).</summary>
    public const string TextInputWithoutSchema = "AM2060";

    /// <summary><c>import ftr</c>: a rule file cannot be read or is too large (error; the file is skipped).</summary>
    public const string ImportFileUnreadable = "AM2070";

    /// <summary><c>import ftr</c>: nothing of a rule file could be said as a schema that passes the check (warning; no schema is written for it).</summary>
    public const string ImportNothing = "AM2071";

    /// <summary><c>parse --warc</c>: a record's payload is not a web page (its media type is not HTML); it is not parsed (info).</summary>
    public const string WarcRecordNotHtml = "AM2080";

    /// <summary><c>parse --warc</c>: a response's HTTP status is not 2xx (a redirect, an error page); it is not parsed (info).</summary>
    public const string WarcHttpStatusNotOk = "AM2081";

    /// <summary><c>parse --warc</c>: a WARC input cannot be opened or read (error; the batch goes on with the next input).</summary>
    public const string WarcInputUnreadable = "AM2082";

    /// <summary><c>parse --warc --summary FILE</c>: the summary file cannot be written (error).</summary>
    public const string WarcSummaryUnwritable = "AM2083";
}
