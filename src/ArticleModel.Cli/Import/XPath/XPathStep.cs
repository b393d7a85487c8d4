using System.Collections.Generic;

namespace ArticleModel.Cli.Import.XPath;

/// <summary>
/// One step: an axis (<c>child</c>, <c>descendant-or-self</c>, <c>attribute</c>…), a node test (a name, <c>*</c>, or a
/// node type with its parentheses: <c>node()</c>, <c>text()</c>) and its predicates, in order.
/// </summary>
internal sealed record XPathStep(string Axis, string NodeTest, IReadOnlyList<XPathExpression> Predicates)
{
    /// <summary>The step <c>//</c> stands for.</summary>
    public bool IsDescendantOrSelfNode => Axis == "descendant-or-self" && NodeTest == "node()" && Predicates.Count == 0;

    /// <summary>Whether the node test names elements (a name or <c>*</c>), not a node type.</summary>
    public bool TestsElements => !NodeTest.EndsWith(")", System.StringComparison.Ordinal);
}
