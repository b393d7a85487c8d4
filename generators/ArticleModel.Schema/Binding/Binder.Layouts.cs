using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

// Layout blocks (AM0230–AM0237): each is bound as a variant of the article — the same declaration with the fields it
// names given its locators and transforms — by a binder of its own, so every check a field gets (locators, fits,
// anchors, cycles) applies to a layout's fields too. The variant's diagnostics inside the block are reported; the rest
// repeat the article's own and are dropped.
internal sealed partial class Binder
{
    /// <summary>The most layouts an article may have: each is a variant bound and emitted in full, and one more parse under trial.</summary>
    internal const int MaxLayouts = 16;

    private EquatableArray<LayoutSpec> BindLayouts(DeclarationSyntax decl, ArticleContext ctx, ArticleSpec article)
    {
        var layouts = new List<LayoutSpec>();
        if (decl.Layouts.Count > MaxLayouts)
        {
            Report(SchemaDiagnosticIds.TooManyLayouts, decl.Layouts[MaxLayouts].Keyword.Range, article.Name, decl.Layouts.Count, MaxLayouts);
            return EquatableArray<LayoutSpec>.Empty;
        }
        var names = new Dictionary<string, LayoutSyntax>(StringComparer.Ordinal);
        (LayoutSyntax Syntax, DateTime Until)? previous = null;
        foreach (var layout in decl.Layouts)
        {
            var ok = !layout.HasErrors;
            var name = layout.Name!.Value;
            var display = "\"" + name + "\"";
            if (name.Trim().Length == 0 || name == "current" || names.ContainsKey(name))
            {
                Report(SchemaDiagnosticIds.DuplicateLayoutName, layout.Name.Range,
                    name.Trim().Length == 0 ? "a layout's name is empty"
                    : name == "current" ? "\"current\" names the article's own fields"
                    : "layout " + display + " is already declared at " + Position(names[name].Name!.Range));
                ok = false;
            }
            else names[name] = layout;

            string? until = null;
            if (layout.Until is { } untilToken)
            {
                if (!DateTime.TryParseExact(untilToken.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    Report(SchemaDiagnosticIds.InvalidLayoutDate, untilToken.Range, untilToken.Value, display, "it is not a day of the calendar written year-month-day");
                    ok = false;
                }
                else
                {
                    until = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    if (previous is { } p && day >= p.Until)
                    {
                        var pName = "\"" + p.Syntax.Name!.Value + "\"";
                        var pUntil = p.Until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                        if (day == p.Until) Report(SchemaDiagnosticIds.OverlappingLayouts, untilToken.Range, pName, display, until);
                        else Report(SchemaDiagnosticIds.LayoutDatesOutOfOrder, untilToken.Range, display, until, pName, pUntil);
                        ok = false;
                    }
                    previous = (layout, day);
                }
            }

            var overrides = new Dictionary<string, FieldSyntax>(StringComparer.Ordinal);
            foreach (var field in layout.Fields)
            {
                var fieldName = field.Name.Text;
                if (!ctx.ByName.ContainsKey(fieldName))
                {
                    Report(SchemaDiagnosticIds.UnknownLayoutField, field.Name.Range, display, fieldName, ctx.Name, Naming.DidYouMean(fieldName, ctx.ByName.Keys));
                    ok = false;
                }
                else if (overrides.ContainsKey(fieldName))
                {
                    Report(SchemaDiagnosticIds.DuplicateLayoutField, field.Name.Range, display, fieldName);
                    ok = false;
                }
                else overrides[fieldName] = field;
                if (field.HasErrors) ok = false;
            }
            if (layout.Fields.Count == 0 && !layout.HasErrors) Report(SchemaDiagnosticIds.EmptyLayout, layout.Name.Range, display);

            var variant = BindVariant(decl, layout, overrides);
            // A layout whose variant lost a field (an error in its locators, reported) cannot build the article's type.
            if (!ok || variant is null || !variant.Fields.Select(f => f.Name).SequenceEqual(article.Fields.Select(f => f.Name))) continue;
            layouts.Add(new LayoutSpec(name, until, overrides.Keys.ToEquatableArray(), variant, layout.Name.Range));
        }
        return layouts.ToEquatableArray();
    }

    // The article as the layout sees it, bound by a binder of its own; its diagnostics inside the layout block are reported.
    private ArticleSpec? BindVariant(DeclarationSyntax decl, LayoutSyntax layout, Dictionary<string, FieldSyntax> overrides)
    {
        var variant = new DeclarationSyntax(decl.Keyword, decl.Doc) { Name = decl.Name, HasErrors = decl.HasErrors };
        foreach (var member in decl.Members)
        {
            if (member is FieldSyntax field && overrides.TryGetValue(field.Name.Text, out var o))
            {
                var replaced = new FieldSyntax(field.Name, field.Doc) { Type = field.Type, HasErrors = field.HasErrors || o.HasErrors };
                replaced.Locators.AddRange(o.Locators);
                replaced.Transforms.AddRange(o.Transforms);
                variant.Members.Add(replaced);
            }
            else variant.Members.Add(member);
        }
        var bag = new DiagnosticBag(_source);
        var spec = new Binder(this, bag).BindArticle(variant, new HashSet<string>(StringComparer.Ordinal));
        var start = layout.Keyword.Range.Start;
        var end = layout.End.Range.End;
        foreach (var d in bag.Items)
        {
            if (d.Range.Start >= start && d.Range.Start < end) _diagnostics.Add(d);
        }
        return spec;
    }
}
