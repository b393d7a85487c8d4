using System;

namespace ArticleModel;

/// <summary>
/// A problem found while reading or parsing one article: an ID (<c>AM####</c>), a severity, a message and the place it applies to.
/// </summary>
/// <remarks>Parsers never throw on bad input; everything that went wrong is one of these.</remarks>
public sealed class ArticleDiagnostic : IEquatable<ArticleDiagnostic>
{
    /// <summary>Creates a diagnostic.</summary>
    public ArticleDiagnostic(string id, DiagnosticSeverity severity, string message, SourceSpan span, string? field = null)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Severity = severity;
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Span = span;
        Field = field;
    }

    /// <summary>The diagnostic ID, for example <c>AM3001</c>; see docs/diagnostics.md.</summary>
    public string Id { get; }

    /// <summary>How serious it is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>What went wrong, in words.</summary>
    public string Message { get; }

    /// <summary>Where in the input it applies; <see cref="SourceSpan.IsEmpty"/> when it applies to the whole input.</summary>
    public SourceSpan Span { get; }

    /// <summary>The schema field it concerns, if any.</summary>
    public string? Field { get; }

    /// <summary>The severity as it is printed: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public string SeverityText => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Formats the diagnostic the way compilers do for a file: <c>path(line,col): error AM3001: message</c>.</summary>
    public string Format(string path)
    {
        var line = Span.IsEmpty ? 1 : Span.Line;
        var column = Span.IsEmpty ? 1 : Span.Column;
        return $"{path}({line},{column}): {SeverityText} {Id}: {Message}";
    }

    /// <summary>Formats as <c>error AM3001 (3:1): message</c>.</summary>
    public override string ToString()
    {
        var line = Span.IsEmpty ? 1 : Span.Line;
        var column = Span.IsEmpty ? 1 : Span.Column;
        return $"{SeverityText} {Id} ({line}:{column}): {Message}";
    }

    /// <inheritdoc />
    public bool Equals(ArticleDiagnostic? other) =>
        other is not null && Id == other.Id && Severity == other.Severity && Message == other.Message
        && Span == other.Span && Field == other.Field;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ArticleDiagnostic);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Severity, Message, Span, Field);
}
