using System.Collections.Generic;

namespace ArticleModel.Cli.Import.XPath;

/// <summary>A filter expression, <c>(expr)[pred]</c>, optionally followed by more steps (<see cref="Rest"/>, relative to its nodes).</summary>
internal sealed record XPathFilter(XPathExpression Primary, IReadOnlyList<XPathExpression> Predicates, XPathLocationPath? Rest) : XPathExpression;
