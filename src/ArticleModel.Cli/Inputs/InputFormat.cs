namespace ArticleModel.Cli;

/// <summary>How an input is read: <c>--format</c>, or a JSON Lines record's <c>format</c>.</summary>
internal enum InputFormat
{
    /// <summary>Decide per input: by file extension, then by content sniffing (<see cref="FormatDetector"/>).</summary>
    Auto,

    /// <summary>Plain text (<see cref="PlainTextReader"/>).</summary>
    Text,

    /// <summary>A web page (<c>ArticleModel.Html.HtmlReader</c>: browser-style decoding, the DOM for HTML locators).</summary>
    Html,

    /// <summary>Markdown (<c>ArticleModel.Markdown.MarkdownReader</c>: block kinds, headings, front matter for the Markdown locators).</summary>
    Markdown,
}
