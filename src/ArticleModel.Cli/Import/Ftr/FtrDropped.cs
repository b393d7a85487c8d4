namespace ArticleModel.Cli.Import.Ftr;

/// <summary>A directive (or one expression of it) the import left out or changed, with why: <see cref="Reason"/> is a short phrase the report counts.</summary>
internal sealed record FtrDropped(string Directive, int Line, string Reason, string Text);
