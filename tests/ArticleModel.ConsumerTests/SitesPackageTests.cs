using System.Linq;
using System.Text.Json;
using Xunit;

namespace ArticleModel.ConsumerTests;

/// <summary>ArticleModel.Sites as a package: a consumer resolves a site schema by address and parses a page of that site.</summary>
[Collection(ConsumerCollection.Name)]
public sealed class SitesPackageTests
{
    private readonly ConsumerWorkspace _workspace;

    public SitesPackageTests(ConsumerWorkspace workspace) => _workspace = workspace;

    [Fact]
    public void A_consumer_resolves_a_schema_by_url_and_parses_a_page_with_it()
    {
        _workspace.Build("Sites/ConsumerSites.csproj").AssertSuccess("building the Sites consumer");
        var run = _workspace.RunApp(_workspace.PathOf("Sites/bin/Debug/net10.0/ConsumerSites.dll"), "");
        run.AssertSuccess("running the Sites consumer");
        var lines = run.Output.Replace("\r\n", "\n").Split('\n');
        Assert.Contains("schema: theguardian.com", lines);
        Assert.Contains("hosts: over 1000", lines);
        Assert.Contains("none for: True", lines);
        var value = JsonDocument.Parse(lines.First(l => l.StartsWith('{'))).RootElement;
        // The imported rules: the h1[articleprop=headline] title, rel=author, the time's datetime, the article body
        // without its <aside> (a strip rule of the file).
        Assert.Equal("Ferry Timetable Changes for Spring", value.GetProperty("title").GetString());
        Assert.Equal("Ines Varga", value.GetProperty("authors")[0].GetString());
        Assert.Equal("2024-03-01T07:00:00+00:00", value.GetProperty("published").GetString());
        var body = value.GetProperty("body").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Equal(2, body.Count);
        Assert.DoesNotContain(body, p => p!.Contains("newsletter"));
    }
}
