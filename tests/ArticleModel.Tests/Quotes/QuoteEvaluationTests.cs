using System;
using System.IO;
using ArticleModel.QuoteEvaluation;
using Xunit;
using Xunit.Abstractions;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// Runs the labelled evaluation set (tests/QuoteEvaluation/Articles, copied next to the test assembly) and holds the
/// extractor to the targets in docs/quality.md.
/// </summary>
public class QuoteEvaluationTests
{
    private readonly ITestOutputHelper _output;

    public QuoteEvaluationTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void SpeakerAttributionMeetsTargets()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "QuoteEvaluation", "Articles");
        Assert.True(Directory.Exists(folder), "evaluation articles not copied to " + folder);
        var totals = Evaluator.Run(folder);
        _output.WriteLine(Evaluator.Report(totals, "all articles"));
        Assert.True(totals.Articles.Count >= 40, $"expected at least 40 articles, found {totals.Articles.Count}");
        Assert.True(totals.Precision >= 0.95, $"precision {totals.Precision:F3} < 0.95");
        Assert.True(totals.Recall >= 0.90, $"recall {totals.Recall:F3} < 0.90");
        Assert.Equal(0, totals.ScareAsSpeech);
    }
}
