namespace ArticleModel;

/// <summary>How serious an <see cref="ArticleDiagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something worth knowing; the result is complete.</summary>
    Info = 0,

    /// <summary>The input was odd (for example invalid UTF-8 was replaced) but the result is usable.</summary>
    Warning = 1,

    /// <summary>A required value is missing or could not be converted; <see cref="ParseResult{T}.Success"/> is false.</summary>
    Error = 2,
}
