using System;
using System.Collections.Generic;
using System.Linq;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

// Declarations: the namespace, declaration names, and the order records and articles are bound in.
internal sealed partial class Binder
{
    private SchemaModel BindFile(FileSyntax file)
    {
        string? ns = null;
        if (file.Namespace is { HasErrors: false } nsSyntax && nsSyntax.Parts.Count > 0)
        {
            var ok = true;
            foreach (var part in nsSyntax.Parts)
            {
                if (Naming.IsCSharpKeyword(part.Text))
                {
                    Report(SchemaDiagnosticIds.CSharpKeyword, part.Range, part.Text, "namespace");
                    ok = false;
                }
            }
            if (ok && NameRules.CheckNamespace(nsSyntax.Parts, _diagnostics)) ns = string.Join(".", nsSyntax.Parts.Select(p => p.Text));
        }

        // Declaration names.
        var valid = new HashSet<DeclarationSyntax>();
        var firstByName = new Dictionary<string, DeclarationSyntax>(StringComparer.Ordinal);
        foreach (var decl in file.Declarations)
        {
            if (decl.Name == null) continue;
            var name = decl.Name.Text;
            var kind = decl.IsArticle ? "article" : "record";
            if (Array.IndexOf(Naming.BuiltInTypes, name) >= 0)
            {
                Report(SchemaDiagnosticIds.BuiltInTypeName, decl.Name.Range, kind, name);
                continue;
            }
            if (Naming.IsCSharpKeyword(name))
            {
                Report(SchemaDiagnosticIds.CSharpKeyword, decl.Name.Range, name, kind + " type");
                continue;
            }
            if (!NameRules.CheckTypeName(decl.Name, kind, ns, _diagnostics)) continue;
            if (firstByName.TryGetValue(name, out var first))
            {
                Report(SchemaDiagnosticIds.DuplicateDeclaration, decl.Name.Range, name, Position(first.Name!.Range));
                if (!decl.IsArticle && !_recordSyntax.ContainsKey(name)) _recordSyntax[name] = decl;
                continue;
            }
            firstByName[name] = decl;
            if (!decl.IsArticle) _recordSyntax[name] = decl;
            valid.Add(decl);
        }

        var records = new List<RecordSpec>();
        foreach (var decl in file.Declarations.Where(d => !d.IsArticle))
        {
            var spec = BindRecord(decl);
            if (spec != null && valid.Contains(decl))
            {
                records.Add(spec);
                _records[spec.Name] = spec;
            }
        }

        var articles = new List<ArticleSpec>();
        var usedTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var decl in file.Declarations.Where(d => d.IsArticle))
        {
            var spec = BindArticle(decl, usedTypes);
            if (spec != null && valid.Contains(decl)) articles.Add(spec);
        }

        foreach (var decl in file.Declarations.Where(d => !d.IsArticle && valid.Contains(d)))
        {
            if (!usedTypes.Contains(decl.Name!.Text) && !_suggestedTypes.Contains(decl.Name.Text)) Report(SchemaDiagnosticIds.UnusedRecord, decl.Name.Range, decl.Name.Text);
        }

        // A file with no article generates no parser: the CLI cannot parse with it and the build makes nothing of it,
        // so `check`, `parse` and the build all say so, at the start of the file.
        if (!file.Declarations.Any(d => d.IsArticle)) Report(SchemaDiagnosticIds.NoArticle, _source.Range(0, 0));

        return new SchemaModel(_source.FilePath, ns, articles.ToEquatableArray(), records.ToEquatableArray());
    }
}
