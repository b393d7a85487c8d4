using System.Collections.Generic;

namespace ArticleModel.Schema.Syntax;

// The syntax tree the parser builds. Nodes keep their tokens so the binder can point diagnostics at them.
// A node the parser could not complete has HasErrors set: the binder knows its name (so other declarations
// referring to it do not get follow-on errors) but leaves it out of the model.

internal sealed class FileSyntax
{
    public NamespaceSyntax? Namespace { get; set; }

    public List<DeclarationSyntax> Declarations { get; } = new();
}

internal sealed class NamespaceSyntax
{
    public NamespaceSyntax(Token keyword) => Keyword = keyword;

    public Token Keyword { get; }

    public List<Token> Parts { get; } = new();

    public bool HasErrors { get; set; }
}

internal sealed class DeclarationSyntax
{
    public DeclarationSyntax(Token keyword, string? doc)
    {
        Keyword = keyword;
        Doc = doc;
    }

    public Token Keyword { get; }

    public bool IsArticle => Keyword.Text == "article";

    /// <summary>The name, or null when missing.</summary>
    public Token? Name { get; set; }

    public string? Doc { get; }

    public List<MemberSyntax> Members { get; } = new();

    /// <summary>The <c>jsonld</c> blocks (at most one is valid; the binder reports the others).</summary>
    public List<JsonLdSyntax> JsonLd { get; } = new();

    /// <summary>The <c>layout</c> blocks, in the order written.</summary>
    public List<LayoutSyntax> Layouts { get; } = new();

    public bool HasErrors { get; set; }
}

internal abstract class MemberSyntax
{
    protected MemberSyntax(string? doc) => Doc = doc;

    public string? Doc { get; }

    public List<LocatorSyntax> Locators { get; } = new();

    /// <summary>The value transform steps after the locators (<c>| trim(" ") | titlecase</c>), in order.</summary>
    public List<TransformSyntax> Transforms { get; } = new();

    public bool HasErrors { get; set; }
}

internal sealed class FieldSyntax : MemberSyntax
{
    public FieldSyntax(Token name, string? doc)
        : base(doc) => Name = name;

    public Token Name { get; }

    /// <summary>The type, or null when the parser found none.</summary>
    public TypeSyntax? Type { get; set; }
}

internal sealed class DropSyntax : MemberSyntax
{
    public DropSyntax(Token keyword, string? doc)
        : base(doc) => Keyword = keyword;

    public Token Keyword { get; }
}

internal sealed class TypeSyntax
{
    public TypeSyntax(Token name) => Name = name;

    public Token Name { get; }

    public Token? OpenBracket { get; set; }

    public Token? Question { get; set; }

    public bool IsList => OpenBracket != null;

    public bool IsOptional => Question != null;

    /// <summary>The last token of the type (name, ']' or '?').</summary>
    public Token Last { get; set; } = null!;
}

internal sealed class LocatorSyntax
{
    public LocatorSyntax(Token at, Token name)
    {
        At = at;
        Name = name;
    }

    public Token At { get; }

    public Token Name { get; }

    public List<ArgumentSyntax> Arguments { get; } = new();

    /// <summary>The closing parenthesis.</summary>
    public Token Close { get; set; } = null!;
}

internal sealed class ArgumentSyntax
{
    /// <summary>The argument name, or null for a positional argument.</summary>
    public Token? Name { get; set; }

    /// <summary>The values, separated by '|' in the source.</summary>
    public List<Token> Values { get; } = new();
}
