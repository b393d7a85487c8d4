// The bound schema model: what the binder produces (one type per file in Model/). Lowering/SchemaLowering turns it
// into the SchemaPlan both back ends (the C# emitter and the runtime interpreter) transcribe. It must stay
// structurally equatable: records of strings, enums, primitives and EquatableArray<T>, never Roslyn types.
namespace ArticleModel.Schema;

/// <summary>One compiled <c>.article</c> file.</summary>
/// <param name="FilePath">The path the schema was read from.</param>
/// <param name="Namespace">The C# namespace of the generated types, or null for the global namespace.</param>
/// <param name="Articles">The <c>article</c> declarations, in file order.</param>
/// <param name="Records">The <c>record</c> declarations, in file order.</param>
public sealed record SchemaModel(
    string FilePath,
    string? Namespace,
    EquatableArray<ArticleSpec> Articles,
    EquatableArray<RecordSpec> Records);
