using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Generators.Model;

// Values of the cross-file step: every type every schema declares, and what that means for each schema's output.
// Equatable like every pipeline value (see CompiledSchema.cs).

/// <summary>One generated type a schema declares.</summary>
/// <param name="Path">The schema file.</param>
/// <param name="Namespace">The schema's namespace, or null.</param>
/// <param name="Name">The type name.</param>
/// <param name="Range">Where the name is declared.</param>
internal sealed record DeclaredType(string Path, string? Namespace, string Name, TextRange Range)
{
    /// <summary>The C# full name, <c>Namespace.Name</c>.</summary>
    public string FullName => Namespace is null ? Name : Namespace + "." + Name;
}

/// <summary>The types and namespace of one schema (the per-file input of the cross-file step).</summary>
internal sealed record SchemaDeclarations(string Path, string? Namespace, EquatableArray<DeclaredType> Types);

/// <summary>A type's generated file name.</summary>
internal sealed record HintName(string TypeName, string Name);

/// <summary>
/// What the cross-file step decided for one schema: the plan with the types another schema already declares left
/// out, and the hint name of each type it emits (unique across the whole compilation, case-insensitively).
/// </summary>
internal sealed record ResolvedSchema(SchemaPlan Plan, EquatableArray<HintName> HintNames);
