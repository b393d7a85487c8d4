using System;

namespace ArticleModel.Html.XPath;

/// <summary>Thrown by a navigator whose <see cref="XPathWorkBudget"/> is used up, to abandon the engine's evaluation.</summary>
internal sealed class XPathWorkBudgetExceededException : Exception
{
    public XPathWorkBudgetExceededException()
        : base("the expression needs more work than the page's size allows")
    {
    }
}
