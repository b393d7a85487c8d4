namespace ArticleModel.Schema.Lowering;

/// <summary>How one article field is located and turned into a value.</summary>
/// <param name="Index">The field's position in <see cref="ArticlePlan.Fields"/>; other fields' anchors and quote sources refer to it.</param>
/// <param name="Name">The schema name (JSON, spans, diagnostics).</param>
/// <param name="PropertyName">The C# property name.</param>
/// <param name="Type">The schema type.</param>
/// <param name="Doc">The <c>///</c> documentation text, or null.</param>
/// <param name="Declaration">The field as written, for comments: <c>headline : text @line(1)</c>.</param>
/// <param name="Locators">The plain-text locators (and <c>@quotes</c>), in declaration order: ordered fallbacks, the first that yields a value wins (for a list, the first non-empty list). Empty when none applies.</param>
/// <param name="Transforms">The value transform pipeline applied to each value's text before conversion; a value empty after it counts as not found.</param>
/// <param name="Conversion">How found text becomes the value (or each item's value).</param>
/// <param name="ConversionRequired">Whether a failed conversion is an error (else a warning).</param>
/// <param name="RecordMemberSpans">For a record <c>@match</c>: whether each member's span is recorded as <c>field.member</c>.</param>
/// <param name="QuoteSource">For a <c>@quotes</c> field: where the paragraphs come from; null for every other field.</param>
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
    EquatableArray<LocatorPlan> Locators,
    EquatableArray<TransformStepPlan> Transforms,
    ValueConversion Conversion,
    bool ConversionRequired,
    bool RecordMemberSpans,
    QuoteSourcePlan? QuoteSource,
    MissingValue Missing,
    string? MissingLocator,
    JsonWriterKind Json)
{
    /// <summary>
    /// Whether a found text that does not convert (a single <c>int</c>, <c>date</c>, <c>url</c> or <c>handle</c> with
    /// fallbacks) lets the next locator be tried: the first text that converts wins; when none does, the first text
    /// found is the value and its failed conversion is reported (AM3002).
    /// </summary>
    public bool FallsThroughFailedConversion =>
        Locators.Count > 1 && !Type.IsList && Conversion is ValueConversion.Int or ValueConversion.Date or ValueConversion.Url or ValueConversion.Handle;

    /// <summary>
    /// When <see cref="FallsThroughFailedConversion"/>: the conversion each fallback's text must pass to win, as
    /// <c>ParseContext.Converts</c> names it (<c>int</c>, <c>date</c>, <c>url</c>, <c>handle</c>); otherwise null.
    /// </summary>
    public string? FallThroughConversion => !FallsThroughFailedConversion ? null : Conversion switch
    {
        ValueConversion.Int => "int",
        ValueConversion.Date => "date",
        ValueConversion.Url => "url",
        _ => "handle",
    };
    /// <summary>For a <c>date</c> field: its locator's <c>format:</c>/<c>zone:</c>, or null for the runtime's defaults.</summary>
    public DateSpec? Date { get; init; }

    /// <summary>For a <c>@quotes</c> field: its <c>minWords:</c>/<c>marks:</c>/<c>organisations:</c>, or null for the extractor's defaults.</summary>
    public QuoteOptionsSpec? QuoteOptions { get; init; }
}
