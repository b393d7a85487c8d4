namespace ArticleModel.Cli.Import.XPath;

/// <summary>A number literal.</summary>
internal sealed record XPathNumber(double Value) : XPathExpression;
