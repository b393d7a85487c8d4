namespace ArticleModel.Schema.Lowering;

/// <summary>A <c>record</c>: a value filled from one match's named groups (the generated <c>FromMatch</c>).</summary>
/// <param name="Name">The declared name, which is also the C# type name.</param>
/// <param name="Doc">The <c>///</c> documentation text, or null.</param>
/// <param name="Members">The members in declaration order; each is filled from the group of its name.</param>
/// <param name="Range">Where the declaration's name is in the schema file (for diagnostics about the type).</param>
/// <param name="Regexes">The patterns of the members' <c>replace</c> transforms, referenced by index.</param>
internal sealed record RecordPlan(string Name, string? Doc, EquatableArray<RecordMemberPlan> Members, TextRange Range, EquatableArray<RegexPlan> Regexes = default)
{
    /// <summary>Between the field name and the member name in a member's span key and diagnostics: <c>byline.name</c>.</summary>
    public const string MemberSeparator = ".";
}
