namespace WebArticleEvaluation;

/// <summary>What one extractor gave for a page, as the strings the corpus compares: null for a value it did not give.</summary>
internal sealed record Extracted(string? Title, string? Author, string? Date, string? Content, bool NotArticle);
