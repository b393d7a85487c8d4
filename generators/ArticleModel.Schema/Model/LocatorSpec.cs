namespace ArticleModel.Schema;

/// <summary>Where a field's value is in the input.</summary>
/// <param name="Kind">The locator.</param>
/// <param name="Format">The input format it applies to.</param>
/// <param name="Index">For <c>@line</c>/<c>@block</c>: the 1-based position, negative from the end; otherwise 0.</param>
/// <param name="Pattern">For <c>@match</c>: the pattern.</param>
/// <param name="Region">The part of the document searched (whole document when both bounds are null).</param>
/// <param name="Where">A pattern the found text must match, or the locator finds nothing (<c>where:</c>).</param>
/// <param name="SourceField">For <c>@quotes(in: f)</c>: the field whose paragraphs are searched.</param>
/// <param name="Range">Where the locator is written.</param>
/// <param name="Part">For <c>@match</c>: which part of the matched block is the value (<c>part: after|before</c>).</param>
/// <param name="Strip">For <c>@line</c>/<c>@block</c>/<c>@blocks</c>: a pattern whose match at the start of the found text is removed from it (<c>strip: /re/</c>).</param>
/// <param name="Html">For the HTML locators (<c>@css</c>, <c>@meta</c>, <c>@jsonld</c>): their arguments; otherwise null.</param>
public sealed record LocatorSpec(
    LocatorKind Kind,
    InputFormat Format,
    int Index,
    RegexSpec? Pattern,
    RegionSpec Region,
    RegexSpec? Where,
    string? SourceField,
    TextRange Range,
    BlockPart Part = BlockPart.Match,
    RegexSpec? Strip = null,
    HtmlLocatorSpec? Html = null)
{
    /// <summary>For a locator of a <c>date</c> field: its <c>format:</c> and <c>zone:</c>, or null when it has neither.</summary>
    public DateSpec? Date { get; init; }

    /// <summary>For <c>@quotes</c>: its <c>minWords:</c>, <c>marks:</c> and <c>organisations:</c>, or null when it has none of them.</summary>
    public QuoteOptionsSpec? Quotes { get; init; }

    /// <summary>For the Markdown locators (<c>@heading</c>, <c>@frontmatter</c>): their arguments; otherwise null.</summary>
    public MarkdownLocatorSpec? Markdown { get; init; }

    /// <summary>For <c>@blocks(kind: …)</c>: the block kinds kept (names of <c>ArticleModel.BlockKind</c> members), in the order written; empty for every block.</summary>
    public EquatableArray<string> BlockKinds { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The locator as written, for messages: <c>@line(1)</c>, <c>@match(/…/)</c>.</summary>
    public string Display
    {
        get
        {
            var args = new System.Collections.Generic.List<string>();
            switch (Kind)
            {
                case LocatorKind.Line:
                case LocatorKind.Block:
                    args.Add(Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case LocatorKind.Match:
                    args.Add(Pattern!.ToString());
                    break;
                case LocatorKind.Quotes:
                    args.Add("in: " + SourceField);
                    if (Quotes is { IsDefault: false } quotes) args.Add(quotes.Display);
                    break;
                case LocatorKind.Css:
                case LocatorKind.XPath:
                case LocatorKind.Meta:
                case LocatorKind.JsonLd:
                case LocatorKind.Content:
                {
                    // A date field's format:/zone: follow the HTML locator's own arguments.
                    var html = Html!.Display;
                    var date = new System.Collections.Generic.List<string>();
                    if (Date?.Format is { } htmlFormat) date.Add("format: " + DateSpec.Quote(htmlFormat));
                    if (Date?.Zone is { } htmlZone) date.Add("zone: " + DateSpec.Quote(htmlZone));
                    return date.Count == 0 ? html : html.Substring(0, html.Length - 1) + ", " + string.Join(", ", date) + ")";
                }
                case LocatorKind.Heading:
                case LocatorKind.FrontMatter:
                    args.Add(Markdown!.Arguments);
                    break;
            }
            if (Region.Start is not null) args.Add((Region.StartInclusive ? "from: " : "after: ") + Region.Start);
            if (Region.End is not null) args.Add((Region.EndInclusive ? "through: " : "until: ") + Region.End);
            if (Where is not null) args.Add("where: " + Where);
            if (BlockKinds.Count > 0) args.Add("kind: " + string.Join(" | ", BlockKindNames.Written(BlockKinds)));
            if (Part != BlockPart.Match) args.Add("part: " + (Part == BlockPart.After ? "after" : "before"));
            if (Strip is not null) args.Add("strip: " + Strip);
            if (Date?.Format is { } format) args.Add("format: " + DateSpec.Quote(format));
            if (Date?.Zone is { } zone) args.Add("zone: " + DateSpec.Quote(zone));
            return "@" + Kind.ToString().ToLowerInvariant() + "(" + string.Join(", ", args) + ")";
        }
    }
}
