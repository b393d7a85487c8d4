using System.Text;
using ArticleModel.Interpreter;
using BenchmarkDotNet.Attributes;

namespace ArticleModel.Benchmarks;

/// <summary>
/// Schema load (compile, lower, build the interpreter's steps) of a schema whose field i is anchored after field i-1,
/// at n and 4n fields: linear load takes about 4× as long at 4n (issue 9: 100,000 such fields took 105 s).
/// docs/performance.md, "Schema load".
/// </summary>
[MemoryDiagnoser]
public class SchemaLoadBenchmarks
{
    private string _schema = null!;

    /// <summary>The number of fields.</summary>
    [Params(25_000, 100_000)]
    public int Fields { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder("article Chain {\n  f0: text @block(1)\n");
        for (var i = 1; i < Fields; i++) sb.Append("  f").Append(i).Append(": text? @block(1, after: f").Append(i - 1).Append(")\n");
        _schema = sb.Append("}\n").ToString();
    }

    [Benchmark]
    public InterpretedParser Load() => InterpretedSchema.Load(_schema, "chain.article").GetParser();
}
