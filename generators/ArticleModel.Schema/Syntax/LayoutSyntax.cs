using System.Collections.Generic;

namespace ArticleModel.Schema.Syntax;

/// <summary>
/// A <c>layout "name" [until "yyyy-MM-dd"] { field : locators… [| transforms] … }</c> block of an article: an earlier
/// layout of the outlet, whose fields are found with other locators.
/// </summary>
internal sealed class LayoutSyntax
{
    public LayoutSyntax(Token keyword) => Keyword = keyword;

    public Token Keyword { get; }

    /// <summary>The name (a string token), or null when missing.</summary>
    public Token? Name { get; set; }

    /// <summary>The <c>until</c> date (a string token), or null when the layout has none.</summary>
    public Token? Until { get; set; }

    /// <summary>The fields it finds differently: a name and locators (and transforms), no type.</summary>
    public List<FieldSyntax> Fields { get; } = new();

    /// <summary>The closing brace (the end of the block), or the last token read when it is missing.</summary>
    public Token End { get; set; } = null!;

    public bool HasErrors { get; set; }
}
