namespace ArticleModel.Cli;

/// <summary>
/// What a JSON Lines record holds besides its <c>id</c>: the article (<c>text</c> or <c>html</c>), and optionally its
/// <c>format</c> (<c>text</c>, <c>html</c>, <c>markdown</c>, <c>auto</c>) and the page <c>url</c>.
/// </summary>
/// <param name="Content">The article: the value of <c>text</c> or of <c>html</c>.</param>
/// <param name="IsHtmlProperty">True when it came from <c>html</c> (which means HTML).</param>
/// <param name="Format">The record's <c>format</c>, or null.</param>
/// <param name="Url">The record's <c>url</c>, or null.</param>
internal readonly record struct JsonLinesContent(string Content, bool IsHtmlProperty, string? Format, string? Url)
{
    /// <summary>
    /// How to read the content: an <c>html</c> property is HTML; else the record's <c>format</c>; else
    /// <paramref name="fallback"/> (<c>--format</c>). False, with the message, for an unknown <c>format</c> or
    /// <c>"format":"text"</c> on an <c>html</c> property.
    /// </summary>
    public bool TryGetFormat(InputFormat fallback, out InputFormat format, out string? error)
    {
        error = null;
        format = fallback;
        InputFormat? declared;
        switch (Format)
        {
            case null: declared = null; break;
            case "text": declared = InputFormat.Text; break;
            case "html": declared = InputFormat.Html; break;
            case "markdown": declared = InputFormat.Markdown; break;
            case "auto": declared = InputFormat.Auto; break;
            default:
                error = $"the record's \"format\" '{Format}' is not one of text, html, markdown, auto";
                return false;
        }
        if (IsHtmlProperty)
        {
            if (declared is InputFormat.Text or InputFormat.Markdown)
            {
                error = $"the record has \"html\" but \"format\":\"{Format}\"; use \"text\" for {(declared == InputFormat.Text ? "plain text" : "Markdown")}, or drop \"format\"";
                return false;
            }
            format = InputFormat.Html;
            return true;
        }
        if (declared is not null) format = declared.Value;
        return true;
    }
}
