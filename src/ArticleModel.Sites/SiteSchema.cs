namespace ArticleModel.Sites;

/// <summary>One site schema of the package: its host rule, and its parser with WebArticle behind it.</summary>
public sealed class SiteSchema
{
    internal SiteSchema(string hostRule, string resourceName, WebArticleFallbackParser parser)
    {
        HostRule = hostRule;
        ResourceName = resourceName;
        Parser = parser;
    }

    /// <summary>The host rule the schema serves: a host (<c>nytimes.com</c>, also for <c>www.nytimes.com</c>) or a wildcard (<c>.wikipedia.org</c>, for its direct sub-domains).</summary>
    public string HostRule { get; }

    /// <summary>The schema's file name in the package (<c>nytimes.com.article</c>).</summary>
    public string ResourceName { get; }

    /// <summary>
    /// The parser: the site schema's fields (<c>title</c>, <c>authors</c>, <c>published</c>, <c>body</c>, as far as its rules
    /// give them) win field by field, and WebArticle fills the rest and adds its other fields.
    /// </summary>
    public WebArticleFallbackParser Parser { get; }

    /// <summary>The host rule.</summary>
    public override string ToString() => HostRule;
}
