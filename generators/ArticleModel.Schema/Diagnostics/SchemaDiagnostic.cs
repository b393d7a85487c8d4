using System;

namespace ArticleModel.Schema;

/// <summary>How serious a schema diagnostic is.</summary>
public enum SchemaSeverity
{
    /// <summary>A hint.</summary>
    Info,

    /// <summary>The schema works, but probably not as meant.</summary>
    Warning,

    /// <summary>The schema, or part of it, cannot be compiled.</summary>
    Error,
}

/// <summary>A problem in a schema file, with its ID (<c>AM####</c>), message and exact range in the file.</summary>
public sealed record SchemaDiagnostic(string Id, SchemaSeverity Severity, string Message, string FilePath, TextRange Range)
{
    /// <summary>Formats as <c>path(line,col): error AM0001: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            SchemaSeverity.Error => "error",
            SchemaSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{FilePath}({Range.StartLine + 1},{Range.StartColumn + 1}): {severity} {Id}: {Message}";
    }
}
