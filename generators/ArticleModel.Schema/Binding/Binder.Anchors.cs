using System;
using System.Collections.Generic;
using System.Linq;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

// Anchors: region bounds and the fields they name.
internal sealed partial class Binder
{
    private AnchorSpec? BindAnchor(ArgumentSyntax argument, string locator, ArticleContext ctx, FieldInfo? owner)
    {
        var alternatives = new List<AnchorAlternative>();
        var ok = true;
        var argName = argument.Name!.Text;
        foreach (var v in argument.Values)
        {
            if (v.Kind == TokenKind.Regex)
            {
                var regex = BindRegex(v);
                if (regex == null) ok = false;
                else alternatives.Add(new AnchorAlternative(null, regex));
                continue;
            }
            if (v.Kind == TokenKind.Identifier)
            {
                if (owner == null)
                {
                    Report(SchemaDiagnosticIds.DropAnchorField, v.Range, v.Text);
                    ok = false;
                    continue;
                }
                var target = ResolveField(v, argName, ctx, owner);
                if (target == null) ok = false;
                else alternatives.Add(new AnchorAlternative(v.Text, null));
                continue;
            }
            Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "an anchor ('" + argName + ":')", locator, Describe(v),
                owner == null ? "a /regex/, alternatives separated by '|'" : "a field name or a /regex/, alternatives separated by '|'");
            ok = false;
        }
        return ok ? new AnchorSpec(alternatives.ToEquatableArray()) : null;
    }

    private FieldInfo? ResolveField(Token name, string argName, ArticleContext ctx, FieldInfo owner)
    {
        if (!ctx.ByName.TryGetValue(name.Text, out var target))
        {
            Report(SchemaDiagnosticIds.UnknownField, name.Range, name.Text, argName, ctx.Name, Naming.DidYouMean(name.Text, ctx.ByName.Keys));
            return null;
        }
        if (target == owner)
        {
            Report(SchemaDiagnosticIds.SelfReference, name.Range, name.Text, argName);
            return null;
        }
        if (!owner.References.ContainsKey(target.Index)) owner.References[target.Index] = name;
        return target;
    }
}
