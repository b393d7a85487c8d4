using ArticleModel.CompilerServices;
using Xunit;

namespace ArticleModel.Tests.Extraction;

/// <summary>
/// Why schema patterns run as written, with every group they have (issue 13, docs/performance.md "Round 2"): making
/// the groups a use never reads non-capturing would let the non-backtracking engine skip its capture pass, but on
/// .NET 10 that engine's match bounds are not independent of which groups capture, so the rewrite could move a match.
/// If this test fails after a runtime upgrade, the engine has changed: the rewrite may be worth trying again (with
/// the equivalence property described there).
/// </summary>
public class SchemaRegexEngineTests
{
    [Fact]
    public void Non_backtracking_bounds_depend_on_whether_an_optional_group_captures()
    {
        const string text = "a bb";
        // The leftmost match is the first 'b' (index 2): the backtracking engine and the capturing pattern agree.
        Assert.Equal(2, SchemaRegex.Create("(?:a)?b", false, false, needsBacktracking: true).Match(text).Index);
        Assert.Equal(2, SchemaRegex.Create("(a)?b", false, false, needsBacktracking: false).Match(text).Index);
        // The same pattern without the capture, on the non-backtracking engine: the second 'b' (.NET 10.0.x).
        Assert.Equal(3, SchemaRegex.Create("(?:a)?b", false, false, needsBacktracking: false).Match(text).Index);
    }
}
