using ArticleModel.CompilerServices;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>Runs one <see cref="RegionPlan"/>, as the generated region expression does.</summary>
internal sealed class RegionEvaluator
{
    private readonly BoundEvaluator? _start;
    private readonly BoundEvaluator? _end;

    public RegionEvaluator(RegionPlan plan, CompiledPattern[] regexes)
    {
        _start = plan.Start is null ? null : new BoundEvaluator(plan.Start, regexes);
        _end = plan.End is null ? null : new BoundEvaluator(plan.End, regexes);
    }

    public LineRegion Evaluate(ParseContext context, ParseState state, string field)
    {
        if (_start is null && _end is null) return context.Whole;
        // The generated code runs the pattern alternatives of the start bound, then of the end bound, before the
        // expression that uses them.
        var startHits = _start?.FindPatterns(context, field);
        var endHits = _end?.FindPatterns(context, field);
        var start = _start is null ? 0 : _start.Resolve(context, state, startHits!);
        var end = _end is null ? context.LineCount : _end.Resolve(context, state, endHits!);
        return context.Region(start, end);
    }
}
