using System.Text;
using Xunit;

namespace ArticleModel.Interpreter.Tests;

/// <summary>
/// Loading a schema is linear in its fields (issue 9): 200,000 fields, each anchored on the one before, load and
/// parse. Building the interpreter's steps used to find each anchor's field by a scan of the fields before it
/// (about 2·10^10 string comparisons here); the lowered plan resolves names once, through a dictionary.
/// </summary>
public class LinearLoadTests
{
    [Fact]
    public void A_schema_of_200000_chained_fields_loads_and_parses()
    {
        const int n = 200_000;
        var sb = new StringBuilder("article Chain {\n  f0: text @block(1)\n");
        for (var i = 1; i < n; i++) sb.Append("  f").Append(i).Append(": text? @block(1, after: f").Append(i - 1).Append(")\n");
        var schema = InterpretedSchema.Load(sb.Append("}\n").ToString(), "chain.article");
        Assert.False(schema.HasErrors, string.Join("\n", schema.Diagnostics));

        var result = schema.GetParser().Parse("one\n\ntwo\n\nthree\n");
        Assert.True(result.Success);
        Assert.Equal("one", result.Value!["f0"]);
        Assert.Equal("two", result.Value["f1"]);
        Assert.Equal("three", result.Value["f2"]);
        Assert.Null(result.Value["f3"]);
        Assert.Null(result.Value["f" + (n - 1)]);
    }
}
