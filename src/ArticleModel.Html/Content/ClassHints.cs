using System;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ArticleModel.Html.Content;

/// <summary>
/// What an element's <c>class</c>, <c>id</c>, <c>role</c> and <c>itemprop</c> say about it: words that mark the
/// article (article, content, story, body, post, entry, text) and words that mark boilerplate (navigation, footers,
/// comments, related links, share bars, promotions, cookie notices, captions). Readability, trafilatura and jusText all
/// weigh such names; the lists here are our own.
/// </summary>
internal static class ClassHints
{
    // Not "tag"/"tags" or "category": WordPress and others put "tag-…" and "category-…" classes on the article itself;
    // tag lists are link-dense and go for that reason. Not "widget": page builders call every block of text one.
    // Words matched at a word boundary of the class/id text (hyphens, underscores and camel-case humps split words).
    private static readonly Regex Positive = new(
        @"(?:^|[^a-z])(?:article|articlebody|content|story|body|post|entry|text|main|blog|prose|rich-?text)(?:[^a-z]|$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly Regex Negative = new(
        @"(?:^|[^a-z])(?:nav|navbar|navigation|menu|footer|foot|header|masthead|comment(?!ary)\w*|disqus\w*|related|recommend\w*|more-?stories|" +
        @"share|sharing|social|promo|promotion|newsletter|subscribe|subscription|signup|cookie|cookies|consent|gdpr|banner|sidebar|" +
        @"ad|ads|advert\w*|sponsor\w*|outbrain|taboola|breadcrumbs?|pagination|pager|caption|credit|byline|author|" +
        @"popup|modal|overlay|toolbar|skip|print-?only|jump|trending|most-?popular|read-?more|meta|dateline|timestamp)(?:[^a-z]|$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    // Reader comments ("comments", "commentlist", "comment-body", "disqus_thread"; not "commentary"): a thread can hold
    // far more prose than the article it follows, so its names count whatever its size. So does a sidebar: on a blog
    // with a short post, the sidebar (an "about me", an archive, a blogroll) often holds most of the page's text.
    private static readonly Regex Comments = new(
        @"(?:^|[^a-z])(?:comment(?!ary)\w*|disqus\w*)(?:[^a-z]|$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    // A sidebar, not a layout that has one ("has-sidebar", "l-sidebar-fixed l-article-body-segment": those names carry
    // a content word, or say the element holds a sidebar rather than being one).
    private static readonly Regex Sidebar = new(
        @"(?:^|[^a-z])(?<!has-|with-|no-)sidebar(?:[^a-z]|$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>Whether the element's names mark reader comments or a sidebar (never the article, whatever their size).</summary>
    internal static bool IsComments(IElement element)
    {
        if (element.Attributes.Length == 0) return false;
        // A substring test first: this runs for every element with text, and few have such names.
        if (!Mentions(element.GetAttribute("class")) && !Mentions(element.GetAttribute("id"))) return false;
        var names = Names(element);
        if (names.Length == 0) return false;
        return Comments.IsMatch(names) || (Sidebar.IsMatch(names) && !Positive.IsMatch(names));
    }

    private static bool Mentions(string? name) => name is not null
        && (name.Contains("omment", StringComparison.OrdinalIgnoreCase) || name.Contains("disqus", StringComparison.OrdinalIgnoreCase) || name.Contains("sidebar", StringComparison.OrdinalIgnoreCase));

    /// <summary>+1 when the element's names mark article content, -1 when they mark boilerplate (and not content), 0 otherwise.</summary>
    internal static int Of(IElement element)
    {
        if (element.Attributes.Length == 0) return 0;
        var names = Names(element);
        if (names.Length == 0) return 0;
        var negative = Negative.IsMatch(names);
        var positive = Positive.IsMatch(names);
        if (negative && !positive) return -1;
        if (positive && !negative) return 1;
        return 0;
    }

    /// <summary>Whether the element's names carry a boilerplate word, even beside a content word ("article-related", "story-share").</summary>
    internal static bool IsBoilerplate(IElement element)
    {
        if (element.Attributes.Length == 0) return false;
        var names = Names(element);
        return names.Length > 0 && Negative.IsMatch(names);
    }

    private static string Names(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        var role = element.GetAttribute("role");
        if (cls is null && id is null && role is null) return string.Empty;
        // Very long attribute values (utility-class soups) are cut: hints sit in the first words.
        var length = Math.Min(400, (cls?.Length ?? 0) + (id?.Length ?? 0) + (role?.Length ?? 0) + 2);
        var names = new StringBuilder(length + 16);
        Append(names, cls, length);
        Append(names, id, length);
        Append(names, role, length);
        return names.ToString().Trim();
    }

    // Appends a name and a space, a hyphen between the humps of camel case ("relatedLinks" → "related-Links"), up to
    // the cut length. A loop rather than a look-around Replace: this runs for most elements of every page.
    private static void Append(StringBuilder names, string? value, int limit)
    {
        if (value is not null)
        {
            for (var i = 0; i < value.Length && names.Length < limit; i++)
            {
                var c = value[i];
                if (i > 0 && c is >= 'A' and <= 'Z' && value[i - 1] is >= 'a' and <= 'z') names.Append('-');
                names.Append(c);
            }
        }
        if (names.Length < limit) names.Append(' ');
    }
}
