using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Cli.Tests.Html;

/// <summary>AM2040: a JSON Lines record's "format" is unknown or contradicts its "html" property; the record is skipped with an error.</summary>
public class AM2040Tests
{
    [Fact]
    public void An_unknown_or_contradicting_format_is_an_error_and_the_batch_goes_on()
    {
        var folder = Cli.TempFolder();
        var schema = HtmlPages.Write(folder, "story.article", HtmlPages.Schema);
        var lines = string.Join("\n",
            JsonSerializer.Serialize(new { id = "a", text = HtmlPages.Text, format = "pdf" }),
            JsonSerializer.Serialize(new { id = "b", html = HtmlPages.Page, format = "text" }),
            JsonSerializer.Serialize(new { id = "c", html = HtmlPages.Page, format = "html" }));
        var r = Cli.RunWithInput(Encoding.UTF8.GetBytes(lines), "parse", "--schema", schema, "--jsonl");
        Assert.Equal(1, r.ExitCode);
        var results = r.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(3, results.Length);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(JsonValueKind.Null, results[i].GetProperty("value").ValueKind);
            var d = Assert.Single(results[i].GetProperty("diagnostics").EnumerateArray());
            Assert.Equal("AM2040", d.GetProperty("id").GetString());
            Assert.Equal("error", d.GetProperty("severity").GetString());
        }
        Assert.Contains("'pdf' is not one of text, html, markdown, auto", r.Stderr);
        Assert.Contains("<stdin>:2(1,1): error AM2040: the record has \"html\" but \"format\":\"text\"", r.Stderr);
        Assert.Equal(HtmlPages.Value, JsonSerializer.Serialize(results[2].GetProperty("value")));
    }

    [Fact]
    public void Text_and_html_together_is_a_malformed_record()
    {
        var error = Worker.ReadRecordContent(Encoding.UTF8.GetBytes("""{"id":1,"text":"a","html":"<p>b</p>"}"""), out var id, out _);
        Assert.Equal("both \"text\" and \"html\" (give one)", error);
        Assert.Equal("1", Encoding.UTF8.GetString(id!));
    }
}
