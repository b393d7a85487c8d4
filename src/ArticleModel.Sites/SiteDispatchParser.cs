using System;
using ArticleModel.Html;

namespace ArticleModel.Sites;

/// <summary><see cref="SiteSchemas.Parser"/>: per page, the site schema of its address, else WebArticle alone.</summary>
internal sealed class SiteDispatchParser : ArticleParser<IJsonWritable>
{
    public SiteDispatchParser()
        : base("SiteArticle", WebArticle.Parser.FieldNames)
    {
    }

    public override ParseResult<IJsonWritable> Parse(ArticleDocument document)
    {
        if (document is null) throw new ArgumentNullException(nameof(document));
        var url = HtmlArticleDocument.Of(document)?.Url;
        var site = url is null ? null : SiteSchemas.For(url);
        return site is null ? ((IArticleParser)WebArticle.Parser).Parse(document) : ((IArticleParser)site.Parser).Parse(document);
    }
}
