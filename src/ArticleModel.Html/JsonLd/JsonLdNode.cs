using System.Text.Json;
using AngleSharp.Dom;

namespace ArticleModel.Html.JsonLd;

/// <summary>A schema.org article object of a page's JSON-LD, with the script it is in.</summary>
internal readonly struct JsonLdNode
{
    internal JsonLdNode(JsonElement value, IElement script, SourceSpan span)
    {
        Value = value;
        Script = script;
        Span = span;
    }

    internal JsonElement Value { get; }

    internal IElement Script { get; }

    /// <summary>The script's content in the page.</summary>
    internal SourceSpan Span { get; }
}
