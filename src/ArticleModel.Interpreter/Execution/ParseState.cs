using ArticleModel.CompilerServices;

namespace ArticleModel.Interpreter;

/// <summary>The mutable state of one parse: what the generated code keeps in its locals <c>h{i}</c>, <c>hs{i}</c>, <c>v{i}</c>.</summary>
internal sealed class ParseState
{
    public readonly Hit[] H;
    public readonly Hit[]?[] Hs;
    public readonly object?[] V;

    /// <summary>The HTML side of the parse (<c>html</c>); null when the document is not from HTML or no field has HTML locators (HTML locators then find nothing).</summary>
    public ArticleModel.Html.CompilerServices.HtmlParseContext? Html;

    /// <summary>The Markdown side of the parse (<c>markdown</c>); null when the document is not from Markdown or no field has Markdown locators (they then find nothing).</summary>
    public ArticleModel.Markdown.CompilerServices.MarkdownParseContext? Markdown;

    public ParseState(int fields)
    {
        H = new Hit[fields];
        Hs = new Hit[]?[fields];
        V = new object?[fields];
    }
}
