namespace ArticleModel.Schema.Lowering;

/// <summary>How one article field is located and turned into a value.</summary>
/// <param name="Index">The field's position in <see cref="ArticlePlan.Fields"/>; other fields' anchors and quote sources refer to it.</param>
/// <param name="Name">The schema name (JSON, spans, diagnostics).</param>
/// <param name="PropertyName">The C# property name.</param>
/// <param name="Type">The schema type.</param>
/// <param name="Doc">The <c>///</c> documentation text, or null.</param>
/// <param name="Declaration">The field as written, for comments: <c>headline : text @line(1)</c>.</param>
/// <param name="Strategy">Which locator applies to plain text, and how it is run.</param>
/// <param name="Position">For <see cref="LocateStrategy.Line"/>/<see cref="LocateStrategy.Block"/>: the 1-based position, negative from the end.</param>
/// <param name="Region">The part of the parse view searched.</param>
/// <param name="WhereRegex">The <c>where:</c> pattern (index into <see cref="ArticlePlan.Regexes"/>), or null.</param>
/// <param name="PatternRegex">The <c>@match</c> pattern (index into <see cref="ArticlePlan.Regexes"/>), or null.</param>
/// <param name="Conversion">How found text becomes the value (or each item's value).</param>
/// <param name="ConversionRequired">Whether a failed conversion is an error (else a warning).</param>
/// <param name="ValueGroup">For a scalar <c>@match</c>: the group whose text and span are the value; null for the whole match.</param>
/// <param name="RecordMemberSpans">For a record <c>@match</c>: whether each member's span is recorded as <c>field.member</c>.</param>
/// <param name="QuoteSource">For <see cref="LocateStrategy.Quotes"/>: where the paragraphs come from.</param>
/// <param name="Missing">The value the field has when nothing is found (and what a required text falls back to).</param>
/// <param name="MissingLocator">When not null, a field that finds nothing reports <c>AM3001</c> naming this locator.</param>
/// <param name="Json">The JSON writer of the field.</param>
internal sealed record FieldPlan(
    int Index,
    string Name,
    string PropertyName,
    TypeSpec Type,
    string? Doc,
    string Declaration,
    LocateStrategy Strategy,
    int Position,
    RegionPlan Region,
    int? WhereRegex,
    int? PatternRegex,
    ValueConversion Conversion,
    bool ConversionRequired,
    string? ValueGroup,
    bool RecordMemberSpans,
    QuoteSourcePlan? QuoteSource,
    MissingValue Missing,
    string? MissingLocator,
    JsonWriterKind Json)
{
    /// <summary>For a <c>date</c> field: its locator's <c>format:</c>/<c>zone:</c>, or null for the runtime's defaults.</summary>
    public DateSpec? Date { get; init; }
}
