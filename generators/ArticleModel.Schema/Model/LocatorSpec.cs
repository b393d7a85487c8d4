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
public sealed record LocatorSpec(
    LocatorKind Kind,
    InputFormat Format,
    int Index,
    RegexSpec? Pattern,
    RegionSpec Region,
    RegexSpec? Where,
    string? SourceField,
    TextRange Range)
{
    /// <summary>For a locator of a <c>date</c> field: its <c>format:</c> and <c>zone:</c>, or null when it has neither.</summary>
    public DateSpec? Date { get; init; }

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
                    break;
            }
            if (Region.Start is not null) args.Add((Region.StartInclusive ? "from: " : "after: ") + Region.Start);
            if (Region.End is not null) args.Add((Region.EndInclusive ? "through: " : "until: ") + Region.End);
            if (Where is not null) args.Add("where: " + Where);
            if (Date?.Format is { } format) args.Add("format: " + DateSpec.Quote(format));
            if (Date?.Zone is { } zone) args.Add("zone: " + DateSpec.Quote(zone));
            return "@" + Kind.ToString().ToLowerInvariant() + "(" + string.Join(", ", args) + ")";
        }
    }
}
