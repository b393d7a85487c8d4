using System;
using System.Collections.Generic;

namespace ArticleModel.Schema.Binding;

/// <summary>
/// The part of schema.org's vocabulary a <c>jsonld</c> block can map: the article types (<c>NewsArticle</c> and the
/// Article types around it), their properties, and the properties of the <c>Person</c> and <c>Organization</c> nodes
/// written for authors and publishers; each property with what its value is (<see cref="JsonLdRange"/>) and whether it
/// takes several values. Property names follow https://schema.org/NewsArticle.
/// </summary>
internal static class JsonLdVocabulary
{
    /// <summary>The <c>@type</c>s a block may name; the first is the one the docs suggest.</summary>
    public static readonly string[] ArticleTypes =
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "Report",
    };

    /// <summary>The node type a <see cref="JsonLdRange.Person"/> or <see cref="JsonLdRange.Organization"/> property writes.</summary>
    public static string NodeType(JsonLdRange range) => range == JsonLdRange.Person ? "Person" : "Organization";

    private static readonly JsonLdTerm[] Article =
    {
        new("headline", JsonLdRange.Text, false),
        new("alternativeHeadline", JsonLdRange.Text, false),
        new("description", JsonLdRange.Text, false),
        new("abstract", JsonLdRange.LongText, false),
        new("articleBody", JsonLdRange.LongText, false),
        new("articleSection", JsonLdRange.Text, true),
        new("keywords", JsonLdRange.Text, true),
        new("inLanguage", JsonLdRange.Text, false),
        new("author", JsonLdRange.Person, true),
        new("creator", JsonLdRange.Person, true),
        new("editor", JsonLdRange.Person, true),
        new("contributor", JsonLdRange.Person, true),
        new("publisher", JsonLdRange.Organization, false),
        new("sourceOrganization", JsonLdRange.Organization, false),
        new("copyrightHolder", JsonLdRange.Organization, false),
        new("datePublished", JsonLdRange.Date, false),
        new("dateModified", JsonLdRange.Date, false),
        new("dateCreated", JsonLdRange.Date, false),
        new("image", JsonLdRange.Url, true),
        new("thumbnailUrl", JsonLdRange.Url, false),
        new("url", JsonLdRange.Url, false),
        new("mainEntityOfPage", JsonLdRange.Url, false),
        new("isBasedOn", JsonLdRange.Url, true),
        new("wordCount", JsonLdRange.Int, false),
        new("copyrightYear", JsonLdRange.Int, false),
    };

    // NewsArticle's own properties (https://schema.org/NewsArticle): only for NewsArticle and its subtypes.
    private static readonly JsonLdTerm[] News =
    {
        new("dateline", JsonLdRange.Text, false),
        new("printColumn", JsonLdRange.Text, false),
        new("printEdition", JsonLdRange.Text, false),
        new("printPage", JsonLdRange.Text, false),
        new("printSection", JsonLdRange.Text, false),
    };

    private static readonly JsonLdTerm[] Person =
    {
        new("name", JsonLdRange.Text, false),
        new("givenName", JsonLdRange.Text, false),
        new("familyName", JsonLdRange.Text, false),
        new("jobTitle", JsonLdRange.Text, false),
        new("description", JsonLdRange.Text, false),
        new("email", JsonLdRange.Text, false),
        new("url", JsonLdRange.Url, false),
        new("image", JsonLdRange.Url, false),
        new("sameAs", JsonLdRange.Url, true),
        new("worksFor", JsonLdRange.Organization, false),
        new("affiliation", JsonLdRange.Organization, false),
    };

    private static readonly JsonLdTerm[] Organization =
    {
        new("name", JsonLdRange.Text, false),
        new("description", JsonLdRange.Text, false),
        new("email", JsonLdRange.Text, false),
        new("url", JsonLdRange.Url, false),
        new("logo", JsonLdRange.Url, false),
        new("sameAs", JsonLdRange.Url, true),
    };

    /// <summary>Whether the article type has NewsArticle's own properties.</summary>
    public static bool IsNews(string type) => type.EndsWith("NewsArticle", StringComparison.Ordinal);

    /// <summary>The properties of an article of <paramref name="type"/>.</summary>
    public static IReadOnlyList<JsonLdTerm> ArticleTerms(string type)
    {
        if (!IsNews(type)) return Article;
        var all = new List<JsonLdTerm>(Article);
        all.AddRange(News);
        return all;
    }

    /// <summary>The properties of a node written for a <see cref="JsonLdRange.Person"/> or <see cref="JsonLdRange.Organization"/> property.</summary>
    public static IReadOnlyList<JsonLdTerm> NodeTerms(JsonLdRange range) => range == JsonLdRange.Person ? Person : Organization;

    /// <summary>The term named <paramref name="name"/>, or null.</summary>
    public static JsonLdTerm? Find(IReadOnlyList<JsonLdTerm> terms, string name)
    {
        foreach (var t in terms)
        {
            if (t.Name == name) return t;
        }
        return null;
    }
}

/// <summary>A schema.org property: its name, what its value is, and whether it takes several values (written as an array).</summary>
internal sealed record JsonLdTerm(string Name, JsonLdRange Range, bool AllowsList);
