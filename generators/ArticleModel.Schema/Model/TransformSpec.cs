namespace ArticleModel.Schema;

/// <summary>One step of a value transform pipeline.</summary>
/// <param name="Kind">The step.</param>
/// <param name="Text">The string argument: the characters of <c>trim</c>, the literal of <c>trimPrefix</c>/<c>trimSuffix</c>, the replacement of <c>replace</c>; otherwise null.</param>
/// <param name="Pattern">The pattern of <c>replace</c> and <c>split</c>; otherwise null.</param>
/// <param name="Range">Where the step is written.</param>
public sealed record TransformSpec(TransformKind Kind, string? Text, RegexSpec? Pattern, TextRange Range)
{
    /// <summary>The step as written, for comments and messages: <c>trim(" -")</c>, <c>titlecase</c>.</summary>
    public string Display => Kind switch
    {
        TransformKind.Replace => "replace(" + Pattern + ", " + Quote(Text) + ")",
        TransformKind.Split => "split(" + Pattern + ")",
        TransformKind.Trim or TransformKind.TrimPrefix or TransformKind.TrimSuffix => Name(Kind) + "(" + Quote(Text) + ")",
        _ => Name(Kind),
    };

    /// <summary>The name a step is written with: <c>trimPrefix</c>, <c>titlecase</c>.</summary>
    public static string Name(TransformKind kind) => kind switch
    {
        TransformKind.Trim => "trim",
        TransformKind.TrimPrefix => "trimPrefix",
        TransformKind.TrimSuffix => "trimSuffix",
        TransformKind.Replace => "replace",
        TransformKind.Collapse => "collapse",
        TransformKind.Lowercase => "lowercase",
        TransformKind.Uppercase => "uppercase",
        TransformKind.Split => "split",
        _ => "titlecase",
    };

    private static string Quote(string? text) => "\"" + (text ?? "").Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
