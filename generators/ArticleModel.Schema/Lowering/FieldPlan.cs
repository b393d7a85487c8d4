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
    JsonWriterKind Json);
