using ArticleModel.CompilerServices;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>One field's step in evaluation order: runs a <see cref="FieldPlan"/> as the generated parser's statements for it do.</summary>
internal abstract class FieldStep
{
    protected FieldStep(FieldPlan plan)
    {
        Plan = plan;
        Index = plan.Index;
        Name = plan.Name;
    }

    public FieldPlan Plan { get; }

    public int Index { get; }

    public string Name { get; }

    public abstract void Run(ParseContext context, ParseState state);

    /// <summary>The value before anything is found.</summary>
    protected object? Missing() => Conversions.MissingValueOf(Plan.Missing, Plan.Type.Kind);

    /// <summary>Reports AM3001 when the plan says a field that found nothing is missing.</summary>
    protected void ReportMissing(ParseContext context)
    {
        if (Plan.MissingLocator is not null) context.Missing(Name, Plan.MissingLocator);
    }
}
