using ArticleModel.CompilerServices;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary><see cref="LocateStrategy.Line"/> and <see cref="LocateStrategy.Block"/>.</summary>
internal sealed class LineOrBlockStep : FieldStep
{
    private readonly RegionEvaluator? _region;
    private readonly CompiledPattern? _where;

    public LineOrBlockStep(FieldPlan plan, CompiledPattern[] regexes) : base(plan)
    {
        _region = plan.Strategy == LocateStrategy.Block ? new RegionEvaluator(plan.Region, regexes) : null;
        _where = plan.WhereRegex is int w ? regexes[w] : null;
    }

    public override void Run(ParseContext context, ParseState state)
    {
        var h = _region is null
            ? context.FindLine(Plan.Position, _where?.Regex, Name)
            : context.FindBlock(Plan.Position, _region.Evaluate(context, state, Name), _where?.Regex, Name);
        state.H[Index] = h;
        var v = Missing();
        if (h.Found)
        {
            context.Spans.Add(Name, context.Span(h));
            v = Conversions.FromHit(context, Plan, h);
        }
        else
        {
            ReportMissing(context);
        }
        state.V[Index] = v;
    }
}
