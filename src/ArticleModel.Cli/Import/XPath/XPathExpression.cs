namespace ArticleModel.Cli.Import.XPath;

/// <summary>
/// An XPath 1.0 expression as the importer reads it: only as much structure as the CSS conversion needs to decide
/// whether an expression has an exact CSS equivalent.
/// </summary>
internal abstract record XPathExpression;
