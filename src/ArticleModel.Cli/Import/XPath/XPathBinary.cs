namespace ArticleModel.Cli.Import.XPath;

/// <summary>A binary operator: <c>|</c>, <c>or</c>, <c>and</c>, <c>=</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>, <c>+</c>, <c>-</c>, <c>*</c>, <c>div</c>, <c>mod</c>.</summary>
internal sealed record XPathBinary(string Operator, XPathExpression Left, XPathExpression Right) : XPathExpression;
