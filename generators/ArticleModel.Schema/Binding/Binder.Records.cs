using System;
using System.Collections.Generic;
using System.Linq;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

// Records: record declarations and their members.
internal sealed partial class Binder
{
    private RecordSpec? BindRecord(DeclarationSyntax decl)
    {
        var okNames = CheckNames(decl);
        ReportJsonLdInRecord(decl);
        var members = new List<RecordFieldSpec>();
        var failed = false;
        foreach (var member in decl.Members)
        {
            if (member is DropSyntax drop)
            {
                Report(SchemaDiagnosticIds.DropInRecord, drop.Keyword.Range, decl.Name?.Text ?? "?");
                continue;
            }
            var field = (FieldSyntax)member;
            if (field.HasErrors || field.Type == null) continue;
            var type = BindType(field.Type);
            var good = type != null && okNames.Contains(field);
            if (type != null && (type.IsList || type.Kind is ValueKind.Quote or ValueKind.Paragraph or ValueKind.Record))
            {
                Report(SchemaDiagnosticIds.InvalidRecordMemberType, _source.Span(field.Type.Name.Range, field.Type.Last.Range), field.Name.Text, type.ToString());
                good = false;
            }
            if (field.Locators.Count > 0)
            {
                var first = field.Locators[0];
                var last = field.Locators[field.Locators.Count - 1];
                Report(SchemaDiagnosticIds.LocatorInRecord, Span(first.At, last.Close), field.Name.Text);
                good = false;
            }
            var transforms = BindTransforms(field, type);
            if (transforms == null) good = false;
            if (good)
                members.Add(new RecordFieldSpec(field.Name.Text, Naming.ToPascalCase(field.Name.Text), type!, field.Doc, field.Name.Range, transforms!.Value));
            else
                failed = true;
        }
        _ = failed;
        if (decl.Name == null) return null;
        return new RecordSpec(decl.Name.Text, decl.Doc, members.ToEquatableArray(), decl.Name.Range);
    }
}
