namespace ArticleModel.Cli.Tests.Warc;

/// <summary>The wget-written WARC fixtures of ArticleModel.Warc.Tests (invented pages; Fixtures/make-fixtures.sh).</summary>
internal static class WarcFiles
{
    public static string Gzip => Cli.RepoFile("tests/ArticleModel.Warc.Tests/Fixtures/pages.warc.gz");

    public static string Plain => Cli.RepoFile("tests/ArticleModel.Warc.Tests/Fixtures/pages.warc");

    public static string Corrupted => Cli.RepoFile("tests/ArticleModel.Warc.Tests/Fixtures/pages-corrupted.warc.gz");

    public static string Truncated => Cli.RepoFile("tests/ArticleModel.Warc.Tests/Fixtures/pages-truncated.warc");
}
