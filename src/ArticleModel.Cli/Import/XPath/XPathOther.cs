namespace ArticleModel.Cli.Import.XPath;

/// <summary>A negation (<c>-expr</c>) or a variable reference (<c>$name</c>): parsed so the expression reads, never converted.</summary>
internal sealed record XPathOther(string Kind, XPathExpression? Operand) : XPathExpression;
