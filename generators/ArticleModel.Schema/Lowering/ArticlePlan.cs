namespace ArticleModel.Schema.Lowering;

/// <summary>One <c>article</c>: its fields, drop rules and the order a parse runs them in.</summary>
/// <param name="Name">The declared name, which is also the C# type name.</param>
/// <param name="Doc">The <c>///</c> documentation text (lines joined with '\n'), or null.</param>
/// <param name="Fields">The fields in declaration order (the model's properties and JSON order); <see cref="FieldPlan.Index"/> is the position here.</param>
/// <param name="Drops">The drop rules, run in this order before any field.</param>
/// <param name="EvaluationOrder">Indexes into <paramref name="Fields"/>: the order a parse locates them.</param>
/// <param name="Range">Where the declaration's name is in the schema file (for diagnostics about the type).</param>
/// <param name="JsonLd">How the article is written as schema.org JSON-LD; null when the schema has no <c>jsonld</c> block.</param>
/// <param name="Layouts">The <c>layout</c> blocks, newest first; empty when the article has only its own fields.</param>
/// <param name="CurrentKeyFields">The fields that must be found for the current layout (the article's own fields) to match: every field a layout changes.</param>
/// <param name="Regexes">The distinct patterns of the article (by pattern and flags), referenced by index; each is created once per parser.</param>
internal sealed record ArticlePlan(
    string Name,
    string? Doc,
    EquatableArray<FieldPlan> Fields,
    EquatableArray<DropPlan> Drops,
    EquatableArray<int> EvaluationOrder,
    EquatableArray<RegexPlan> Regexes,
    TextRange Range,
    JsonLdPlan? JsonLd = null,
    EquatableArray<LayoutPlan> Layouts = default,
    EquatableArray<string> CurrentKeyFields = default);
