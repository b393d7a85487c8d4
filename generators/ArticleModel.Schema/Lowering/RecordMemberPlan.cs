namespace ArticleModel.Schema.Lowering;

/// <summary>A member of a <c>record</c>.</summary>
/// <param name="Name">The schema name: JSON name and the regex group it is filled from.</param>
/// <param name="PropertyName">The C# property name.</param>
/// <param name="Type">Its (scalar) type.</param>
/// <param name="Doc">The <c>///</c> documentation text, or null.</param>
/// <param name="Conversion">How the group's text becomes the value.</param>
/// <param name="Required">A missing group reports <c>AM3004</c>, and a failed conversion is an error.</param>
/// <param name="Missing">The value when the group did not take part or the conversion failed.</param>
/// <param name="Json">The JSON writer of the member.</param>
/// <param name="Transforms">The member's value transforms, applied to the group's text (indexes into <see cref="RecordPlan.Regexes"/>).</param>
internal sealed record RecordMemberPlan(
    string Name,
    string PropertyName,
    TypeSpec Type,
    string? Doc,
    ValueConversion Conversion,
    bool Required,
    MissingValue Missing,
    JsonWriterKind Json,
    EquatableArray<TransformStepPlan> Transforms = default);
