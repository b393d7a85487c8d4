using System;
using System.Collections.Generic;

namespace ArticleModel.Schema;

/// <summary>
/// Every name the generated code declares or relies on, in one list: the binder reserves them (a schema may not use
/// them for a property, a type or a namespace) and the emitter writes exactly these names. Adding a generated member
/// means adding it here, which reserves it at once.
/// </summary>
internal static class GeneratedNames
{
    // ---- members the emitter writes ----

    /// <summary>The article's <c>Parse</c> overloads.</summary>
    public const string Parse = nameof(Parse);

    /// <summary>The article's <c>TryParse</c>.</summary>
    public const string TryParse = nameof(TryParse);

    /// <summary>The article's nested class of field-name constants.</summary>
    public const string FieldNames = nameof(FieldNames);

    /// <summary>The article's <c>ToJson</c>.</summary>
    public const string ToJson = nameof(ToJson);

    /// <summary><c>WriteJson</c> of every generated type (<c>IJsonWritable</c>).</summary>
    public const string WriteJson = nameof(WriteJson);

    /// <summary>The article's <c>WriteJsonLd</c> (<c>IJsonLdWritable</c>), when its schema has a <c>jsonld</c> block.</summary>
    public const string WriteJsonLd = nameof(WriteJsonLd);

    /// <summary>The article's <c>ToJsonLd</c>, when its schema has a <c>jsonld</c> block.</summary>
    public const string ToJsonLd = nameof(ToJsonLd);

    /// <summary>The record's <c>FromMatch</c>, which generated parsers call.</summary>
    public const string FromMatch = nameof(FromMatch);

    /// <summary>The article's static parser object (<c>IArticleParser&lt;T&gt;</c>).</summary>
    public const string Parser = nameof(Parser);

    /// <summary>The prefix of the article's private static regex fields (<c>s_regex0</c>, <c>s_regex1</c>…).</summary>
    public const string RegexFieldPrefix = "s_regex";

    /// <summary>Prefix of the generated static fields holding a field's (or record member's) value transforms.</summary>
    public const string TransformsFieldPrefix = "s_transforms";

    /// <summary>The name of the static field holding the transforms of field (or record member) <paramref name="index"/>.</summary>
    public static string TransformsField(int index) => TransformsFieldPrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The name of the article's <paramref name="index"/>-th regex field.</summary>
    public static string RegexField(int index) => RegexFieldPrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The prefix of the article's private static date-format fields (<c>s_date2</c> for field 2's <c>format:</c>/<c>zone:</c>).</summary>
    public const string DateFieldPrefix = "s_date";

    /// <summary>The name of the date-format field of the article's field <paramref name="fieldIndex"/>.</summary>
    public static string DateField(int fieldIndex) => DateFieldPrefix + fieldIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The prefix of the article's private static quote-options fields (<c>s_quotes4</c> for field 4's <c>@quotes</c> options).</summary>
    public const string QuotesFieldPrefix = "s_quotes";

    /// <summary>The name of the quote-options field of the article's field <paramref name="fieldIndex"/>.</summary>
    public static string QuotesField(int fieldIndex) => QuotesFieldPrefix + fieldIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Members the C# compiler synthesises for a <c>record</c>, or that every object has.</summary>
    private static readonly string[] CompilerMembers =
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "Deconstruct", "GetType",
        "MemberwiseClone", "Finalize", "ReferenceEquals", "Clone",
    };

    /// <summary>Every member name a generated type has; a property may not take any of them.</summary>
    public static IReadOnlyList<string> Members { get; } = Concat(new[] { Parse, TryParse, FieldNames, ToJson, WriteJson, WriteJsonLd, ToJsonLd, FromMatch, Parser }, CompilerMembers);

    // ---- names the generated code relies on ----

    /// <summary>
    /// Contextual keywords: legal type names, but generated code uses several of them as keywords (<c>var</c>,
    /// <c>nameof</c>, <c>value</c>, <c>record</c>, <c>partial</c>, <c>global</c>…) and a type of that name changes
    /// what they mean.
    /// </summary>
    private static readonly string[] ContextualKeywords =
    {
        "add", "alias", "allows", "and", "args", "ascending", "async", "await", "by", "descending", "dynamic", "equals",
        "extension", "field", "file", "from", "get", "global", "group", "init", "into", "join", "let", "managed", "nameof",
        "nint", "not", "notnull", "nuint", "on", "or", "orderby", "partial", "record", "remove", "required", "scoped",
        "select", "set", "unmanaged", "value", "var", "when", "where", "with", "yield",
        // Not a keyword, but the discard: a type named '_' turns every 'out _' into an error (CS0118).
        "_",
    };

    /// <summary>The roots of every <c>global::</c> name generated code uses; a type of that name in the global namespace would hide them.</summary>
    private static readonly string[] GlobalRoots = { "System", "ArticleModel", "Microsoft" };

    private static readonly HashSet<string> s_members = new(Members, StringComparer.Ordinal);
    private static readonly HashSet<string> s_contextual = new(ContextualKeywords, StringComparer.Ordinal);

    private static readonly HashSet<string> s_keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long",
        "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected", "public",
        "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch",
        "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void",
        "volatile", "while",
    };

    /// <summary>The longest name (type, field, member or namespace part) a schema may use.</summary>
    public const int MaxNameLength = 128;

    /// <summary>The longest namespace (all parts and dots) a schema may declare.</summary>
    public const int MaxNamespaceLength = 256;

    /// <summary>True when <paramref name="name"/> is a reserved C# keyword.</summary>
    public static bool IsCSharpKeyword(string name) => s_keywords.Contains(name);

    /// <summary>True when a property named <paramref name="property"/> would clash with a generated member.</summary>
    public static bool IsReservedMember(string property) => s_members.Contains(property);

    /// <summary>
    /// Why <paramref name="name"/> cannot name a generated type in <paramref name="ns"/> (null: it can). A type named like
    /// one of its own members does not compile (CS0542); a contextual keyword or a root of a <c>global::</c> name
    /// changes what the generated code means.
    /// </summary>
    public static string? WhyReservedTypeName(string name, string? ns)
    {
        if (s_members.Contains(name) || IsRegexField(name)) return "every generated type has a member '" + name + "', and a member may not have its type's name";
        if (name == "_") return "'_' is the discard the generated code uses ('out _')";
        if (s_contextual.Contains(name)) return "'" + name + "' is a C# contextual keyword that the generated code relies on";
        if (ns is null && Array.IndexOf(GlobalRoots, name) >= 0) return "a type '" + name + "' in the global namespace hides the namespace 'global::" + name + "' the generated code uses";
        return null;
    }

    private static bool IsRegexField(string name) => IsNumbered(name, RegexFieldPrefix) || IsNumbered(name, TransformsFieldPrefix) || IsNumbered(name, DateFieldPrefix)
        || IsNumbered(name, QuotesFieldPrefix);

    private static bool IsNumbered(string name, string prefix)
    {
        if (!name.StartsWith(prefix, StringComparison.Ordinal) || name.Length == prefix.Length) return false;
        for (var i = prefix.Length; i < name.Length; i++)
        {
            if (name[i] < '0' || name[i] > '9') return false;
        }
        return true;
    }

    /// <summary>
    /// Why one part of a namespace cannot be used (null: it can). Inside its namespace a part named <c>nameof</c>,
    /// <c>var</c> or <c>_</c> is in scope and changes what <c>nameof(x)</c>, <c>var x</c> or <c>out _</c> mean.
    /// </summary>
    public static string? WhyReservedNamespacePart(string part)
    {
        if (part == "_") return "'_' is the discard the generated code uses ('out _')";
        if (s_contextual.Contains(part)) return "'" + part + "' is a C# contextual keyword that the generated code relies on";
        return null;
    }

    /// <summary>Why <paramref name="ns"/> cannot be a schema's namespace (null: it can).</summary>
    public static string? WhyReservedNamespace(string ns)
    {
        if (ns == "ArticleModel" || ns.StartsWith("ArticleModel.Extraction", StringComparison.Ordinal) && (ns.Length == 23 || ns[23] == '.'))
            return "it is the ArticleModel runtime's own namespace, whose types the generated code uses";
        if (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal))
            return "types there could hide the System types the generated code uses";
        return null;
    }

    /// <summary>A name to suggest instead of a reserved one.</summary>
    public static string Alternative(string name, string kind) => kind switch
    {
        "namespace" => "Schemas." + name,
        "namespace part" => Capitalise(name) + "s",
        "article type" => Capitalise(name) + "Article",
        "record type" => Capitalise(name) + "Record",
        _ => name + "_value",
    };

    /// <summary>The name for a message: itself, or its start and length when it is longer than a message should be.</summary>
    public static string ForMessage(string name) =>
        name.Length <= 64 ? name : name.Substring(0, 32) + "…(" + name.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters)";

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);

    private static string[] Concat(string[] a, string[] b)
    {
        var all = new string[a.Length + b.Length];
        a.CopyTo(all, 0);
        b.CopyTo(all, a.Length);
        return all;
    }
}
