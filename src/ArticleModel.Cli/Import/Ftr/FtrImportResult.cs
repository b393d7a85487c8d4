using System.Collections.Generic;

namespace ArticleModel.Cli.Import.Ftr;

/// <summary>
/// One rule file's import: the schema text (null when <see cref="Outcome"/> is <see cref="FtrImportOutcome.None"/>), what
/// was left out and why, the settings that have no counterpart, and how its expressions were said.
/// </summary>
internal sealed record FtrImportResult(
    string FileName,
    string Host,
    FtrImportOutcome Outcome,
    string? Schema,
    IReadOnlyList<FtrDropped> Dropped,
    IReadOnlyList<string> IgnoredSettings,
    IReadOnlyDictionary<string, int> Counts);
