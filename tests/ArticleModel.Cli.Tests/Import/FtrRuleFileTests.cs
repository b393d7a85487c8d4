using System.Linq;
using ArticleModel.Cli.Import.Ftr;
using Xunit;

namespace ArticleModel.Cli.Tests.Import;

/// <summary>Reading FiveFilters rule files: directives per line, comments, any line end, no final newline, replace_string(search) with ':' in the search.</summary>
public class FtrRuleFileTests
{
    [Fact]
    public void Directives_are_read_per_line_with_any_line_end_and_no_final_newline()
    {
        var file = FtrRuleFile.Read("example.com", "\uFEFF# comment\r\ntitle: //h1\rbody://div[@id='a']\n\n  strip_id_or_class:  ad  \ntest_url: http://example.com/a");
        Assert.Equal(new[] { ("title", "//h1", 2), ("body", "//div[@id='a']", 3), ("strip_id_or_class", "ad", 5), ("test_url", "http://example.com/a", 6) },
            file.Directives.Select(d => (d.Name, d.Value, d.Line)));
        Assert.Empty(file.UnreadLines);
    }

    [Fact]
    public void A_replace_string_search_may_hold_colons()
    {
        var file = FtrRuleFile.Read("example.com", "replace_string(,\"value\":): ,\"invalid\":\nreplace_string(a: b): c");
        Assert.Equal(",\"value\":", file.Directives[0].Argument);
        Assert.Equal(",\"invalid\":", file.Directives[0].Value);
        Assert.Equal("a: b", file.Directives[1].Argument);
        Assert.Equal("c", file.Directives[1].Value);
    }

    [Fact]
    public void Lines_that_are_not_directives_are_listed()
    {
        var file = FtrRuleFile.Read("example.com", "title //h1\n: nothing\ntitle: //h1");
        Assert.Equal(new[] { 1, 2 }, file.UnreadLines);
        Assert.Single(file.Directives);
    }
}
