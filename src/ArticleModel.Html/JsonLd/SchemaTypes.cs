using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ArticleModel.Html.JsonLd;

/// <summary>The schema.org types <c>@jsonld</c> reads: <c>Article</c> and its subtypes.</summary>
internal static class SchemaTypes
{
    // schema.org: Article and every type below it (https://schema.org/Article, "More specific Types").
    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle",
        "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "LiveBlogPosting", "SocialMediaPosting",
        "DiscussionForumPosting", "AdvertiserContentArticle", "SatiricalArticle", "ScholarlyArticle",
        "MedicalScholarlyArticle", "TechArticle", "APIReference", "Report",
    };

    private static readonly HashSet<string> Media = new(StringComparer.OrdinalIgnoreCase)
    {
        "ImageObject", "VideoObject", "AudioObject", "MediaObject", "Barcode",
    };

    /// <summary>Whether the object's <c>@type</c> (a string or an array of them) names an article type.</summary>
    internal static bool IsArticle(JsonElement value) => HasType(value, Articles);

    /// <summary>Whether the object's <c>@type</c> names a media object (its value is its URL, not its name).</summary>
    internal static bool IsMedia(JsonElement value) => HasType(value, Media);

    private static bool HasType(JsonElement value, HashSet<string> types)
    {
        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("@type", out var type)) return false;
        if (type.ValueKind == JsonValueKind.String) return types.Contains(LocalName(type.GetString()!));
        if (type.ValueKind != JsonValueKind.Array) return false;
        foreach (var t in type.EnumerateArray())
        {
            if (t.ValueKind == JsonValueKind.String && types.Contains(LocalName(t.GetString()!))) return true;
        }
        return false;
    }

    // "NewsArticle", "schema:NewsArticle", "https://schema.org/NewsArticle" → "NewsArticle".
    private static string LocalName(string type)
    {
        var t = type.Trim();
        var cut = Math.Max(t.LastIndexOf('/'), Math.Max(t.LastIndexOf(':'), t.LastIndexOf('#')));
        return cut < 0 ? t : t.Substring(cut + 1);
    }
}
