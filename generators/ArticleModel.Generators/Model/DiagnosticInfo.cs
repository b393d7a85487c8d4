using ArticleModel.Schema;

namespace ArticleModel.Generators.Model;

// A pipeline value: structurally equatable, no Roslyn objects (see CompiledSchema.cs).

/// <summary>A diagnostic with its location reduced to a path and a range.</summary>
internal sealed record DiagnosticInfo(string Id, SchemaSeverity Severity, string Message, string Path, TextRange Range);
