namespace ArticleModel.Schema;

/// <summary>
/// One part of a JSON-LD source: literal text, or a reference to a field (<paramref name="Field"/>), a member of a single
/// record field (<paramref name="Field"/> and <paramref name="Member"/>), or — inside a member map — a member of the node's
/// record (<paramref name="Member"/> only).
/// </summary>
/// <param name="Literal">The literal text, or null for a reference.</param>
/// <param name="Field">The article field referred to, or null (a literal, or a member of the node's record).</param>
/// <param name="Member">The record member referred to, or null.</param>
/// <param name="Type">The referenced value's type, or null for a literal.</param>
public sealed record JsonLdPartSpec(string? Literal, string? Field, string? Member, TypeSpec? Type);
