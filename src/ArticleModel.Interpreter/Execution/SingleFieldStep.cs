using ArticleModel.CompilerServices;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>A single-value field: its locators as ordered fallbacks, its transforms, then its value.</summary>
internal sealed class SingleFieldStep : FieldStep
{
    private readonly LocatorRunner[] _locators;
    private readonly TextTransform[] _transforms;
    private readonly RecordBuilder? _record;

    // The conversion a fallback's text must pass to win (the plan's FallThroughConversion), or null.
    private readonly string? _conversionName;

    public SingleFieldStep(FieldPlan plan, LocatorRunner[] locators, TextTransform[] transforms, RecordBuilder? record) : base(plan)
    {
        _locators = locators;
        _transforms = transforms;
        _record = record;
        _conversionName = plan.FallThroughConversion;
    }

    public override void Run(ParseContext context, ParseState state)
    {
        var found = default(FoundText);
        var unconverted = default(FoundText);
        foreach (var locator in _locators)
        {
            found = locator.FindOne(context, state, Name);
            if (_transforms.Length > 0) found = context.Transform(found, _transforms, Name);
            if (_conversionName is not null && found.Found && !ParseContext.Converts(found, _conversionName, DateSpecs.Of(Plan)))
            {
                if (!unconverted.Found) unconverted = found;
                found = default;
            }
            if (found.Found) break;
        }
        if (!found.Found) found = unconverted;
        state.H[Index] = found.Hit;
        var v = Missing();
        if (found.Found)
        {
            context.Spans.Add(Name, context.Span(found));
            v = _record is not null ? _record.FromMatch(context, found.Match!, Name, Plan.RecordMemberSpans) : Conversions.FromFound(context, Plan, found);
        }
        else
        {
            ReportMissing(context);
        }
        state.V[Index] = v;
    }
}
