using System.Collections.Generic;
using System.Globalization;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

/// <summary>
/// The checks that make every name a schema declares usable verbatim in the generated C#: a length limit (AM0140;
/// the generated file names, hint names and metadata names stay bounded) and the names the generated code needs for
/// itself (AM0141 for types and namespaces; members are AM0111), all taken from <see cref="GeneratedNames"/>.
/// The binder calls these; each returns false when it reported an error and the name must not be used.
/// </summary>
internal static class NameRules
{
    /// <summary>Checks a namespace's parts and its whole.</summary>
    public static bool CheckNamespace(IReadOnlyList<Token> parts, DiagnosticBag diagnostics)
    {
        var ok = true;
        var total = -1;
        foreach (var part in parts)
        {
            total += part.Text.Length + 1;
            ok &= CheckLength(part, "namespace part", GeneratedNames.MaxNameLength, diagnostics);
        }
        if (!ok || parts.Count == 0) return ok;
        var whole = string.Join(".", System.Linq.Enumerable.Select(parts, p => p.Text));
        if (total > GeneratedNames.MaxNamespaceLength)
        {
            diagnostics.Add(SchemaDiagnosticIds.NameTooLong, parts[0].Range, "namespace", GeneratedNames.ForMessage(whole),
                total.ToString(CultureInfo.InvariantCulture), GeneratedNames.MaxNamespaceLength.ToString(CultureInfo.InvariantCulture));
            return false;
        }
        foreach (var part in parts)
        {
            var reason = GeneratedNames.WhyReservedNamespacePart(part.Text);
            if (reason is null) continue;
            diagnostics.Add(SchemaDiagnosticIds.ReservedName, part.Range, part.Text, "namespace part", reason, GeneratedNames.Alternative(part.Text, "namespace part"));
            return false;
        }
        var why = GeneratedNames.WhyReservedNamespace(whole);
        if (why is null) return true;
        diagnostics.Add(SchemaDiagnosticIds.ReservedName, parts[0].Range, whole, "namespace", why, GeneratedNames.Alternative(whole, "namespace"));
        return false;
    }

    /// <summary>Checks the name of an article or record declared in <paramref name="ns"/>.</summary>
    public static bool CheckTypeName(Token name, string kind, string? ns, DiagnosticBag diagnostics)
    {
        if (!CheckLength(name, kind, GeneratedNames.MaxNameLength, diagnostics)) return false;
        var why = GeneratedNames.WhyReservedTypeName(name.Text, ns);
        if (why is null) return true;
        diagnostics.Add(SchemaDiagnosticIds.ReservedName, name.Range, name.Text, kind + " type", why, GeneratedNames.Alternative(name.Text, kind + " type"));
        return false;
    }

    /// <summary>Checks the length of a field or record member name (reserved member names are AM0111, in the binder).</summary>
    public static bool CheckMemberName(Token name, DiagnosticBag diagnostics) =>
        CheckLength(name, "field", GeneratedNames.MaxNameLength, diagnostics);

    private static bool CheckLength(Token name, string what, int limit, DiagnosticBag diagnostics)
    {
        if (name.Text.Length <= limit) return true;
        diagnostics.Add(SchemaDiagnosticIds.NameTooLong, name.Range, what, GeneratedNames.ForMessage(name.Text),
            name.Text.Length.ToString(CultureInfo.InvariantCulture), limit.ToString(CultureInfo.InvariantCulture));
        return false;
    }
}
