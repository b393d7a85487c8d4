using System.Collections.Generic;
using ArticleModel.CompilerServices;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary><see cref="LocateStrategy.MatchList"/>: <c>@match</c> on a list field.</summary>
internal sealed class MatchListStep : FieldStep
{
    private readonly CompiledPattern _pattern;
    private readonly RegionEvaluator _region;
    private readonly RecordBuilder? _record;

    public MatchListStep(FieldPlan plan, CompiledPattern[] regexes, RecordBuilder? record) : base(plan)
    {
        _pattern = regexes[plan.PatternRegex!.Value];
        _region = new RegionEvaluator(plan.Region, regexes);
        _record = record;
    }

    public override void Run(ParseContext context, ParseState state)
    {
        var region = _region.Evaluate(context, state, Name);
        var ms = context.FindMatches(_pattern.Regex, _pattern.RequiredLiteral, _pattern.IgnoreCase, region, Name);
        state.Ms[Index] = ms;
        state.H[Index] = Hit.Cover(ParseContext.HitsOf(ms));
        var spans = new SourceSpan[ms.Length];
        var items = new List<object>(ms.Length);
        for (var i = 0; i < ms.Length; i++)
        {
            var m = ms[i].Match;
            if (_record is not null)
            {
                spans[i] = context.MatchSpan(m);
                items.Add(_record.FromMatch(context, m, Name, Plan.RecordMemberSpans));
            }
            else
            {
                spans[i] = Conversions.MatchValueSpan(context, Plan, m);
                var item = Conversions.FromMatch(context, Plan, m, spans[i]);
                if (item is not null) items.Add(item);
            }
        }
        context.Spans.Add(Name, spans);
        state.V[Index] = ValueLists.Of(Plan.Type.Kind, items);
    }
}
