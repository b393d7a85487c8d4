using ArticleModel.Generators.Tests.Infrastructure;
using System;
using System.IO;
using System.Linq;
using ArticleModel.Interpreter.Tests.Infrastructure;
using Xunit;

namespace ArticleModel.Interpreter.Tests;

/// <summary>Proves the differential test would catch a drift: deliberately altered results must be reported.</summary>
public class ComparerTests
{
    private static readonly Lazy<(ResultWriter Generated, InterpretedParser Parser)> s_news = new(() =>
    {
        var path = Repo.File("src/ArticleModel.Sample/NewsStory.article");
        var text = File.ReadAllText(path);
        var (output, _) = GeneratorHarness.RunGenerator(path, text, MarkdownLocatorTests.FormatReferences);
        var assembly = GeneratorHarness.Load(output);
        return (Differential.Generated(assembly, "ArticleModel.Sample.NewsStory"), InterpretedSchema.Load(text, path).GetParser());
    });

    private static (string, byte[])[] Inputs() =>
        new[] { ("harbor", File.ReadAllBytes(Repo.File("src/ArticleModel.Sample/Articles/harbor-bridge-vote.txt"))), ("empty", Array.Empty<byte>()) };

    [Fact]
    public void Unaltered_results_compare_equal()
    {
        var (generated, parser) = s_news.Value;
        Assert.Empty(Differential.Compare(generated, Differential.Interpreted(parser), Inputs()));
        Assert.Null(Differential.FirstDifference(new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 3 }));
    }

    [Fact]
    public void A_dropped_diagnostic_is_caught()
    {
        var (generated, parser) = s_news.Value;
        ResultWriter altered = document =>
        {
            var r = parser.Parse(document);
            return Differential.Json(new ParseResult<ArticleValue>(r.Value, r.Spans, r.Diagnostics.Skip(1).ToArray()));
        };
        var failures = Differential.Compare(generated, altered, Inputs());
        Assert.Contains(failures, f => f.StartsWith("empty", StringComparison.Ordinal) && f.Contains("outputs differ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_altered_span_is_caught()
    {
        var (generated, parser) = s_news.Value;
        ResultWriter altered = document =>
        {
            var r = parser.Parse(document);
            var spans = new FieldSpans.Builder();
            foreach (var field in r.Spans.Fields)
            {
                var all = r.Spans.All(field).ToArray();
                if (field == "headline") all[0] = new SourceSpan(all[0].Start, all[0].Length + 1, all[0].Line, all[0].Column);
                spans.Add(field, all);
            }
            return Differential.Json(new ParseResult<ArticleValue>(r.Value, spans.Build(), r.Diagnostics));
        };
        var failures = Differential.Compare(generated, altered, Inputs());
        Assert.Contains(failures, f => f.StartsWith("harbor", StringComparison.Ordinal));
    }

    [Fact]
    public void An_altered_value_is_caught()
    {
        var (generated, parser) = s_news.Value;
        ResultWriter altered = document =>
        {
            var bytes = Differential.Json(parser.Parse(document));
            var text = System.Text.Encoding.UTF8.GetString(bytes).Replace("Harbor", "Harbour", StringComparison.Ordinal);
            return System.Text.Encoding.UTF8.GetBytes(text);
        };
        var failures = Differential.Compare(generated, altered, Inputs());
        // Once per reading of the input: bytes and string, as plain text and as Markdown.
        Assert.Equal(4, failures.Count(f => f.StartsWith("harbor", StringComparison.Ordinal)));
        Assert.DoesNotContain(failures, f => f.StartsWith("empty", StringComparison.Ordinal));
    }

    [Fact]
    public void A_throwing_interpreter_is_reported_not_crashed()
    {
        var (generated, _) = s_news.Value;
        var failures = Differential.Compare(generated, _ => throw new InvalidOperationException("boom"), Inputs());
        Assert.Equal(8, failures.Count); // two inputs, each read four ways
        Assert.All(failures, f => Assert.Contains("boom", f, StringComparison.Ordinal));
    }
}
