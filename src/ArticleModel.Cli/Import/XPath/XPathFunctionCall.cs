using System.Collections.Generic;

namespace ArticleModel.Cli.Import.XPath;

/// <summary>A function call, <c>name(args…)</c>.</summary>
internal sealed record XPathFunctionCall(string Name, IReadOnlyList<XPathExpression> Arguments) : XPathExpression;
