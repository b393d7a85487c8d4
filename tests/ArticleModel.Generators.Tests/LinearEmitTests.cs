using System.Linq;
using System.Text;
using ArticleModel.Generators.Emit;
using ArticleModel.Generators.Model;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;
using Xunit;

namespace ArticleModel.Generators.Tests;

/// <summary>
/// Emitting is linear in the schema's fields (issue 9): 100,000 fields (about 60 MB of C#), each anchored on the one before. The emitter
/// used to find each anchor's field by a scan of the fields (about 5·10^9 comparisons here); it now reads the index
/// the lowered plan resolved once.
/// </summary>
public class LinearEmitTests
{
    [Fact]
    public void A_schema_of_100000_chained_fields_is_emitted()
    {
        const int n = 100_000;
        var sb = new StringBuilder("namespace T;\narticle Chain {\n  f0: text @block(1)\n");
        for (var i = 1; i < n; i++) sb.Append("  f").Append(i).Append(": text? @block(1, after: f").Append(i - 1).Append(")\n");
        var compilation = SchemaCompiler.Compile("chain.article", sb.Append("}\n").ToString());
        Assert.Empty(compilation.Diagnostics);

        var file = ModelEmitter.Emit(SchemaLowering.Lower(compilation.Model), new CompilationFacts(false, true, true)).Single();
        Assert.Equal("T.Chain.g.cs", file.HintName);
        Assert.Contains("(h99998.Found ? h99998.Last + 1 : context.LineCount)", file.Source);
    }
}
