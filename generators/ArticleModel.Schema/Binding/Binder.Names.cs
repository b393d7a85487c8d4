using System;
using System.Collections.Generic;
using System.Linq;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

// Names: field names and the C# property names made from them.
internal sealed partial class Binder
{
    /// <summary>Checks duplicate names and property names of a declaration's fields; returns the fields that are fine.</summary>
    private HashSet<FieldSyntax> CheckNames(DeclarationSyntax decl)
    {
        var ok = new HashSet<FieldSyntax>();
        var names = new Dictionary<string, FieldSyntax>(StringComparer.Ordinal);
        var properties = new Dictionary<string, FieldSyntax>(StringComparer.Ordinal);
        var owner = decl.Name?.Text ?? "?";
        foreach (var field in decl.Members.OfType<FieldSyntax>())
        {
            var name = field.Name.Text;
            if (names.ContainsKey(name))
            {
                Report(SchemaDiagnosticIds.DuplicateField, field.Name.Range, owner, name);
                continue;
            }
            names[name] = field;
            if (!NameRules.CheckMemberName(field.Name, _diagnostics)) continue;
            var property = Naming.ToPascalCase(name);
            if (!Naming.IsUsablePropertyName(property))
            {
                Report(SchemaDiagnosticIds.InvalidPropertyName, field.Name.Range, name, property);
                continue;
            }
            if (properties.TryGetValue(property, out var other))
            {
                Report(SchemaDiagnosticIds.PropertyNameCollision, field.Name.Range, name, property, other.Name.Text);
                continue;
            }
            properties[property] = field;
            if (decl.Name != null && property == decl.Name.Text)
            {
                Report(SchemaDiagnosticIds.PropertyNameIsTypeName, field.Name.Range, name, property);
                continue;
            }
            if (Array.IndexOf(Naming.GeneratedMembers, property) >= 0)
            {
                Report(SchemaDiagnosticIds.ReservedMemberName, field.Name.Range, name, property, string.Join(", ", GeneratedNames.Members));
                continue;
            }
            ok.Add(field);
        }
        return ok;
    }
}
