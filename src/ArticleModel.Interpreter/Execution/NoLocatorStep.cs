using ArticleModel.CompilerServices;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary><see cref="LocateStrategy.None"/>: a field with no plain-text locator.</summary>
internal sealed class NoLocatorStep : FieldStep
{
    public NoLocatorStep(FieldPlan plan) : base(plan)
    {
    }

    public override void Run(ParseContext context, ParseState state)
    {
        state.H[Index] = Hit.None;
        state.V[Index] = Missing();
        ReportMissing(context);
    }
}
