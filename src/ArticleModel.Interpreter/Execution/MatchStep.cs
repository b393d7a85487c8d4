using ArticleModel.CompilerServices;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary><see cref="LocateStrategy.Match"/>: <c>@match</c> on a single field.</summary>
internal sealed class MatchStep : FieldStep
{
    private readonly CompiledPattern _pattern;
    private readonly RegionEvaluator _region;
    private readonly RecordBuilder? _record;

    public MatchStep(FieldPlan plan, CompiledPattern[] regexes, RecordBuilder? record) : base(plan)
    {
        _pattern = regexes[plan.PatternRegex!.Value];
        _region = new RegionEvaluator(plan.Region, regexes);
        _record = record;
    }

    public override void Run(ParseContext context, ParseState state)
    {
        var region = _region.Evaluate(context, state, Name);
        var h = context.FindMatch(_pattern.Regex, _pattern.RequiredLiteral, _pattern.IgnoreCase, region, Name, out var m);
        state.H[Index] = h;
        var v = Missing();
        if (m is not null)
        {
            if (_record is not null)
            {
                context.Spans.Add(Name, context.MatchSpan(m));
                v = _record.FromMatch(context, m, Name, Plan.RecordMemberSpans);
            }
            else
            {
                var span = Conversions.MatchValueSpan(context, Plan, m);
                context.Spans.Add(Name, span);
                v = Conversions.FromMatch(context, Plan, m, span);
            }
        }
        else
        {
            ReportMissing(context);
        }
        state.V[Index] = v;
    }
}
