using System.Text.RegularExpressions;

namespace ArticleModel.Interpreter;

/// <summary>A plan's pattern, created once with <see cref="CompilerServices.SchemaRegex.Create(string, bool, bool, bool)"/>, with what <c>FindMatch</c> needs.</summary>
internal sealed class CompiledPattern
{
    public CompiledPattern(Regex regex, string? requiredLiteral, bool ignoreCase)
    {
        Regex = regex;
        RequiredLiteral = requiredLiteral;
        IgnoreCase = ignoreCase;
    }

    public Regex Regex { get; }

    public string? RequiredLiteral { get; }

    public bool IgnoreCase { get; }
}
