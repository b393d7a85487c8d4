using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Generators.Model;

// Values that flow between pipeline steps. They must stay structurally equatable (strings, enums, primitives,
// EquatableArray, other such records) and never hold ISymbol, Compilation, SyntaxNode or Location, so that the
// incremental driver can cache every step.

/// <summary>What compiling one schema (at Path) gave: the lowered plan to emit (null when nothing could be bound) and the diagnostics.</summary>
internal sealed record CompiledSchema(string Path, SchemaPlan? Plan, EquatableArray<DiagnosticInfo> Diagnostics);
