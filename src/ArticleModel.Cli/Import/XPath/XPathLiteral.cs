namespace ArticleModel.Cli.Import.XPath;

/// <summary>A string literal (its value, without the quotes).</summary>
internal sealed record XPathLiteral(string Value) : XPathExpression;
