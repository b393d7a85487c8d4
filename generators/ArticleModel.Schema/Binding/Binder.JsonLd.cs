using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ArticleModel.Schema.Lowering;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

// The jsonld block: schema.org type, properties (JsonLdVocabulary), their sources and whether each fits (AM0220–AM0228).
internal sealed partial class Binder
{
    /// <summary>Reports every jsonld block of a record (AM0226).</summary>
    private void ReportJsonLdInRecord(DeclarationSyntax decl)
    {
        foreach (var block in decl.JsonLd)
            Report(SchemaDiagnosticIds.MisplacedJsonLdBlock, block.Keyword.Range, "record '" + (decl.Name?.Text ?? "?") + "' has a jsonld block, but a record is written inside its article's");
    }

    /// <summary>Binds the article's jsonld block; null when it has none or it has errors (reported).</summary>
    private JsonLdSpec? BindJsonLd(DeclarationSyntax decl, ArticleContext ctx)
    {
        if (decl.JsonLd.Count == 0) return null;
        var block = decl.JsonLd[0];
        for (var i = 1; i < decl.JsonLd.Count; i++)
            Report(SchemaDiagnosticIds.MisplacedJsonLdBlock, decl.JsonLd[i].Keyword.Range, "article '" + ctx.Name + "' has a second jsonld block (the first is at " + Position(block.Keyword.Range) + ")");
        if (block.HasErrors || block.Type is null) return null;
        var type = block.Type.Text;
        if (Array.IndexOf(JsonLdVocabulary.ArticleTypes, type) < 0)
        {
            Report(SchemaDiagnosticIds.UnknownJsonLdType, block.Type.Range, type, Naming.JoinOr(JsonLdVocabulary.ArticleTypes), Naming.DidYouMean(type, JsonLdVocabulary.ArticleTypes));
            return null;
        }
        var ok = true;
        var properties = BindJsonLdProperties(block.Properties, JsonLdVocabulary.ArticleTerms(type), type, ctx, null, ref ok);
        if (!ok) return null;
        if (!block.Properties.Any(p => p.Name.Text == "headline"))
        {
            var first = ctx.Fields.FirstOrDefault(f => f.Ok && f.Type is { IsList: false, Kind: ValueKind.Text });
            Report(SchemaDiagnosticIds.JsonLdWithoutHeadline, block.Type.Range, ctx.Name, first?.Syntax.Name.Text ?? "a text field");
        }
        return new JsonLdSpec(type, properties, block.Type.Range);
    }

    private EquatableArray<JsonLdPropertySpec> BindJsonLdProperties(List<JsonLdPropertySyntax> syntax, IReadOnlyList<JsonLdTerm> terms, string owner,
        ArticleContext ctx, RecordSpec? record, ref bool ok)
    {
        var properties = new List<JsonLdPropertySpec>();
        var seen = new Dictionary<string, Token>(StringComparer.Ordinal);
        foreach (var p in syntax)
        {
            var name = p.Name.Text;
            var term = JsonLdVocabulary.Find(terms, name);
            if (term is null)
            {
                var names = terms.Select(t => t.Name).ToList();
                Report(SchemaDiagnosticIds.UnknownJsonLdProperty, p.Name.Range, name, owner, Naming.JoinOr(names), Naming.DidYouMean(name, names));
                ok = false;
                continue;
            }
            if (seen.TryGetValue(name, out var first))
            {
                Report(SchemaDiagnosticIds.DuplicateJsonLdProperty, p.Name.Range, name, Position(first.Range));
                ok = false;
                continue;
            }
            seen[name] = p.Name;
            if (p.Source is null)
            {
                if (BindInlineNode(p, term, ctx, record, ref ok) is { } inline) properties.Add(inline);
                continue;
            }
            var source = BindJsonLdSource(p, ctx, record, ref ok);
            if (source is null) continue;
            var writer = JsonLdWriters.Choose(term.Range, term.AllowsList, source);
            var sourceToken = p.Member ?? p.Source!;
            if (writer is null)
            {
                Report(SchemaDiagnosticIds.JsonLdTypeMismatch, Span(p.Source!, sourceToken), name, JsonLdWriters.Expected(term.Range, term.AllowsList),
                    SourceText(p), source.IsString ? "a string" : Describe(source.Parts[0].Type!));
                ok = false;
                continue;
            }
            var members = EquatableArray<JsonLdPropertySpec>.Empty;
            if (writer is JsonLdWriterKind.Node or JsonLdWriterKind.Nodes)
            {
                var recordName = source.Parts[0].Type!.RecordName!;
                var nodeType = JsonLdVocabulary.NodeType(term.Range);
                if (p.OpenBrace is null)
                {
                    Report(SchemaDiagnosticIds.JsonLdMemberMap, Span(p.Source!, sourceToken),
                        $"'{name}' is written as a {nodeType} from the record {recordName} of '{SourceText(p)}', but nothing says which member is which property",
                        $"a member map, as in '{name}: {SourceText(p)} {{ name: … }}'");
                    ok = false;
                    continue;
                }
                if (!_records.TryGetValue(recordName, out var spec)) continue;
                members = BindJsonLdProperties(p.Members, JsonLdVocabulary.NodeTerms(term.Range), nodeType, ctx, spec, ref ok);
            }
            else if (p.OpenBrace is not null)
            {
                Report(SchemaDiagnosticIds.JsonLdMemberMap, p.OpenBrace.Range,
                    $"a member map follows only a record field written as a Person or Organization, but '{SourceText(p)}' is {(source.IsString ? "a string" : Describe(source.Parts[0].Type!))} and '{name}' takes {JsonLdWriters.Expected(term.Range, term.AllowsList)}",
                    "no '{ … }' here");
                ok = false;
                continue;
            }
            properties.Add(new JsonLdPropertySpec(name, term.Range, term.AllowsList, source, members));
        }
        return properties.ToEquatableArray();
    }

    /// <summary>
    /// A node made of fields (<c>author: { name: author; jobTitle: role }</c>): a Person or an Organization whose
    /// properties come from the article's fields (or, inside a member map, the record's members); written when its
    /// <c>name</c> is present, so it needs one.
    /// </summary>
    private JsonLdPropertySpec? BindInlineNode(JsonLdPropertySyntax p, JsonLdTerm term, ArticleContext ctx, RecordSpec? record, ref bool ok)
    {
        var name = p.Name.Text;
        if (term.Range is not (JsonLdRange.Person or JsonLdRange.Organization))
        {
            Report(SchemaDiagnosticIds.JsonLdMemberMap, p.OpenBrace!.Range,
                $"'{{ … }}' writes a Person or an Organization, but '{name}' takes {JsonLdWriters.Expected(term.Range, term.AllowsList)}", "a field or a string, as in '" + name + ": …'");
            ok = false;
            return null;
        }
        var nodeType = JsonLdVocabulary.NodeType(term.Range);
        var members = BindJsonLdProperties(p.Members, JsonLdVocabulary.NodeTerms(term.Range), nodeType, ctx, record, ref ok);
        if (!p.Members.Any(m => m.Name.Text == "name"))
        {
            Report(SchemaDiagnosticIds.JsonLdMemberMap, p.OpenBrace!.Range,
                $"the {nodeType} of '{name}' has no 'name', and a node made of fields is written only when its name is present", $"'name: …' in it, as in '{name}: {{ name: author }}'");
            ok = false;
            return null;
        }
        return new JsonLdPropertySpec(name, term.Range, term.AllowsList, new JsonLdSourceSpec(EquatableArray<JsonLdPartSpec>.Empty, false), members);
    }

    private static string SourceText(JsonLdPropertySyntax p) => p.Source!.Kind == TokenKind.String ? p.Source.Text : p.Source.Text + (p.Member is null ? "" : "." + p.Member.Text);

    private static string Describe(TypeSpec type) => type.Kind == ValueKind.Record ? "the record " + type : type.ToString();

    /// <summary>The property's source; null when it has an error (reported, <paramref name="ok"/> cleared) or names a field left out for its own error.</summary>
    private JsonLdSourceSpec? BindJsonLdSource(JsonLdPropertySyntax p, ArticleContext ctx, RecordSpec? record, ref bool ok)
    {
        var source = p.Source!;
        if (source.Kind == TokenKind.String) return BindJsonLdTemplate(source, ctx, record, ref ok);
        var part = BindJsonLdReference(source.Text, p.Member?.Text, source.Range, p.Member?.Range ?? source.Range, ctx, record, ref ok);
        return part is null ? null : new JsonLdSourceSpec(new[] { part }.ToEquatableArray(), false);
    }

    /// <summary>A reference to a field, a field's member, or (in a member map) a member of the node's record.</summary>
    private JsonLdPartSpec? BindJsonLdReference(string name, string? member, TextRange at, TextRange memberAt, ArticleContext ctx, RecordSpec? record, ref bool ok)
    {
        if (record is not null)
        {
            if (member is not null)
            {
                Report(SchemaDiagnosticIds.JsonLdMemberMap, memberAt,
                    $"'{name}.{member}' reads a member of a member, but the members of record {record.Name} are single values",
                    $"a member of {record.Name} by its name alone, as in 'name: {name}'");
                ok = false;
                return null;
            }
            return RecordMember(record, name, at, ref ok) is { } m ? new JsonLdPartSpec(null, null, name, m.Type) : null;
        }
        if (!ctx.ByName.TryGetValue(name, out var field))
        {
            var fieldNames = ctx.Fields.Select(f => f.Syntax.Name.Text).ToList();
            Report(SchemaDiagnosticIds.UnknownJsonLdSource, at, name, "a field of article '" + ctx.Name + "'", "a field (" + Naming.JoinOr(fieldNames) + "), 'field.member' or a string", Naming.DidYouMean(name, fieldNames));
            ok = false;
            return null;
        }
        // A field left out for its own error (reported) is never written: no follow-on error.
        if (!field.Ok || field.Type is null) return null;
        if (member is null) return new JsonLdPartSpec(null, name, null, field.Type);
        if (field.Type.Kind != ValueKind.Record || field.Type.IsList)
        {
            Report(SchemaDiagnosticIds.JsonLdMemberMap, memberAt,
                $"'{name}.{member}' reads a member of '{name}', but '{name}' is {Describe(field.Type)}",
                "a single record field (a list has no one member to write; map the list to a Person or Organization with a member map instead)");
            ok = false;
            return null;
        }
        if (!_records.TryGetValue(field.Type.RecordName!, out var fieldRecord)) return null;
        return RecordMember(fieldRecord, member, memberAt, ref ok) is { } found ? new JsonLdPartSpec(null, name, member, found.Type) : null;
    }

    private RecordFieldSpec? RecordMember(RecordSpec record, string name, TextRange at, ref bool ok)
    {
        foreach (var m in record.Fields)
        {
            if (m.Name == name) return m;
        }
        // A member left out for its own error (reported) is not reported again.
        if (_recordSyntax.TryGetValue(record.Name, out var syntax) && syntax.Members.OfType<FieldSyntax>().Any(f => f.Name.Text == name)) return null;
        var memberNames = record.Fields.Select(f => f.Name).ToList();
        Report(SchemaDiagnosticIds.UnknownJsonLdSource, at, name, "a member of record " + record.Name, "a member (" + Naming.JoinOr(memberNames) + ")", Naming.DidYouMean(name, memberNames));
        ok = false;
        return null;
    }

    /// <summary>
    /// A string source: literal text with <c>{name}</c> (or <c>{field.member}</c>) placeholders; <c>{{</c> and <c>}}</c>
    /// are literal braces. Placeholders take single text, handle, paragraph, int, date or url values.
    /// </summary>
    private JsonLdSourceSpec? BindJsonLdTemplate(Token source, ArticleContext ctx, RecordSpec? record, ref bool ok)
    {
        var text = source.Value;
        var parts = new List<JsonLdPartSpec>();
        var literal = new StringBuilder();
        var skip = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '}')
            {
                if (i + 1 < text.Length && text[i + 1] == '}')
                {
                    literal.Append('}');
                    i++;
                    continue;
                }
                return TemplateError(source, i, "the '}' is not closing a placeholder", ref ok);
            }
            if (c != '{')
            {
                literal.Append(c);
                continue;
            }
            if (i + 1 < text.Length && text[i + 1] == '{')
            {
                literal.Append('{');
                i++;
                continue;
            }
            var close = text.IndexOf('}', i + 1);
            if (close < 0) return TemplateError(source, i, "the '{' is not closed", ref ok);
            var inner = text.Substring(i + 1, close - i - 1).Trim();
            var dot = inner.IndexOf('.');
            var name = dot < 0 ? inner : inner.Substring(0, dot);
            var member = dot < 0 ? null : inner.Substring(dot + 1);
            if (!IsIdentifier(name) || (member is not null && !IsIdentifier(member)))
                return TemplateError(source, i, "the placeholder '{" + inner + "}' is not a name (a field, 'field.member', or in a member map a member)", ref ok);
            if (literal.Length > 0)
            {
                parts.Add(new JsonLdPartSpec(literal.ToString(), null, null, null));
                literal.Clear();
            }
            var at = RangeInString(source, i + 1);
            var part = BindJsonLdReference(name, member, at, at, ctx, record, ref ok);
            i = close;
            if (part is null)
            {
                skip = true;
                continue;
            }
            if (part.Type!.IsList || part.Type.Kind is ValueKind.Record or ValueKind.Quote)
            {
                Report(SchemaDiagnosticIds.JsonLdTypeMismatch, at, "{" + inner + "}", "a single text, handle, paragraph, int, date or url value", inner, Describe(part.Type));
                ok = false;
                skip = true;
                continue;
            }
            parts.Add(part);
        }
        if (literal.Length > 0) parts.Add(new JsonLdPartSpec(literal.ToString(), null, null, null));
        return skip ? null : new JsonLdSourceSpec(parts.ToEquatableArray(), true);
    }

    private JsonLdSourceSpec? TemplateError(Token source, int offset, string why, ref bool ok)
    {
        Report(SchemaDiagnosticIds.InvalidJsonLdTemplate, RangeInString(source, offset), source.Value, why);
        ok = false;
        return null;
    }

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsLetter(s[0]) && s[0] < 128 || s[0] == '_')) return false;
        foreach (var c in s)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
        }
        return true;
    }
}
