using System.IO;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Cli.Tests;

/// <summary><c>parse --layout-date</c>: the layout is chosen by the day, and the output says which one read the page.</summary>
public class LayoutDateCliTests
{
    // Today's design puts the headline in h1.headline; the 2019 design (until 2021-12-31) in h2.hed. The page has both,
    // so trying the layouts in order takes the current one, and only the date can choose the older one.
    private const string Schema = """
        article Story {
          title : text? @css("h1.headline")
          layout "2019" until "2021-12-31" {
            title : @css("h2.hed")
          }
        }
        """;

    private const string Page = "<html><body><h1 class=\"headline\">Today's headline</h1><h2 class=\"hed\">Old headline</h2></body></html>";

    [Fact]
    public void The_layout_date_chooses_the_layout_and_the_output_names_it()
    {
        var dir = Directory.CreateTempSubdirectory("am-layout-date-").FullName;
        try
        {
            var schema = Path.Combine(dir, "story.article");
            File.WriteAllText(schema, Schema);
            var page = Path.Combine(dir, "page.html");
            File.WriteAllText(page, Page);
            File.WriteAllText(Path.Combine(dir, "other.html"), Page);

            var dated = Cli.Run("parse", "--schema", schema, "--layout-date", "2019-05-01", page);
            Assert.Equal(0, dated.ExitCode);
            Assert.Equal("Old headline", JsonDocument.Parse(dated.Stdout).RootElement.GetProperty("title").GetString());
            Assert.Contains("layout: 2019", dated.Stderr);

            var tried = Cli.Run("parse", "--schema", schema, page);
            Assert.Equal("Today's headline", JsonDocument.Parse(tried.Stdout).RootElement.GetProperty("title").GetString());
            Assert.Contains("layout: current", tried.Stderr);

            // A batch writes the layout in each JSON line, before the value.
            var batch = Cli.Run("parse", "--schema", schema, "--layout-date", "2020-01-31", "--threads", "1", dir);
            Assert.Equal(0, batch.ExitCode);
            Assert.Equal(2, batch.StdoutLines.Length);
            foreach (var line in batch.StdoutLines)
            {
                var root = JsonDocument.Parse(line).RootElement;
                Assert.Equal("2019", root.GetProperty("layout").GetString());
                Assert.Equal("Old headline", root.GetProperty("value").GetProperty("title").GetString());
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("2019-5-1")]
    [InlineData("May 1, 2019")]
    public void A_layout_date_not_written_yyyy_MM_dd_is_a_usage_error(string day)
    {
        var result = Cli.Run("parse", "--schema", Cli.NewsSchema, "--layout-date", day, Cli.NewsSchema);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("yyyy-MM-dd", result.Stderr);
    }

    [Fact]
    public void A_layout_date_without_a_schema_is_a_usage_error()
    {
        var result = Cli.Run("parse", "--layout-date", "2019-05-01", Cli.NewsSchema);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--layout-date needs --schema", result.Stderr);
    }
}
