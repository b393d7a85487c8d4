using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using ArticleModel.Generators.Diagnostics;
using ArticleModel.Generators.Model;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Generators.Pipeline;

/// <summary>
/// The cross-file step: every type declared by every schema of the compilation, sorted, and the decisions that need
/// all of them at once. A type declared by two schemas (same namespace and name) would be a duplicate C# type and a
/// duplicate hint name (CS8785, the whole project loses its generated code): it gets AM1004 at each declaration and
/// only the first (by schema path, ordinal) is generated. A type named like a namespace another schema declares gets
/// AM1004 too and is left out. An article that uses a record left out is left out with it. Names differing only in case are legal C# but collide on case-insensitive file
/// systems: AM1005 at each, and hint names are made unique case-insensitively. Hint names are short (long names are
/// truncated and keep a stable hash), so no generated path grows with the schema.
/// </summary>
internal sealed record TypeNameTable(EquatableArray<DeclaredType> Types, EquatableArray<string> Namespaces)
{
    /// <summary>Hint names the generator uses for files of its own.</summary>
    internal static readonly string[] ReservedHintNames = { "ArticleModel.IsExternalInit.g.cs" };

    /// <summary>Longest hint-name stem before it is truncated and given a hash.</summary>
    internal const int MaxHintStem = 80;

    /// <summary>The declarations of one compiled schema (null model: nothing).</summary>
    public static SchemaDeclarations Declarations(string path, SchemaPlan? model)
    {
        if (model is null) return new SchemaDeclarations(path, null, EquatableArray<DeclaredType>.Empty);
        var types = new List<DeclaredType>(model.Records.Count + model.Articles.Count);
        foreach (var r in model.Records) types.Add(new DeclaredType(model.FilePath, model.Namespace, r.Name, r.Range));
        foreach (var a in model.Articles) types.Add(new DeclaredType(model.FilePath, model.Namespace, a.Name, a.Range));
        return new SchemaDeclarations(model.FilePath, model.Namespace, types.ToEquatableArray());
    }

    /// <summary>Joins every schema's declarations in a stable order (the driver's order of files is not relied on).</summary>
    public static TypeNameTable Create(ImmutableArray<SchemaDeclarations> schemas)
    {
        var types = schemas.SelectMany(s => s.Types)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ThenBy(t => t.Path, StringComparer.Ordinal)
            .ThenBy(t => t.Range.Start)
            .ToArray();
        var namespaces = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var s in schemas)
        {
            if (s.Namespace is null || s.Types.IsEmpty) continue;
            var ns = s.Namespace;
            for (var dot = ns.IndexOf('.'); dot >= 0; dot = ns.IndexOf('.', dot + 1)) namespaces.Add(ns.Substring(0, dot));
            namespaces.Add(ns);
        }
        return new TypeNameTable(types.ToEquatableArray(), namespaces.ToArray().ToEquatableArray());
    }

    /// <summary>Whether the type at <paramref name="index"/> is generated (it is the first of its full name and names no namespace).</summary>
    private bool IsGenerated(int index)
    {
        var t = Types[index];
        if (index > 0 && Types[index - 1].FullName == t.FullName) return false;
        return !IsNamespace(t.FullName);
    }

    private bool IsNamespace(string fullName)
    {
        foreach (var ns in Namespaces)
        {
            if (ns == fullName) return true;
        }
        return false;
    }

    /// <summary>The hint name of every generated type, unique case-insensitively and against the generator's own files.</summary>
    private Dictionary<string, string> AssignHintNames()
    {
        var taken = new HashSet<string>(ReservedHintNames, StringComparer.OrdinalIgnoreCase);
        var byFullName = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Types.Count; i++)
        {
            if (!IsGenerated(i)) continue;
            var fullName = Types[i].FullName;
            var stem = Stem(fullName);
            var hint = stem + ".g.cs";
            for (var n = 2; !taken.Add(hint); n++) hint = stem + "-" + n.ToString(CultureInfo.InvariantCulture) + ".g.cs";
            byFullName[fullName] = hint;
        }
        return byFullName;
    }

    /// <summary>The plan of one schema as it is to be emitted, with its hint names.</summary>
    public ResolvedSchema? Resolve(SchemaPlan? model)
    {
        if (model is null) return null;
        var hints = AssignHintNames();
        var names = new List<HintName>();
        var records = model.Records.Where(r => Keep(model, r.Name, r.Range, hints, names)).ToEquatableArray();
        // An article whose record is not generated here is left out too: another schema's type of that name may be
        // something else entirely (an article, or a namespace), and the article's code would not compile against it.
        var kept = new HashSet<string>(records.Select(r => r.Name), StringComparer.Ordinal);
        var articles = model.Articles
            .Where(a => a.Fields.All(f => f.Type.Kind != ValueKind.Record || kept.Contains(f.Type.RecordName!)))
            .Where(a => Keep(model, a.Name, a.Range, hints, names))
            .ToEquatableArray();
        return new ResolvedSchema(model with { Records = records, Articles = articles }, names.ToEquatableArray());
    }

    private bool Keep(SchemaPlan model, string name, TextRange range, Dictionary<string, string> hints, List<HintName> names)
    {
        var fullName = model.Namespace is null ? name : model.Namespace + "." + name;
        // Kept only if this very declaration is the generated one.
        for (var i = 0; i < Types.Count; i++)
        {
            var t = Types[i];
            if (t.FullName != fullName || t.Path != model.FilePath || t.Range != range) continue;
            if (!IsGenerated(i) || !hints.TryGetValue(fullName, out var hint)) return false;
            names.Add(new HintName(name, hint));
            return true;
        }
        return false;
    }

    /// <summary>AM1004 and AM1005 for the whole compilation, in a stable order.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics()
    {
        var result = new List<DiagnosticInfo>();
        var i = 0;
        while (i < Types.Count)
        {
            var j = i + 1;
            while (j < Types.Count && Types[j].FullName == Types[i].FullName) j++;
            var fullName = Types[i].FullName;
            if (j - i > 1)
            {
                var first = Types[i];
                for (var k = i; k < j; k++)
                {
                    var t = Types[k];
                    var others = string.Join(", ", Enumerable.Range(i, j - i).Where(x => x != k).Select(x => Where(Types[x])));
                    var fate = k == i ? "this declaration is the one generated" : "only the one in " + Where(first) + " is generated";
                    // Duplicates inside one file are the binder's AM0101; only a duplicate across files reaches here.
                    result.Add(new DiagnosticInfo(DiagnosticDescriptors.DuplicateTypeAcrossSchemas.Id, SchemaSeverity.Error,
                        $"the type '{fullName}' is also declared at {others}; {fate}. Rename one, or give one schema another namespace",
                        t.Path, t.Range));
                }
            }
            if (IsNamespace(fullName))
            {
                for (var k = i; k < j; k++)
                {
                    result.Add(new DiagnosticInfo(DiagnosticDescriptors.DuplicateTypeAcrossSchemas.Id, SchemaSeverity.Error,
                        $"the type '{fullName}' has the name of a namespace another schema declares, so it is not generated. Rename the type or that namespace",
                        Types[k].Path, Types[k].Range));
                }
            }
            i = j;
        }

        foreach (var group in Types.GroupBy(t => t.FullName, StringComparer.OrdinalIgnoreCase))
        {
            var distinct = group.Select(t => t.FullName).Distinct(StringComparer.Ordinal).ToList();
            if (distinct.Count < 2) continue;
            foreach (var t in group)
            {
                var others = string.Join(", ", distinct.Where(n => n != t.FullName).Select(n => "'" + n + "'"));
                result.Add(new DiagnosticInfo(DiagnosticDescriptors.TypeNamesDifferOnlyInCase.Id, SchemaSeverity.Warning,
                    $"the type '{t.FullName}' differs only in case from {others}; both are generated, but the names are easy to confuse and clash on case-insensitive file systems and in languages such as Visual Basic",
                    t.Path, t.Range));
            }
        }
        return result.ToEquatableArray();
    }

    private static string Where(DeclaredType t) => System.IO.Path.GetFileName(t.Path) + t.Range;

    /// <summary>
    /// The file-name stem of a type's source: its full name with anything but ASCII letters, digits, '.' and '_'
    /// replaced, and past <see cref="MaxHintStem"/> characters truncated and followed by a stable hash of the whole.
    /// </summary>
    internal static string Stem(string fullName)
    {
        var sb = new StringBuilder(Math.Min(fullName.Length, MaxHintStem + 20));
        foreach (var c in fullName)
        {
            if (sb.Length > MaxHintStem) break;
            sb.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' ? c : '_');
        }
        if (fullName.Length <= MaxHintStem && sb.Length == fullName.Length) return sb.ToString();
        sb.Length = Math.Min(sb.Length, MaxHintStem);
        return sb.Append('-').Append(Fnv1a64(fullName).ToString("x16", CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>FNV-1a over UTF-16 code units: stable across runs and hosts (string.GetHashCode is not).</summary>
    private static ulong Fnv1a64(string s)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in s)
        {
            hash = (hash ^ (c & 0xFFu)) * 1099511628211UL;
            hash = (hash ^ (uint)(c >> 8)) * 1099511628211UL;
        }
        return hash;
    }
}
