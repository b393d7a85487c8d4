using System.Collections.Generic;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

/// <summary>A field of the article being bound: its syntax, type, bound locators and the fields it refers to.</summary>
internal sealed class FieldInfo
{
    public FieldInfo(FieldSyntax syntax, int index)
    {
        Syntax = syntax;
        Index = index;
    }

    public FieldSyntax Syntax { get; }

    /// <summary>The position among the article's (distinctly named) fields.</summary>
    public int Index { get; }

    public TypeSpec? Type { get; set; }

    /// <summary>True when the field bound without errors (its dependencies are checked afterwards).</summary>
    public bool Ok { get; set; }

    public List<LocatorSpec> Locators { get; } = new();

    /// <summary>The bound value transforms (empty when none).</summary>
    public EquatableArray<TransformSpec> Transforms { get; set; } = EquatableArray<TransformSpec>.Empty;

    /// <summary>Referenced field index → the first token referring to it (anchors and <c>@quotes</c> sources).</summary>
    public Dictionary<int, Token> References { get; } = new();
}
