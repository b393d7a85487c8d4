namespace ArticleModel.Schema.Lowering;

/// <summary>One JSON-LD property: its writer, its value and, for a node written from a record, the node's properties.</summary>
/// <param name="Name">The schema.org property name.</param>
/// <param name="Writer">How it is written (decided by <see cref="JsonLdWriters.Choose"/>).</param>
/// <param name="NodeType">For a node writer: <c>Person</c> or <c>Organization</c>; else null.</param>
/// <param name="Parts">The value: one reference, or a string's literal parts and references in order (<paramref name="IsString"/>).</param>
/// <param name="IsString">The value is text made of <paramref name="Parts"/> (a constant or a template); absent when any referenced value is absent.</param>
/// <param name="Members">For <see cref="JsonLdWriterKind.Node"/>/<see cref="JsonLdWriterKind.Nodes"/>: the node's properties, their references members of the record (<see cref="JsonLdValuePlan.Field"/> -1), or for a node made of fields (no <paramref name="Parts"/>) the article's fields.</param>
/// <param name="KeyMember">For a node made of fields: the index in <paramref name="Members"/> of its <c>name</c>, whose presence decides whether the node is written; else -1.</param>
internal sealed record JsonLdPropertyPlan(
    string Name,
    JsonLdWriterKind Writer,
    string? NodeType,
    EquatableArray<JsonLdValuePlan> Parts,
    bool IsString,
    EquatableArray<JsonLdPropertyPlan> Members,
    int KeyMember = -1);
