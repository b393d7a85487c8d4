using System;
using System.Collections.Generic;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

/// <summary>The article being bound: its fields by name and in order.</summary>
internal sealed class ArticleContext
{
    public ArticleContext(DeclarationSyntax decl) => Decl = decl;

    public DeclarationSyntax Decl { get; }

    public string Name => Decl.Name?.Text ?? "?";

    public Dictionary<string, FieldInfo> ByName { get; } = new(StringComparer.Ordinal);

    public List<FieldInfo> Fields { get; } = new();
}
