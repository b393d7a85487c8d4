namespace ArticleModel.Cli.Import.Ftr;

/// <summary>How much of a rule file made it into its schema.</summary>
internal enum FtrImportOutcome
{
    /// <summary>Every extraction directive is in the schema (settings without a counterpart aside).</summary>
    Full,

    /// <summary>A schema was written, but some directives or expressions were left out (<see cref="FtrImportResult.Dropped"/>).</summary>
    Partial,

    /// <summary>No schema: nothing of the file could be said, or what could did not pass the schema check.</summary>
    None,
}
