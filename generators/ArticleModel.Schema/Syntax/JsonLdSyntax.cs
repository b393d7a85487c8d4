using System.Collections.Generic;

namespace ArticleModel.Schema.Syntax;

/// <summary>
/// A <c>jsonld NewsArticle { property: source … }</c> block inside an article: which field becomes which schema.org
/// property when the article is written as JSON-LD (docs/schema-language.md §11).
/// </summary>
internal sealed class JsonLdSyntax
{
    public JsonLdSyntax(Token keyword, string? doc)
    {
        Keyword = keyword;
        Doc = doc;
    }

    /// <summary>The <c>jsonld</c> keyword.</summary>
    public Token Keyword { get; }

    public string? Doc { get; }

    /// <summary>The schema.org type after the keyword (<c>NewsArticle</c>), or null when missing.</summary>
    public Token? Type { get; set; }

    public List<JsonLdPropertySyntax> Properties { get; } = new();

    public bool HasErrors { get; set; }
}

/// <summary>
/// One <c>property: source</c> of a JSON-LD block: the source is a field (<c>headline</c>), a member of a record field
/// (<c>byline.outlet</c>) or a string (a constant, or a template such as <c>"https://x.com/{twitter}"</c>); a record
/// source may be followed by <c>{ … }</c> mapping its members to the node's properties.
/// </summary>
internal sealed class JsonLdPropertySyntax
{
    public JsonLdPropertySyntax(Token name) => Name = name;

    /// <summary>The schema.org property name.</summary>
    public Token Name { get; }

    /// <summary>The source: an identifier or a string; null for a node made of the article's fields (<c>author: { name: author }</c>).</summary>
    public Token? Source { get; set; }

    /// <summary>The member after <c>.</c> (<c>outlet</c> in <c>byline.outlet</c>), or null.</summary>
    public Token? Member { get; set; }

    /// <summary>The <c>{</c> of a member map, or null when there is none.</summary>
    public Token? OpenBrace { get; set; }

    /// <summary>The member map: a node's properties, each taken from a member of the source record.</summary>
    public List<JsonLdPropertySyntax> Members { get; } = new();
}
