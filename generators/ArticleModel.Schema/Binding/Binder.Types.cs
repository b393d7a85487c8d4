using System;
using System.Collections.Generic;
using System.Linq;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

// Types: schema type names to TypeSpec.
internal sealed partial class Binder
{
    private TypeSpec? BindType(TypeSyntax type)
    {
        var name = type.Name.Text;
        ValueKind kind;
        string? recordName = null;
        switch (name)
        {
            case "text": kind = ValueKind.Text; break;
            case "paragraph": kind = ValueKind.Paragraph; break;
            case "int": kind = ValueKind.Int; break;
            case "date": kind = ValueKind.Date; break;
            case "url": kind = ValueKind.Url; break;
            case "handle": kind = ValueKind.Handle; break;
            case "quote": kind = ValueKind.Quote; break;
            default:
                if (!_recordSyntax.ContainsKey(name))
                {
                    var candidates = Naming.BuiltInTypes.Concat(_recordSyntax.Keys).ToList();
                    var suggestion = Naming.Suggest(name, candidates);
                    if (suggestion != null) _suggestedTypes.Add(suggestion);
                    Report(SchemaDiagnosticIds.UnknownType, type.Name.Range, name, suggestion == null ? string.Empty : " (did you mean '" + suggestion + "'?)");
                    return null;
                }
                kind = ValueKind.Record;
                recordName = name;
                break;
        }
        var spec = new TypeSpec(kind, recordName, type.IsOptional, type.IsList);
        if (type.IsList && type.IsOptional)
        {
            Report(SchemaDiagnosticIds.OptionalList, type.Question!.Range, spec.ToString(), (spec with { IsOptional = false }).ToString());
            return null;
        }
        return spec;
    }
}
