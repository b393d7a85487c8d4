namespace ArticleModel.Schema.Lowering;

/// <summary>
/// One part of a JSON-LD value: literal text, or a reference — a field (<paramref name="Field"/>), a member of a single
/// record field (<paramref name="Field"/> and <paramref name="Member"/>), or inside a node's member map a member of the
/// node's record (<paramref name="Field"/> -1). A reference to a value that is absent (optional and not found, or
/// required and not found) makes the property absent: it is left out.
/// </summary>
/// <param name="Literal">The literal text, or null for a reference.</param>
/// <param name="Field">The article field's index, or -1 (a literal, or a member of the node's record).</param>
/// <param name="Member">The record member's index, or -1 (a literal or a field).</param>
/// <param name="Kind">The referenced value's kind (how a template writes it as text).</param>
/// <param name="RecordName">The record the member belongs to, when <paramref name="Member"/> is not -1.</param>
internal sealed record JsonLdValuePlan(string? Literal, int Field, int Member, ValueKind Kind, string? RecordName);
