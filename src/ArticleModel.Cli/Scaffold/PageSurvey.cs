using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using ArticleModel.Html;

namespace ArticleModel.Cli.Scaffold;

/// <summary>
/// Looks at one page for what could locate an article's title, author, date, dek, lead image and body: its
/// <c>&lt;meta&gt;</c> elements (Open Graph, <c>article:</c>, Twitter, <c>name=author</c>…), its JSON-LD (headline,
/// author.name, datePublished, description, image) and likely elements (<c>h1</c>, <c>[itemprop]</c>,
/// <c>time[datetime]</c>, <c>rel=author</c>, <c>article</c>, the element holding the most paragraph text). Every
/// candidate is run on the page with the HTML locator engine; only those that give a value are kept, best first.
/// </summary>
internal sealed class PageSurvey
{
    private readonly HtmlArticleDocument _page;

    private PageSurvey(HtmlArticleDocument page) => _page = page;

    /// <summary>The fields of the starting schema, each with its candidates (possibly none).</summary>
    public static IReadOnlyList<ScaffoldField> Survey(HtmlArticleDocument page)
    {
        var survey = new PageSurvey(page);
        return new[] { survey.Title(), survey.Author(), survey.Date(), survey.Dek(), survey.LeadImage(), survey.Body() };
    }

    private ScaffoldField Title()
    {
        var field = new ScaffoldField("title", "text", "a title");
        JsonLd(field, "headline");
        var h1 = _page.Html.QuerySelectorAll("h1").FirstOrDefault(e => !string.IsNullOrWhiteSpace(e.TextContent));
        if (h1 is not null && ElementSelectors.For(_page, h1) is { } selector) Css(field, selector);
        Meta(field, "og:title", "twitter:title");
        return field;
    }

    private ScaffoldField Author()
    {
        var field = new ScaffoldField("author", "text?", "an author");
        JsonLd(field, "author.name");
        Meta(field, "author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator");
        Css(field, "[itemprop='author'] [itemprop='name']", "[itemprop='author']", "[rel='author']", ".byline .author", ".byline", ".author");
        return field;
    }

    private ScaffoldField Date()
    {
        var field = new ScaffoldField("date", "date?", "a publication date");
        JsonLd(field, "datePublished");
        Meta(field, "article:published_time", "datePublished", "date", "pubdate", "publishdate", "dc.date.issued", "sailthru.date", "parsely-pub-date");
        CssAttribute(field, "datetime", "time[itemprop='datePublished']", "time[pubdate]", "article time", "time");
        CssAttribute(field, "content", "[itemprop='datePublished']");
        return field;
    }

    private ScaffoldField Dek()
    {
        var field = new ScaffoldField("dek", "text?", "a dek (summary)");
        JsonLd(field, "description");
        Meta(field, "og:description", "description", "twitter:description");
        return field;
    }

    private ScaffoldField LeadImage()
    {
        var field = new ScaffoldField("leadImage", "url?", "a lead image");
        JsonLd(field, "image", resolveUrls: true);
        Meta(field, resolveUrls: true, "og:image", "og:image:url", "twitter:image", "twitter:image:src");
        return field;
    }

    private ScaffoldField Body()
    {
        var field = new ScaffoldField("body", "paragraph[]", "a body");
        Blocks(field, "[itemprop='articleBody']");
        if (LargestTextContainer() is { } container && ElementSelectors.For(_page, container) is { } selector) Blocks(field, selector);
        Blocks(field, "article");
        return field;
    }

    /// <summary>The element whose child paragraphs hold the most text (one pass over the page's <c>p</c> elements).</summary>
    private IElement? LargestTextContainer()
    {
        var totals = new Dictionary<IElement, int>();
        foreach (var p in _page.Html.QuerySelectorAll("p"))
        {
            if (p.ParentElement is not { } parent) continue;
            totals.TryGetValue(parent, out var sum);
            totals[parent] = sum + p.TextContent.Trim().Length;
        }
        IElement? best = null;
        var bestTotal = 0;
        foreach (var (element, total) in totals)
        {
            if (total > bestTotal)
            {
                best = element;
                bestTotal = total;
            }
        }
        return best;
    }

    private void JsonLd(ScaffoldField field, string path, bool resolveUrls = false)
    {
        var value = new JsonLdLocator(path, resolveUrls).Find(_page);
        if (value.Found) Add(field, "@jsonld(" + SchemaStrings.Literal(path) + ")", value.Text);
    }

    private void Meta(ScaffoldField field, params string[] names) => Meta(field, false, names);

    private void Meta(ScaffoldField field, bool resolveUrls, params string[] names)
    {
        // Each name with a value becomes its own fallback, in the order given.
        foreach (var name in names)
        {
            var value = new MetaLocator(new[] { name }, resolveUrls).Find(_page);
            if (value.Found)
            {
                if (field.Name == "author" && LooksLikeUrl(value.Text)) continue; // article:author is often a profile link
                Add(field, "@meta(" + SchemaStrings.Literal(name) + ")", value.Text);
                continue;
            }
            // Saved pages sometimes carry the value in a value attribute instead of content.
            foreach (var attribute in new[] { "name", "property", "itemprop" })
            {
                var selector = $"meta[{attribute}='{name}']";
                var saved = new CssLocator(new[] { selector }, "value", null, resolveUrls).Find(_page);
                if (!saved.Found || (field.Name == "author" && LooksLikeUrl(saved.Text))) continue;
                Add(field, "@css(" + SchemaStrings.Literal(selector) + ", attr: \"value\")", saved.Text);
                break;
            }
        }
    }

    private void Css(ScaffoldField field, params string[] selectors) => CssAttribute(field, null, selectors);

    private void CssAttribute(ScaffoldField field, string? attribute, params string[] selectors)
    {
        foreach (var selector in selectors)
        {
            var value = new CssLocator(new[] { selector }, attribute).Find(_page);
            if (!value.Found) continue;
            Add(field, "@css(" + SchemaStrings.Literal(selector) + (attribute is null ? "" : ", attr: " + SchemaStrings.Literal(attribute)) + ")", value.Text);
            return; // the first selector that gives a value; the rest are weaker guesses
        }
    }

    private void Blocks(ScaffoldField field, string selector)
    {
        var blocks = new CssLocator(new[] { selector }).FindBlocks(_page);
        if (blocks.Count == 0) return;
        var words = string.Join(" ", blocks.Take(2).Select(b => b.Text));
        Add(field, "@css(" + SchemaStrings.Literal(selector) + ")", $"{blocks.Count} paragraph{(blocks.Count == 1 ? "" : "s")}: {words}");
    }

    private static void Add(ScaffoldField field, string locator, string value)
    {
        if (field.Candidates.Any(c => c.Locator == locator)) return;
        field.Candidates.Add(new ScaffoldCandidate(locator, field.Type == "paragraph[]" ? SchemaStrings.CommentValue(value) : "\"" + SchemaStrings.CommentValue(value) + "\""));
    }

    private static bool LooksLikeUrl(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
