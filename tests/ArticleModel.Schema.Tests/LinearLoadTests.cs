using System.Linq;
using System.Text;
using ArticleModel.Schema.Binding;
using Xunit;

namespace ArticleModel.Schema.Tests;

/// <summary>
/// Schema load is linear in the number of fields (issue 9). Each schema here has 200,000 fields chained through their
/// region anchors: a quadratic step (repeated list removal, a name lookup by scan, a path built by inserting at the
/// front) would take minutes to hours on them, and the recursive cycle search they replaced overflowed the stack
/// (a crash, not a slow test) on the reversed chain and the cycle.
/// </summary>
public class LinearLoadTests
{
    private const int Fields = 200_000;

    /// <summary>f0 first; field i is anchored after field i-1 (or i+1 when reversed).</summary>
    internal static string Chain(int n, bool reversed, string firstType = "text")
    {
        var sb = new StringBuilder("article Chain {\n");
        for (var i = 0; i < n; i++)
        {
            var anchor = reversed ? i + 1 : i - 1;
            var head = reversed ? n - 1 : 0;
            sb.Append("  f").Append(i).Append(": ");
            if (i == head) sb.Append(firstType).Append(" @block(1)\n");
            else sb.Append("text? @block(1, after: f").Append(anchor).Append(")\n");
        }
        return sb.Append("}\n").ToString();
    }

    [Fact]
    public void A_chain_of_200000_fields_binds_in_dependency_order()
    {
        var result = SchemaCompiler.Compile("chain.article", Chain(Fields, reversed: false));
        Assert.Empty(result.Diagnostics);
        var article = result.Model.Articles.Single();
        Assert.Equal(Fields, article.Fields.Count);
        Assert.Equal(Enumerable.Range(0, Fields), article.EvaluationOrder);
    }

    [Fact]
    public void A_reversed_chain_of_200000_fields_binds_last_field_first()
    {
        var result = SchemaCompiler.Compile("chain.article", Chain(Fields, reversed: true));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(Enumerable.Range(0, Fields).Reverse(), result.Model.Articles.Single().EvaluationOrder);
    }

    [Fact]
    public void A_failed_field_keeps_all_200000_fields_that_depend_on_it()
    {
        // The failing field is the last one declared; its dependents are kept (one mistake, one error), in linear time.
        var result = SchemaCompiler.Compile("chain.article", Chain(Fields, reversed: true, firstType: "txet"));
        Assert.Equal("AM0102", Assert.Single(result.Diagnostics).Id);
        var article = result.Model.Articles.Single();
        Assert.Equal(Fields - 1, article.Fields.Count);
        Assert.Equal(Fields - 1, article.EvaluationOrder.Count);
    }

    [Fact]
    public void A_cycle_through_200000_fields_is_one_diagnostic()
    {
        var sb = new StringBuilder("article Ring {\n");
        for (var i = 0; i < Fields; i++) sb.Append("  f").Append(i).Append(": text? @block(1, after: f").Append((i + 1) % Fields).Append(")\n");
        var result = SchemaCompiler.Compile("ring.article", sb.Append("}\n").ToString());
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("AM0133", d.Id);
        Assert.StartsWith("f0 → f1 → f2", d.Message.Substring(d.Message.IndexOf("f0 →", System.StringComparison.Ordinal)));
        Assert.All(result.Model.Articles.Single().Fields, f => Assert.Empty(f.Locators));
    }

    [Fact]
    public void Dependency_graph_finds_cycles_shortest_paths_and_dependents()
    {
        // 0 → 1 → 2 → 0 (a cycle), 3 → 2, 4 → 3, 5 free, 6 ↔ 7.
        var graph = new DependencyGraph(8);
        graph.AddDependency(0, 1);
        graph.AddDependency(1, 2);
        graph.AddDependency(2, 0);
        graph.AddDependency(3, 2);
        graph.AddDependency(4, 3);
        graph.AddDependency(6, 7);
        graph.AddDependency(7, 6);
        graph.AddDependency(5, 5); // ignored: self
        var cycles = graph.Cycles();
        Assert.Equal(new[] { new[] { 0, 1, 2 }, new[] { 6, 7 } }, cycles.Select(c => c.ToArray()));
        Assert.Equal(new[] { 0, 1, 2 }, graph.ShortestCycle(0, cycles[0]));
        Assert.Equal(new[] { 6, 7 }, graph.ShortestCycle(6, cycles[1]));

        var marked = new bool[8];
        marked[2] = true;
        graph.MarkDependents(marked);
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, Enumerable.Range(0, 8).Where(i => marked[i]));
    }
}
