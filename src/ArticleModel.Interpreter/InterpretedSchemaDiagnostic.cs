using System;
using ArticleModel.Schema;

namespace ArticleModel.Interpreter;

/// <summary>
/// A problem in a schema loaded by <see cref="InterpretedSchema"/>: the same ID (<c>AM####</c>), message and place the
/// source generator reports for the same file.
/// </summary>
public sealed class InterpretedSchemaDiagnostic : IEquatable<InterpretedSchemaDiagnostic>
{
    private InterpretedSchemaDiagnostic(SchemaDiagnostic diagnostic)
    {
        Id = diagnostic.Id;
        Severity = diagnostic.Severity switch
        {
            SchemaSeverity.Error => DiagnosticSeverity.Error,
            SchemaSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
        Message = diagnostic.Message;
        FilePath = diagnostic.FilePath;
        var range = diagnostic.Range;
        Start = range.Start;
        Length = range.Length;
        Line = range.StartLine + 1;
        Column = range.StartColumn + 1;
        EndLine = range.EndLine + 1;
        EndColumn = range.EndColumn + 1;
    }

    /// <summary>The diagnostic ID, for example <c>AM0102</c>; see docs/diagnostics.md.</summary>
    public string Id { get; }

    /// <summary>How serious it is; an error means the schema cannot be used.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>What is wrong, in words.</summary>
    public string Message { get; }

    /// <summary>The schema's path (or the name given to <see cref="InterpretedSchema.Load"/>).</summary>
    public string FilePath { get; }

    /// <summary>UTF-16 offset of the start of the place in the schema text.</summary>
    public int Start { get; }

    /// <summary>Length of the place in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>1-based line of the start of the place.</summary>
    public int Line { get; }

    /// <summary>1-based column of the start of the place.</summary>
    public int Column { get; }

    /// <summary>1-based line of the end of the place.</summary>
    public int EndLine { get; }

    /// <summary>1-based column of the end of the place.</summary>
    public int EndColumn { get; }

    /// <summary>The severity as it is printed: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public string SeverityText => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Formats as compilers do: <c>path(line,col): error AM0102: message</c>.</summary>
    public override string ToString() => $"{FilePath}({Line},{Column}): {SeverityText} {Id}: {Message}";

    /// <inheritdoc />
    public bool Equals(InterpretedSchemaDiagnostic? other) =>
        other is not null && Id == other.Id && Severity == other.Severity && Message == other.Message && FilePath == other.FilePath
        && Start == other.Start && Length == other.Length && Line == other.Line && Column == other.Column
        && EndLine == other.EndLine && EndColumn == other.EndColumn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as InterpretedSchemaDiagnostic);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Severity, Message, FilePath, Start, Length, Line, Column);

    internal static InterpretedSchemaDiagnostic From(SchemaDiagnostic diagnostic) => new(diagnostic);
}
