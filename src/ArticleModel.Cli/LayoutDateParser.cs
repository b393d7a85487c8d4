using System;
using ArticleModel.Interpreter;
using ArticleModel.Sites;

namespace ArticleModel.Cli;

/// <summary>
/// <c>parse --layout-date yyyy-MM-dd</c>: the schema's parser with its layout chosen by that day (the layout with the
/// earliest <c>until</c> on or after it; after every <c>until</c>, the current one) instead of tried in order.
/// </summary>
internal sealed class LayoutDateParser : ArticleParser<IJsonWritable>
{
    private readonly IArticleParser _inner;
    private readonly DateTime _day;

    /// <summary>Wraps an interpreted schema's parser, alone or with WebArticle behind it (<c>--fallback webarticle</c>).</summary>
    public LayoutDateParser(IArticleParser inner, DateTime day)
        : base(inner.Name, inner.FieldNames)
    {
        if (inner is not (InterpretedParser or WebArticleFallbackParser)) throw new ArgumentException("only a --schema parser has layouts", nameof(inner));
        _inner = inner;
        _day = day;
    }

    /// <inheritdoc />
    public override ParseResult<IJsonWritable> Parse(ArticleDocument document)
    {
        if (document is null) throw new ArgumentNullException(nameof(document));
        if (_inner is WebArticleFallbackParser merged)
        {
            var r = merged.Parse(document, _day);
            return new ParseResult<IJsonWritable>(r.Value, r.Spans, r.Diagnostics, r.Layout);
        }
        var result = ((InterpretedParser)_inner).Parse(document, _day);
        return new ParseResult<IJsonWritable>(result.Value, result.Spans, result.Diagnostics, result.Layout);
    }
}
