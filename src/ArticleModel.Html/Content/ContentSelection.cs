using System.Collections.Generic;
using AngleSharp.Dom;

namespace ArticleModel.Html.Content;

/// <summary>
/// What the main-content scorer chose on a page: the article's containers (in document order, none inside another) and
/// the text ranges inside them that are boilerplate (sorted, merged), or why the page holds no article.
/// </summary>
internal sealed class ContentSelection
{
    internal ContentSelection(List<IElement> containers, List<(int Start, int End)> exclusions, string? notArticle)
    {
        Containers = containers;
        Exclusions = exclusions;
        NotArticle = notArticle;
    }

    /// <summary>The containers whose paragraphs are the article, in document order; empty when there is none.</summary>
    internal List<IElement> Containers { get; }

    /// <summary>Ranges of the document text inside the containers that are left out (navigation, share bars, captions…).</summary>
    internal List<(int Start, int End)> Exclusions { get; }

    /// <summary>Why the page was judged to hold no article (a home page, a search page, too little text); null when it holds one.</summary>
    internal string? NotArticle { get; }
}
