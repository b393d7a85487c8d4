using ArticleModel.CompilerServices;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary><see cref="LocateStrategy.Blocks"/>.</summary>
internal sealed class BlocksStep : FieldStep
{
    private readonly RegionEvaluator _region;

    public BlocksStep(FieldPlan plan, CompiledPattern[] regexes) : base(plan) => _region = new RegionEvaluator(plan.Region, regexes);

    public override void Run(ParseContext context, ParseState state)
    {
        var hs = context.FindBlocks(_region.Evaluate(context, state, Name));
        state.Hs[Index] = hs;
        state.H[Index] = Hit.Cover(hs);
        context.Spans.Add(Name, context.SpansOf(hs));
        state.V[Index] = Plan.Conversion == ValueConversion.Paragraph ? context.Paragraphs(hs) : context.Texts(hs);
    }
}
