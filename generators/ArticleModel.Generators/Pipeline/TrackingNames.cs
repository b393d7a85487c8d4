namespace ArticleModel.Generators.Pipeline;

/// <summary>Names of the generator's tracked pipeline steps; the incrementality tests assert on them.</summary>
public static class TrackingNames
{
    /// <summary>The path and text of each <c>.article</c> file.</summary>
    public const string SchemaText = nameof(SchemaText);

    /// <summary>Each schema compiled, lowered to its equatable plan, and its diagnostics.</summary>
    public const string CompiledSchema = nameof(CompiledSchema);

    /// <summary>The lowered plan of each schema (what the emitter transcribes).</summary>
    public const string SourceSpec = nameof(SourceSpec);

    /// <summary>The diagnostics of each schema.</summary>
    public const string SchemaDiagnostics = nameof(SchemaDiagnostics);

    /// <summary>The types and namespace each schema declares (input of the cross-file step).</summary>
    public const string DeclaredTypes = nameof(DeclaredTypes);

    /// <summary>Every type declared by every schema of the compilation, sorted (the cross-file step).</summary>
    public const string TypeNameTable = nameof(TypeNameTable);

    /// <summary>AM1004/AM1005 from the cross-file step.</summary>
    public const string TypeNameDiagnostics = nameof(TypeNameDiagnostics);

    /// <summary>A source spec without the types another schema already declares, with its unique hint names.</summary>
    public const string ResolvedSourceSpec = nameof(ResolvedSourceSpec);

    /// <summary>Facts about the user's compilation the emitter needs (reduced to plain values).</summary>
    public const string CompilationFacts = nameof(CompilationFacts);

    /// <summary>A source spec joined with the compilation facts.</summary>
    public const string EmitInput = nameof(EmitInput);

    /// <summary>Each schema's first HTML locator (path and place), or null: the input of the one AM1010.</summary>
    public const string HtmlLocatorUse = nameof(HtmlLocatorUse);

    /// <summary>Each schema's first Markdown locator (path and place), or null: the input of the one AM1011.</summary>
    public const string MarkdownLocatorUse = nameof(MarkdownLocatorUse);
}
