using System;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;

namespace ArticleModel.Html.Locators;

/// <summary>Parses CSS selectors with AngleSharp's selector parser (the one the page is queried with). Never throws.</summary>
internal static class CssSelectors
{
    /// <summary>The parsed selector (a list like <c>"h1, .title"</c> is one selector); null with a message when AngleSharp cannot parse it.</summary>
    internal static ISelector? TryParse(string? text, out string? error)
    {
        error = null;
        if (text is null || text.Trim().Length == 0)
        {
            error = "the selector is empty";
            return null;
        }
        try
        {
            var selector = new CssSelectorParser().ParseSelector(text);
            if (selector is null) error = $"'{text}' is not a CSS selector AngleSharp can use";
            return selector;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error = $"'{text}' is not a CSS selector AngleSharp can use: {e.Message}";
            return null;
        }
    }
}
