namespace ArticleModel.Schema;

/// <summary>What compiling one schema file gave: the model (with every declaration that bound cleanly) and every diagnostic.</summary>
/// <param name="Model">The bound model. Declarations or fields with errors are left out, the rest is kept, so that one mistake does not hide the whole schema.</param>
/// <param name="Diagnostics">Every problem, in file order.</param>
public sealed record SchemaCompilation(SchemaModel Model, EquatableArray<SchemaDiagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var d in Diagnostics)
            {
                if (d.Severity == SchemaSeverity.Error) return true;
            }
            return false;
        }
    }
}
