using ArticleModel.Sites;
using Xunit;

namespace ArticleModel.Cli.Tests.Import;

/// <summary>The Sites package's host rule: www. stripped, then the host, then its parent's wildcard (one level).</summary>
public class SiteSchemasTests
{
    [Theory]
    [InlineData("https://www.nytimes.com/2024/03/01/a.html", "nytimes.com")]
    [InlineData("https://NYTIMES.com/", "nytimes.com")]
    [InlineData("https://en.wikipedia.org/wiki/Ferry", ".wikipedia.org")]
    [InlineData("https://wikipedia.org/wiki/Ferry", null)]
    [InlineData("https://no-such-host.example/", null)]
    // Names ending in a culture code (.fr, .de) are still schemas of the package, not satellite resources.
    [InlineData("https://www.20minutes.fr/a", "20minutes.fr")]
    [InlineData("https://24auto.de/a", "24auto.de")]
    public void Hosts_resolve_as_FiveFilters_resolves_them(string url, string? rule)
    {
        Assert.Equal(rule, SiteSchemas.For(url)?.HostRule);
    }

    [Fact]
    public void Every_schema_in_the_package_loads_for_its_host()
    {
        Assert.Equal(System.IO.Directory.GetFiles(Cli.RepoFile("src/ArticleModel.Sites/Rules"), "*.article").Length, SiteSchemas.Hosts.Count);
        foreach (var rule in SiteSchemas.Hosts)
        {
            var url = "https://" + (rule.StartsWith('.') ? "x" + rule : rule) + "/";
            Assert.Equal(rule, SiteSchemas.For(url)?.HostRule);
        }
    }
}
