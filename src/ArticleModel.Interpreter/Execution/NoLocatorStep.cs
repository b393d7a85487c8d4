using ArticleModel.CompilerServices;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>A field with no plain-text locator.</summary>
internal sealed class NoLocatorStep : FieldStep
{
    public NoLocatorStep(FieldPlan plan) : base(plan)
    {
    }

    public override void Run(ParseContext context, ParseState state)
    {
        state.H[Index] = Hit.None;
        if (Plan.Type.IsList) state.Hs[Index] = System.Array.Empty<Hit>();
        state.V[Index] = Missing();
        ReportMissing(context);
    }
}
