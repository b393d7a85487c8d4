namespace SiteEvaluation;

/// <summary>A kind of asserted value: the key in <c>expected.json</c> and the field name the site schemas use for it.</summary>
internal sealed record FieldKind(string ExpectedKey, string SchemaField, string Label)
{
    public static readonly FieldKind[] All =
    {
        new("title", "title", "title"),
        new("author", "author", "author"),
        new("date_published", "published", "date"),
        new("dek", "dek", "dek"),
        new("lead_image_url", "leadImage", "lead image"),
        new("content_first_words", "content", "content check"),
    };
}
