using System.IO;
using ArticleModel.Interpreter;
using Xunit;

namespace ArticleModel.Cli.Tests.Html;

/// <summary>AM2045: scaffold found nothing on the page for a field; the field is written commented out and the schema still builds.</summary>
public class AM2045Tests
{
    [Fact]
    public void A_field_without_a_candidate_is_commented_out_with_a_warning()
    {
        var folder = Cli.TempFolder();
        var page = HtmlPages.Write(folder, "notice.html", ScaffoldPages.NoAuthor);
        var output = Path.Combine(folder, "notice.article");
        var r = Cli.Run("scaffold", page, "--output", output);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"{page}(1,1): warning AM2045: no meta, JSON-LD or likely element on the page gave an author; the field 'author' is written commented out", r.Stderr);
        var schema = File.ReadAllText(output);
        Assert.Contains("  // author : text?   (nothing on this page gave an author;", schema);
        var loaded = InterpretedSchema.Load(schema, output);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        Assert.DoesNotContain("author", loaded.GetParser().FieldNames);
    }
}
