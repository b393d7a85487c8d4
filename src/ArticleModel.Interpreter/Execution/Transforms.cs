using ArticleModel.CompilerServices;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>Builds the runtime <see cref="TextTransform"/> steps of a plan, as the generated <c>s_transforms</c> fields do.</summary>
internal static class Transforms
{
    public static TextTransform[] Build(EquatableArray<TransformStepPlan> steps, CompiledPattern[] regexes)
    {
        var result = new TextTransform[steps.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var step = steps[i];
            result[i] = step.Kind switch
            {
                TransformKind.Trim => TextTransform.Trim(step.Text!),
                TransformKind.TrimPrefix => TextTransform.TrimPrefix(step.Text!),
                TransformKind.TrimSuffix => TextTransform.TrimSuffix(step.Text!),
                TransformKind.Replace => TextTransform.Replace(regexes[step.Regex!.Value].Regex, step.Text!),
                TransformKind.Collapse => TextTransform.Collapse,
                TransformKind.Lowercase => TextTransform.Lowercase,
                TransformKind.Uppercase => TextTransform.Uppercase,
                TransformKind.Split => TextTransform.Split(regexes[step.Regex!.Value].Regex),
                _ => TextTransform.Titlecase,
            };
        }
        return result;
    }
}
