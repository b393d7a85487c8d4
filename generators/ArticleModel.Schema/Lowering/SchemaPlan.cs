namespace ArticleModel.Schema.Lowering;

/// <summary>
/// A bound schema lowered for the back ends: every decision the C# emitter and the interpreter both need (which
/// locator applies, region bounds and their fallbacks, the value for a missing field, conversions, the quote source,
/// the <c>value</c> group rule, the JSON writer), made once by <see cref="SchemaLowering"/>. The emitter writes it as
/// code and the interpreter runs it; neither decides anything from the <see cref="SchemaModel"/> itself.
/// </summary>
/// <remarks>
/// Must stay structurally equatable — records of strings, enums, primitives and <see cref="EquatableArray{T}"/>, never
/// Roslyn types — because the incremental generator caches on it (<c>TrackingNames.SourceSpec</c>).
/// </remarks>
/// <param name="FilePath">The path the schema was read from.</param>
/// <param name="Namespace">The C# namespace of the generated types, or null for the global namespace.</param>
/// <param name="Records">The <c>record</c> declarations, in file order.</param>
/// <param name="Articles">The <c>article</c> declarations, in file order.</param>
internal sealed record SchemaPlan(
    string FilePath,
    string? Namespace,
    EquatableArray<RecordPlan> Records,
    EquatableArray<ArticlePlan> Articles);
