using ArticleModel.Schema;

namespace ArticleModel.Generators.Model;

// Values that flow between pipeline steps. They must stay structurally equatable (strings, enums, primitives,
// EquatableArray, other such records) and never hold ISymbol, Compilation, SyntaxNode or Location, so that the
// incremental driver can cache every step.

/// <summary>One <c>.article</c> additional file's path and text (null when it could not be read).</summary>
internal sealed record SchemaInput(string Path, string? Text);

/// <summary>A diagnostic with its location reduced to a path and a range.</summary>
internal sealed record DiagnosticInfo(string Id, SchemaSeverity Severity, string Message, string Path, TextRange Range);

/// <summary>What compiling one schema (at Path) gave: the model to emit (null when nothing could be bound) and the diagnostics.</summary>
internal sealed record CompiledSchema(string Path, SchemaModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The facts about the consuming compilation the emitter needs.</summary>
/// <param name="NeedsIsExternalInit">The target lacks <c>System.Runtime.CompilerServices.IsExternalInit</c> (netstandard2.0, .NET Framework), so one is emitted.</param>
/// <param name="SupportsRecords">The language version is C# 9 or later.</param>
/// <param name="HasNotNullWhen">The target has <c>NotNullWhenAttribute</c> (not in netstandard2.0), used on <c>TryParse</c>.</param>
internal readonly record struct CompilationFacts(bool NeedsIsExternalInit, bool SupportsRecords, bool HasNotNullWhen);
