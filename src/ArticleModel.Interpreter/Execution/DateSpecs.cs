using System.Runtime.CompilerServices;
using ArticleModel.CompilerServices;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>The <see cref="DateFormatSpec"/> of a field plan's <c>format:</c>/<c>zone:</c>, built once per plan (the generated code's <c>s_date{i}</c> field).</summary>
internal static class DateSpecs
{
    private static readonly ConditionalWeakTable<FieldPlan, DateFormatSpec> s_specs = new();

    public static DateFormatSpec? Of(FieldPlan field) =>
        field.Date is not { } date ? null : s_specs.GetValue(field, _ => new DateFormatSpec(date.Format, date.Zone));
}
