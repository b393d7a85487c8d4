using System.Collections.Generic;

namespace ArticleModel.Cli.Import.XPath;

/// <summary>A location path: steps from the document (<see cref="Absolute"/>) or from the context node. <c>//</c> is the step <c>descendant-or-self::node()</c>, as the grammar defines it.</summary>
internal sealed record XPathLocationPath(bool Absolute, IReadOnlyList<XPathStep> Steps) : XPathExpression;
