using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ArticleModel.Generators.Tests.Infrastructure;

/// <summary>
/// Builds random schema sets (one to three files) from a seed: names from a pool weighted towards the ones generated
/// code cares about (keywords, contextual keywords, generated members in every spelling, BCL and runtime names, case
/// variants, names at and past the length limit), every type and locator, patterns with and without groups, docs and
/// patterns carrying every special character, and, for near-valid cases, a few random edits of the text.
/// </summary>
public static class RandomSchemas
{
    private static readonly string[] DangerousNames =
    {
        "FieldNames", "field_names", "fieldNames", "print_members", "printMembers", "PrintMembers", "from_match", "fromMatch",
        "FromMatch", "to_string", "ToString", "Parse", "parse", "try_parse", "TryParse", "write_json", "WriteJson", "to_json",
        "ToJson", "equality_contract", "EqualityContract", "deconstruct", "Deconstruct", "get_type", "get_hash_code", "equals",
        "Equals", "GetHashCode", "Finalize", "MemberwiseClone", "Clone", "clone", "reference_equals", "var", "dynamic", "nameof",
        "value", "partial", "global", "async", "await", "yield", "when", "with", "init", "required", "file", "scoped", "field",
        "System", "system", "ArticleModel", "Microsoft", "Extraction", "ParseContext", "Hit", "Regex", "String", "Object", "Uri",
        "DateTimeOffset", "IsExternalInit", "NotNullWhen", "ParseResult", "ValueList", "Paragraph", "Quote", "SourceSpan",
        "_", "__", "_x", "x_", "X", "x1", "a_1", "class", "int", "string", "event", "text", "date", "url", "handle", "quote",
        "paragraph", "record", "article", "drop", "namespace", "context", "document", "result", "match", "span", "item", "m",
        "h0", "v0", "s0", "t0", "i", "pt", "s_regex0", "sRegex0", "items0", "ms0", "hs0", "spans0", "d0", "Story", "STORY",
        "story", "Byline", "BYLINE", "title", "Title", "TITLE", "body", "name", "Name", "NAME", "role", "Global", "Var",
    };

    private static readonly string[] TrickyNames =
    {
        "context", "document", "result", "match", "span", "item", "m", "h0", "v0", "s0", "t0", "i", "pt", "s_regex0", "sRegex0",
        "items0", "ms0", "hs0", "spans0", "d0", "r0s0", "value_", "Story", "STORY", "story", "Byline", "BYLINE", "title", "Title",
        "TITLE", "body", "name", "Name", "NAME", "role", "Global", "Var", "Dynamic", "Nameof", "Field_Names", "fieldNames_",
        "to_string2", "parse_result", "System_", "Regex", "String", "Object", "Uri", "DateTimeOffset", "IsExternalInit",
        "NotNullWhen", "ParseResult", "ValueList", "Paragraph", "Quote", "SourceSpan", "Extraction", "ParseContext", "Hit",
        "GeneratedCode", "EditorBrowsable", "Json", "Text", "Collections", "Generic", "List", "Array", "Empty", "Cover",
        "HitsOf", "Spans", "Missing", "Found", "First", "Last", "Whole", "Region", "Finish", "_x", "x_", "X", "x1", "a_1",
        "a__b", "__a", "event_", "class_", "Class", "Event", "Int", "Date", "Url", "Handle", "Record", "Article", "Drop",
        "text_", "LineCount", "Span", "Equal", "HashCode", "Type", "Contract", "Members", "Clone_", "nullable", "enable",
        "pragma", "warning", "disable", "unchecked_", "object_", "base_", "this_", "Base", "This", "New", "Null", "True",
    };

    private static readonly string[] Specials =
    {
        "\u2028", "\u2029", "\u0085", "*/", "-->", "<", ">", "&", "\"", "\\", "\0", "\u202E", "\uD800", "\U0001F600", "\t",
        "\uFEFF", "public class Injected { }", "#endif", "</summary>", "\u00E9",
    };

    private static readonly string[] Patterns =
    {
        "^By (?<name>.+)$", "(?<value>\\d+)", "^(?<value>.+)$", "[\\p{L}\\p{N}]$", "^(a+)+$", "x", "^Title", "(?=x)x",
        "(?<value>a)|b", "^(?i:abc)", "\\u2028", "(?<x>a)(?<y>b)?", "^Join the Discussion!?$", "(?<value>[^,]+), (?<b>.+)",
        "\\/", "(\\w)\\1", "(?>a+)b",
    };

    private static readonly string[] ScalarTypes = { "text", "paragraph", "int", "date", "url", "handle" };

    /// <summary>The schema files of one case.</summary>
    public static IReadOnlyList<(string Path, string Text)> Build(int seed, bool nearValid)
    {
        var random = new Random(seed);
        var files = new List<(string, string)>();
        var count = random.Next(10) < 7 ? 1 : random.Next(2, 4);
        var namespaces = new[] { null, "News", "news", "News.Sport", "ArticleModel.Sample", "Story", "N.Story", Name(random, allowLong: false) };
        for (var f = 0; f < count; f++)
        {
            var text = BuildFile(random, namespaces[random.Next(namespaces.Length)]);
            if (nearValid) text = Mutate(random, text);
            files.Add(($"/schemas/s{f}{(random.Next(6) == 0 ? Specials[random.Next(Specials.Length)].Replace("/", "_").Replace("\0", "_") : "")}.article", text));
        }
        return files;
    }

    private static string BuildFile(Random random, string? ns)
    {
        var sb = new StringBuilder();
        if (ns is not null) sb.Append("namespace ").Append(ns).Append(";\n");
        var records = new List<(string Name, List<(string Name, string Type)> Members)>();
        var recordCount = random.Next(3);
        for (var r = 0; r < recordCount; r++)
        {
            var name = TypeName(random);
            var members = new List<(string, string)>();
            var memberCount = random.Next(1, 4);
            for (var m = 0; m < memberCount; m++)
                members.Add((Name(random, allowLong: true), ScalarTypes[random.Next(ScalarTypes.Length)] is var t && t == "paragraph" ? "text" : t + (random.Next(2) == 0 ? "?" : "")));
            records.Add((name, members));
            Doc(random, sb, "");
            sb.Append("record ").Append(name).Append(" {");
            foreach (var (mn, mt) in members) sb.Append(' ').Append(mn).Append(" : ").Append(mt).Append(';');
            sb.Append(" }\n");
        }
        var articleCount = random.Next(1, 3);
        for (var a = 0; a < articleCount; a++)
        {
            Doc(random, sb, "");
            sb.Append("article ").Append(TypeName(random)).Append(" {\n");
            var fields = new List<string>();
            var fieldCount = random.Next(1, 6);
            for (var i = 0; i < fieldCount; i++)
            {
                var name = Name(random, allowLong: true);
                Doc(random, sb, "  ");
                sb.Append("  ").Append(name).Append(" : ").Append(Field(random, records, fields)).Append('\n');
                fields.Add(name);
            }
            if (random.Next(4) == 0) sb.Append("  drop @blocks(from: /").Append(Pattern(random)).Append("/)\n");
            if (random.Next(2) == 0) JsonLd(random, sb, fields, records);
            sb.Append("}\n");
        }
        return sb.ToString();
    }

    private static readonly string[] JsonLdProperties =
    {
        "headline", "alternativeHeadline", "articleBody", "keywords", "datePublished", "dateModified", "image", "url", "wordCount",
        "author", "editor", "publisher", "dateline",
    };

    /// <summary>A jsonld block mapping random properties to random fields, members and templates; the binder sorts out what fits.</summary>
    private static void JsonLd(Random random, StringBuilder sb, List<string> fields, List<(string Name, List<(string Name, string Type)> Members)> records)
    {
        sb.Append("  jsonld ").Append(random.Next(4) == 0 ? "BlogPosting" : "NewsArticle").Append(" {\n");
        var used = new HashSet<string>();
        var count = random.Next(1, 6);
        for (var i = 0; i < count; i++)
        {
            var property = JsonLdProperties[random.Next(JsonLdProperties.Length)];
            if (!used.Add(property)) continue;
            var field = fields[random.Next(fields.Count)];
            var member = records.Count > 0 ? records[random.Next(records.Count)].Members[0].Name : "name";
            var source = random.Next(6) switch
            {
                0 => "\"https://x.example/{" + field + "}\"",
                1 => "\"" + Specials[random.Next(Specials.Length)].Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", " ").Replace("{", "{{").Replace("}", "}}") + "\"",
                2 => field + " { name: " + member + "; sameAs: \"https://x.com/{" + member + "}\" }",
                3 => "{ name: " + field + " }",
                4 => field + "." + member,
                _ => field,
            };
            sb.Append("    ").Append(property).Append(": ").Append(source).Append('\n');
        }
        sb.Append("  }\n");
    }

        private static string Field(Random random, List<(string Name, List<(string Name, string Type)> Members)> records, List<string> earlier)
    {
        var roll = random.Next(10);
        if (roll == 0 && earlier.Count > 0) return "quote[] @quotes(in: " + earlier[random.Next(earlier.Count)] + ")"; // AM0126 unless a text field
        if (roll <= 2 && records.Count > 0)
        {
            var (name, members) = records[random.Next(records.Count)];
            var groups = string.Concat(members.Select(m => "(?<" + m.Name + ">\\w+) "));
            var list = random.Next(3) == 0;
            var record = name + (list ? "[]" : random.Next(2) == 0 ? "?" : "") + " @match(/^" + groups + "$/" + (random.Next(3) == 0 ? "i" : "") + ")";
            // A fallback record pattern (issue 8 item 6).
            return random.Next(3) == 0 ? record + " @match(/" + groups + "/" + Region(random, earlier, ", ") + ")" : record;
        }
        var type = ScalarTypes[random.Next(ScalarTypes.Length)];
        if (roll <= 4)
        {
            var listLocator = ListLocator(random, type, earlier);
            if (random.Next(3) == 0) listLocator += " " + ListLocator(random, type, earlier);
            return type + "[] " + listLocator + Transforms(random);
        }
        var suffix = random.Next(2) == 0 ? "?" : "";
        var locators = ScalarLocator(random, earlier);
        if (random.Next(3) == 0) locators += " " + ScalarLocator(random, earlier);
        return type + suffix + " " + locators + Transforms(random);
    }

    private static string ListLocator(Random random, string type, List<string> earlier) =>
        type is "text" or "paragraph" && random.Next(2) == 0
            ? "@blocks(" + Region(random, earlier) + (random.Next(4) == 0 ? (random.Next(2) == 0 ? ", " : "") + "strip: /" + Pattern(random) + "/" : "") + ")"
            : "@match(/" + Pattern(random) + "/" + Region(random, earlier, ", ") + (random.Next(4) == 0 ? ", part: after" : "") + ")";

    private static string ScalarLocator(Random random, List<string> earlier) => random.Next(4) switch
    {
        0 => "@line(" + Index(random) + (random.Next(3) == 0 ? ", where: /" + Pattern(random) + "/" : "") + (random.Next(4) == 0 ? ", strip: /" + Pattern(random) + "/" : "") + ")",
        1 => "@block(" + Index(random) + Region(random, earlier, ", ") + ")",
        _ => "@match(/" + Pattern(random) + "/" + (random.Next(3) == 0 ? "m" : "") + Region(random, earlier, ", ") + (random.Next(4) == 0 ? ", part: before" : "") + ")",
    };

    /// <summary>Zero to three value transforms (issue 8 item 7; <c>split</c>, issue 15).</summary>
    private static string Transforms(Random random)
    {
        var sb = new StringBuilder();
        var count = random.Next(4) == 0 ? random.Next(1, 4) : 0;
        for (var i = 0; i < count; i++)
        {
            sb.Append(random.Next(9) switch
            {
                0 => " | trim(\" .-\")",
                1 => " | trimPrefix(\"The \")",
                2 => " | trimSuffix(\".\")",
                3 => " | replace(/" + Pattern(random) + "/, \"$0\")",
                4 => " | collapse",
                5 => " | lowercase",
                6 => " | uppercase",
                7 => " | split(/[,;]/)",
                _ => " | titlecase",
            });
        }
        return sb.ToString();
    }

    private static string Region(Random random, List<string> earlier, string prefix = "")
    {
        if (random.Next(2) == 0) return "";
        var anchor = earlier.Count > 0 && random.Next(2) == 0 ? earlier[random.Next(earlier.Count)] : "/" + Pattern(random) + "/";
        if (earlier.Count > 1 && random.Next(3) == 0) anchor += " | " + earlier[random.Next(earlier.Count)];
        return prefix + (random.Next(2) == 0 ? "after: " : "until: ") + anchor;
    }

    private static string Index(Random random) => (random.Next(2) == 0 ? random.Next(1, 4) : -random.Next(1, 3)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Pattern(Random random)
    {
        var p = Patterns[random.Next(Patterns.Length)];
        if (random.Next(5) == 0) p += System.Text.RegularExpressions.Regex.Escape(Specials[random.Next(Specials.Length)]).Replace("/", "\\/").Replace("\n", "\\n").Replace("\r", "\\r");
        if (random.Next(8) == 0) p = "x" + Specials[random.Next(3)] + "y"; // a raw line terminator inside a regex literal
        return p;
    }

    private static void Doc(Random random, StringBuilder sb, string indent)
    {
        if (random.Next(3) != 0) return;
        sb.Append(indent).Append("/// ");
        var parts = random.Next(1, 4);
        for (var i = 0; i < parts; i++) sb.Append(random.Next(2) == 0 ? "word " : Specials[random.Next(Specials.Length)]);
        sb.Append('\n');
    }

    private static string TypeName(Random random)
    {
        var n = Name(random, allowLong: true);
        return random.Next(3) == 0 ? n : char.ToUpperInvariant(n[0]) + n.Substring(1);
    }

    private static string Name(Random random, bool allowLong)
    {
        // Mostly names that are legal but sit close to what the generated code uses (locals, BCL and runtime names,
        // case variants of reserved ones); sometimes reserved ones and names at the length limit, which must be errors.
        var roll = random.Next(40);
        if (roll < 16) return TrickyNames[random.Next(TrickyNames.Length)];
        if (roll < 19) return DangerousNames[random.Next(DangerousNames.Length)];
        if (roll < 20 && allowLong) return "L" + new string('o', random.Next(125, 131));
        if (roll < 23)
        {
            var n = TrickyNames[random.Next(TrickyNames.Length)];
            return random.Next(2) == 0 ? n.ToUpperInvariant() : n.ToLowerInvariant();
        }
        const string first = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";
        const string rest = first + "0123456789";
        var sb = new StringBuilder().Append(first[random.Next(first.Length)]);
        var length = random.Next(0, 10);
        for (var i = 0; i < length; i++) sb.Append(rest[random.Next(rest.Length)]);
        return sb.ToString();
    }

    private static string Mutate(Random random, string text)
    {
        var edits = random.Next(1, 3);
        var sb = new StringBuilder(text);
        for (var e = 0; e < edits && sb.Length > 0; e++)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(4))
            {
                case 0: sb.Remove(at, 1); break;
                case 1: sb.Insert(at, Specials[random.Next(Specials.Length)]); break;
                case 2: sb.Insert(at, "_"); break;
                default: sb.Insert(at, sb[random.Next(sb.Length)]); break;
            }
        }
        return sb.ToString();
    }
}
