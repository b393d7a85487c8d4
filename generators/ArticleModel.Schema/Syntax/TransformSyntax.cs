using System.Collections.Generic;

namespace ArticleModel.Schema.Syntax;

/// <summary>One value transform step: <c>| name</c> or <c>| name(arguments)</c>.</summary>
internal sealed class TransformSyntax
{
    public TransformSyntax(Token pipe, Token name)
    {
        Pipe = pipe;
        Name = name;
    }

    /// <summary>The '|' before the step.</summary>
    public Token Pipe { get; }

    public Token Name { get; }

    /// <summary>The arguments, or null when the step is written without parentheses.</summary>
    public List<Token>? Arguments { get; set; }

    /// <summary>The closing parenthesis, or null when written without parentheses.</summary>
    public Token? Close { get; set; }

    /// <summary>The step's last token.</summary>
    public Token Last => Close ?? Name;
}
