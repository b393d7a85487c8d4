using System;
using System.Collections.Generic;
using System.Linq;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

// Articles: fields, drop rules, dependency cycles and the evaluation order.
internal sealed partial class Binder
{
    private ArticleSpec? BindArticle(DeclarationSyntax decl, HashSet<string> usedTypes)
    {
        var okNames = CheckNames(decl);
        var ctx = new ArticleContext(decl);
        foreach (var field in decl.Members.OfType<FieldSyntax>())
        {
            if (field.Type != null) usedTypes.Add(field.Type.Name.Text);
            if (ctx.ByName.ContainsKey(field.Name.Text)) continue;
            var info = new FieldInfo(field, ctx.Fields.Count);
            ctx.Fields.Add(info);
            ctx.ByName[field.Name.Text] = info;
        }
        if (!decl.Members.OfType<FieldSyntax>().Any() && decl.Name != null)
            Report(SchemaDiagnosticIds.EmptyArticle, decl.Name.Range, decl.Name.Text);

        // Types first, so @quotes(in:) can check its source's type.
        foreach (var info in ctx.Fields)
        {
            if (info.Syntax.HasErrors || info.Syntax.Type == null) continue;
            info.Type = BindType(info.Syntax.Type);
        }

        var drops = new List<DropSpec>();
        foreach (var member in decl.Members)
        {
            if (member is DropSyntax drop)
            {
                if (drop.HasErrors) continue;
                ReportDropTransforms(drop);
                foreach (var locator in drop.Locators)
                {
                    var spec = BindLocator(locator, ctx, null);
                    if (spec == null) continue;
                    if (spec.Kind == LocatorKind.Quotes)
                    {
                        Report(SchemaDiagnosticIds.InvalidDropLocator, Span(locator.At, locator.Name), locator.Name.Text);
                        continue;
                    }
                    if (!CheckDropArguments(locator, spec)) continue;
                    drops.Add(new DropSpec(spec));
                }
                continue;
            }
            var field = (FieldSyntax)member;
            if (!ctx.ByName.TryGetValue(field.Name.Text, out var info) || info.Syntax != field) continue;
            if (field.HasErrors) continue;
            var bound = BindField(info, ctx);
            info.Ok = info.Type != null && okNames.Contains(field);
            // A field whose type is fine but whose locators are broken (their errors reported) is kept with its declared
            // type and no locator: it is never found, and code that uses its property still compiles (one mistake, one error).
            if (!bound && info.Ok) KeepWithoutLocators(info);
        }

        // Leave out fields that failed or are in a cycle. Fields that depend on them still generate (one mistake, one
        // error): the lowering treats an anchor or @quotes(in:) source naming a left-out field as never found.
        var n = ctx.Fields.Count;
        var inCycle = FindCycles(ctx);
        var leftOut = new bool[n];
        for (var i = 0; i < n; i++)
        {
            if (!ctx.Fields[i].Ok) leftOut[i] = true;
            // A field in a dependency cycle (reported) is kept the same way, without locators, so the cycle is broken.
            else if (inCycle[i]) KeepWithoutLocators(ctx.Fields[i]);
        }

        var newIndex = new int[n];
        var kept = new List<int>();
        var fields = new List<FieldSpec>();
        for (var index = 0; index < n; index++)
        {
            if (leftOut[index]) continue;
            var info = ctx.Fields[index];
            newIndex[index] = fields.Count;
            kept.Add(index);
            fields.Add(new FieldSpec(info.Syntax.Name.Text, Naming.ToPascalCase(info.Syntax.Name.Text), info.Type!, info.Syntax.Doc,
                info.Locators.ToEquatableArray(), info.Syntax.Name.Range, info.Transforms));
        }
        var dependencies = new DependencyGraph(kept.Count);
        for (var k = 0; k < kept.Count; k++)
        {
            foreach (var r in ctx.Fields[kept[k]].References.Keys)
            {
                if (!leftOut[r]) dependencies.AddDependency(k, newIndex[r]);
            }
        }
        var order = dependencies.TopologicalOrder();

        var jsonLd = BindJsonLd(decl, ctx);
        if (decl.Name == null) return null;
        var article = new ArticleSpec(decl.Name.Text, decl.Doc, fields.ToEquatableArray(), drops.ToEquatableArray(), order.ToEquatableArray(), decl.Name.Range, jsonLd);
        return decl.Layouts.Count == 0 ? article : article with { Layouts = BindLayouts(decl, ctx, article) };
    }

    private static void KeepWithoutLocators(FieldInfo info)
    {
        info.Locators.Clear();
        info.References.Clear();
    }

    /// <summary>Reports one error per dependency cycle among fields that bound; returns which fields are in one.</summary>
    private bool[] FindCycles(ArticleContext ctx)
    {
        var n = ctx.Fields.Count;
        var graph = new DependencyGraph(n);
        for (var i = 0; i < n; i++)
        {
            if (!ctx.Fields[i].Ok) continue;
            foreach (var r in ctx.Fields[i].References.Keys)
            {
                if (ctx.Fields[r].Ok) graph.AddDependency(i, r);
            }
        }
        var inCycle = new bool[n];
        foreach (var cycle in graph.Cycles())
        {
            var start = cycle[0];
            var path = graph.ShortestCycle(start, cycle);
            var names = path.Select(i => ctx.Fields[i].Syntax.Name.Text).Concat(new[] { ctx.Fields[start].Syntax.Name.Text });
            var at = path.Count > 1 ? ctx.Fields[start].References[path[1]] : ctx.Fields[start].References[path[0]];
            Report(SchemaDiagnosticIds.DependencyCycle, at.Range, string.Join(" → ", names));
            foreach (var i in cycle) inCycle[i] = true;
        }
        return inCycle;
    }

    /// <summary>Binds a field's locators and checks they fit its type. Returns false when there was an error.</summary>
    private bool BindField(FieldInfo info, ArticleContext ctx)
    {
        var field = info.Syntax;
        var ok = true;
        if (field.Locators.Count == 0)
        {
            Report(SchemaDiagnosticIds.NoLocator, field.Name.Range, field.Name.Text);
            return false;
        }
        // Ordered fallbacks: every locator is kept, in declaration order (docs/schema-language.md §5).
        var bound = new List<(LocatorSpec Spec, LocatorSyntax Syntax)>();
        var boundDisplays = new HashSet<string>(StringComparer.Ordinal);
        foreach (var locator in field.Locators)
        {
            var spec = BindLocator(locator, ctx, info);
            if (spec == null)
            {
                ok = false;
                continue;
            }
            if (!CheckFallback(info, spec, locator, bound, boundDisplays))
            {
                if (spec.Kind == LocatorKind.Quotes || bound[0].Spec.Kind == LocatorKind.Quotes) ok = false;
                continue;
            }
            boundDisplays.Add(spec.Display);
            // HTML locators take their place in the ordered fallbacks like the text ones; their fit is checked by
            // Binder.HtmlLocators (on non-HTML input they find nothing and the next locator is tried).
            if (spec.Format is InputFormat.Html or InputFormat.Markdown)
            {
                if (info.Type != null && !CheckHtmlFit(info, info.Type, locator)) ok = false;
                else if (info.Type != null && spec.Markdown is { } markdown && !CheckMarkdownFit(info, info.Type, markdown, locator)) ok = false;
                bound.Add((spec, locator));
                info.Locators.Add(spec);
                continue;
            }
            if (info.Type != null && !CheckFit(info, info.Type, spec, locator)) ok = false;
            if (info.Type != null && !CheckPart(info, info.Type, spec, locator)) ok = false;
            bound.Add((spec, locator));
            info.Locators.Add(spec);
        }
        var transforms = BindTransforms(field, info.Type);
        if (transforms == null) ok = false;
        else info.Transforms = transforms.Value;
        return ok;
    }
}
