using ArticleModel.CompilerServices;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>Runs one <see cref="DropPlan"/>.</summary>
internal sealed class DropStep
{
    private const string Field = DropPlan.DiagnosticName;
    private readonly LocateStrategy _strategy;
    private readonly int _position;
    private readonly CompiledPattern? _where;
    private readonly CompiledPattern? _pattern;
    private readonly RegionEvaluator _region;
    private readonly int? _kinds;

    public DropStep(DropPlan plan, CompiledPattern[] regexes)
    {
        _strategy = plan.Strategy;
        _position = plan.Position;
        _where = plan.WhereRegex is int w ? regexes[w] : null;
        _pattern = plan.PatternRegex is int p ? regexes[p] : null;
        _region = new RegionEvaluator(plan.Region, regexes);
        _kinds = BlockKindMask.Of(plan.BlockKinds);
    }

    public void Run(ParseContext context, ParseState state)
    {
        switch (_strategy)
        {
            case LocateStrategy.Line:
                context.Drop(context.FindLine(_position, _where?.Regex, Field));
                break;
            case LocateStrategy.Block:
                context.Drop(context.FindBlock(_position, _region.Evaluate(context, state, Field), _where?.Regex, Field));
                break;
            case LocateStrategy.Blocks:
                var blocks = _region.Evaluate(context, state, Field);
                context.Drop(_kinds is int kinds ? context.FindBlocks(blocks, kinds) : context.FindBlocks(blocks));
                break;
            case LocateStrategy.MatchList:
                var region = _region.Evaluate(context, state, Field);
                context.Drop(context.FindMatches(_pattern!.Regex, _pattern.RequiredLiteral, _pattern.IgnoreCase, region, Field));
                break;
        }
    }
}
