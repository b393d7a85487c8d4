using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Schema.Tests;

public class RobustnessTests
{
    private static void AssertSane(string text)
    {
        SchemaCompilation result;
        try
        {
            result = SchemaCompiler.Compile("m.article", text);
        }
        catch (Exception e)
        {
            throw new Exception("Compile threw for:\n" + text, e);
        }
        try
        {
            // The generator lowers every model, errors or not: what bound must lower without throwing.
            Lowering.SchemaLowering.Lower(result.Model);
        }
        catch (Exception e)
        {
            throw new Exception("Lower threw for:\n" + text, e);
        }
        var lines = text.Split('\n').Length + text.Count(c => c == '\r');
        foreach (var d in result.Diagnostics)
        {
            Assert.True(d.Id != "AM0999", d.Message + "\n---\n" + text);
            var r = d.Range;
            Assert.True(r.Start >= 0 && r.Length >= 0 && r.End <= text.Length, $"range {r.Start}+{r.Length} outside text of {text.Length}: {d}");
            Assert.True(r.StartLine >= 0 && r.StartColumn >= 0 && r.EndLine >= r.StartLine && r.EndLine < lines + 1, d.ToString());
            Assert.NotNull(SchemaDiagnosticIds.Find(d.Id));
        }
        for (var i = 1; i < result.Diagnostics.Count; i++) Assert.True(result.Diagnostics[i - 1].Range.Start <= result.Diagnostics[i].Range.Start);
    }

    private static string[] Corpus() =>
        Directory.GetFiles(Path.Combine(TestPaths.CorpusDirectory, "valid"), "*.article").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    [Fact]
    public void Truncating_the_valid_corpus_at_every_offset_never_throws()
    {
        foreach (var text in Corpus())
        {
            for (var i = 0; i <= text.Length; i++) AssertSane(text.Substring(0, i));
        }
    }

    [Fact]
    public void Random_mutations_never_throw()
    {
        const string interesting = "{}():;,?[]@|./\"\\\n\r -0123456789azAZ_#*+éK\t";
        var random = new Random(4711);
        var corpus = Corpus();
        for (var n = 0; n < 4000; n++)
        {
            var sb = new StringBuilder(corpus[random.Next(corpus.Length)]);
            var edits = random.Next(1, 6);
            for (var e = 0; e < edits; e++)
            {
                var at = random.Next(sb.Length + 1);
                switch (random.Next(4))
                {
                    case 0:
                        sb.Insert(at, interesting[random.Next(interesting.Length)]);
                        break;
                    case 1:
                        if (at < sb.Length) sb.Remove(at, Math.Min(random.Next(1, 8), sb.Length - at));
                        break;
                    case 2:
                        if (at < sb.Length) sb[at] = interesting[random.Next(interesting.Length)];
                        break;
                    default:
                        // Duplicate a slice somewhere else.
                        var from = random.Next(sb.Length + 1);
                        var len = Math.Min(random.Next(1, 30), sb.Length - from);
                        sb.Insert(at, sb.ToString(from, len));
                        break;
                }
            }
            AssertSane(sb.ToString());
        }
    }

    [Fact]
    public void Random_token_soup_never_throws()
    {
        var words = new[] { "article", "record", "namespace", "drop", "x", "text", "quote[]", "@line", "@blocks", "@match", "@quotes", "(", ")", "{", "}", ":", ";", ",", "|", "?", "[", "]", "/a/", "/(?<x>b)/i", "1", "-1", "0", "\"s\"", "after:", "until:", "in:", "where:", "///d\n", "//c\n", "\n", "jsonld", "NewsArticle", "headline", "author", ".", "\"{x}\"", "\"{{\"" };
        var random = new Random(99);
        for (var n = 0; n < 3000; n++)
        {
            var sb = new StringBuilder();
            var count = random.Next(1, 40);
            for (var i = 0; i < count; i++) sb.Append(words[random.Next(words.Length)]).Append(' ');
            AssertSane(sb.ToString());
        }
    }

    [Fact]
    public void Null_and_empty_input()
    {
        // Nothing to parse with: the one warning `check`, `parse` and the build all give (AM0143), and no error.
        Assert.Equal("AM0143", Assert.Single(SchemaCompiler.Compile("e.article", "").Diagnostics).Id);
        Assert.Equal("AM0143", Assert.Single(SchemaCompiler.Compile(null!, null!).Diagnostics).Id);
    }
}
