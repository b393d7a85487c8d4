namespace ArticleModel.Cli.Tests.Html;

/// <summary>Small pages of our own for <c>scaffold</c> (never pages of the corpus).</summary>
internal static class ScaffoldPages
{
    public const string Url = "https://ledger.example/2025/03/harbor-bridge-tolls";

    /// <summary>A news page with meta, JSON-LD and the usual elements for every field.</summary>
    public const string Full = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Harbor Bridge Tolls Delayed | The Ledger</title>
        <meta property="og:title" content="Harbor Bridge Tolls Delayed | The Ledger">
        <meta name="author" content="Ana Ruiz">
        <meta property="article:published_time" content="2025-03-03T10:00:00-05:00">
        <meta property="og:description" content="The council postponed the vote after a packed hearing.">
        <meta property="og:image" content="/img/bridge.jpg">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbor Bridge Tolls Delayed","author":{"@type":"Person","name":"Ana Ruiz"},"datePublished":"2025-03-03T10:00:00-05:00"}</script>
        </head><body>
        <nav><a href="/">The Ledger</a></nav>
        <header><h1 class="headline">Harbor Bridge Tolls Delayed</h1>
        <p class="byline">By <a rel="author" href="/staff/ana-ruiz">Ana Ruiz</a></p>
        <time datetime="2025-03-03T10:00:00-05:00">March 3, 2025</time></header>
        <div class="story-body">
        <p>The Port Alden city council on Tuesday postponed a vote on new tolls for the Harbor Bridge.</p>
        <p>Residents of the east side said the proposed charge would cut them off from jobs downtown.</p>
        </div>
        <footer><p>Copyright The Ledger</p></footer>
        </body></html>
        """;

    /// <summary>A page with a title and a body but no author anywhere, and a date that is not a date.</summary>
    public const string NoAuthor = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Notice</title></head><body>
        <h1>Water Main Repairs on Elm Street</h1>
        <time datetime="soon">Soon</time>
        <div class="notice"><p>Crews will repair the water main on Elm Street next week.</p></div>
        </body></html>
        """;
}
