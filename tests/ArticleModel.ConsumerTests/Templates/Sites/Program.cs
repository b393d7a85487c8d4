using ArticleModel;
using ArticleModel.Html;
using ArticleModel.Sites;

// Resolves a site schema by address and parses a page of that site with it.
const string url = "https://www.theguardian.com/world/2024/mar/01/ferry-timetable";
const string html = """
    <!DOCTYPE html><html><head><title>Ferry timetable | The Guardian</title></head><body>
    <article><h1 articleprop="headline">Ferry Timetable Changes for Spring</h1><a rel="author" href="/profile/ines">Ines Varga</a>
    <time datetime="2024-03-01T07:00:00Z">1 March 2024</time>
    <div class="article-body-commercial-selector article-body"><p>Morning sailings to the islands will leave half an hour earlier from the first of April, the ferry company said on Friday.</p>
    <aside><p>Sign up to our newsletter</p></aside>
    <p>The last evening sailing moves later in the summer months, and a new Sunday service will run from May.</p></div></article>
    </body></html>
    """;

var schema = SiteSchemas.For(url);
Console.WriteLine("schema: " + (schema?.HostRule ?? "none"));
Console.WriteLine("hosts: " + (SiteSchemas.Hosts.Count > 1000 ? "over 1000" : SiteSchemas.Hosts.Count.ToString()));
var result = ((IArticleParser)SiteSchemas.Parser).Parse(HtmlReader.Read(html, url).Document);
Console.WriteLine(ResultJson.ToJsonString(result.Value!, indented: false));
Console.WriteLine("none for: " + (SiteSchemas.For("https://no-such-host.example/") is null));
