namespace ArticleModel.Generators.Model;

// A pipeline value: structurally equatable, no Roslyn objects (see CompiledSchema.cs).

/// <summary>One <c>.article</c> additional file's path and text (null when it could not be read).</summary>
internal sealed record SchemaInput(string Path, string? Text);
