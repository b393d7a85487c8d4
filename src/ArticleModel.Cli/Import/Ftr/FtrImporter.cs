using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ArticleModel.Cli.Import.XPath;
using ArticleModel.Interpreter;

namespace ArticleModel.Cli.Import.Ftr;

/// <summary>
/// Turns one FiveFilters site-config file into an <c>.article</c> schema: <c>title</c>, <c>author</c>, <c>date</c> and
/// <c>body</c> become the WebArticle fields <c>title</c>, <c>authors</c>, <c>published</c> and <c>body</c>, each rule an
/// ordered fallback (CSS where the XPath converts exactly, <c>@xpath</c> otherwise when the schema language has it);
/// <c>strip</c>, <c>strip_id_or_class</c> and <c>strip_image_src</c> become the body's <c>clean:</c> list;
/// <c>find_string</c>/<c>replace_string</c> on plain text become <c>replace</c> transforms; <c>test_url</c>s become
/// comments. Every schema is compiled before it is returned: a locator the schema check refuses is left out (and
/// reported), and a file whose schema still does not pass gets none.
/// </summary>
internal sealed class FtrImporter
{
    /// <summary>Settings that change how a page is fetched or tidied, not which text is extracted: no counterpart, not a loss.</summary>
    private static readonly HashSet<string> Settings = new(StringComparer.Ordinal)
    {
        "http_header", "prune", "tidy", "parser", "login_uri", "login_username_field", "login_password_field",
        "login_extra_fields", "requires_login", "not_logged_in_xpath", "skip_json_ld", "strip_attr", "post_strip_attr",
        "strip_comments", "src_lazy_load_attr", "autodetect_next_page", "insert_detected_image", "test_contains",
        "single_page_link_in_feed",
    };

    /// <summary>Directives with no counterpart that do change the result: why each is left out.</summary>
    private static readonly Dictionary<string, string> Unsupported = new(StringComparer.Ordinal)
    {
        ["next_page_link"] = "next_page_link (multi-page articles: a parser reads one page)",
        ["single_page_link"] = "single_page_link (fetching another page: a parser reads one page)",
        ["wrap_in"] = "wrap_in (rewrites the DOM)",
        ["dissolve"] = "dissolve (rewrites the DOM)",
        ["move_into"] = "move_into (rewrites the DOM)",
        ["convert_double_br_tags"] = "convert_double_br_tags (rewrites the DOM)",
        ["footnotes"] = "footnotes (rewrites the DOM)",
        ["native_ad_clue"] = "native_ad_clue (flags sponsored pages)",
        ["if_page_contains"] = "if_page_contains (conditional rules)",
    };

    // Markup, entity and address characters: a find_string holding them edits the page source, not its text.
    private static readonly Regex SourceOnly = new(@"[<>=""&/\\]|^[A-Za-z0-9_-]*[_-][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant);

    private readonly bool _xpathAvailable;
    private readonly Dictionary<string, bool> _selectorChecks = new(StringComparer.Ordinal);

    /// <summary>Creates an importer; whether the schema language has <c>@xpath</c> is found out once, by compiling one.</summary>
    public FtrImporter()
    {
        _xpathAvailable = !InterpretedSchema.Load("article Probe { t : text? @xpath(\"//h1\") }", "probe.article").HasErrors;
    }

    /// <summary>Whether <c>@xpath</c> locators are written (the schema language has them) or left out.</summary>
    public bool XPathAvailable => _xpathAvailable;

    /// <summary>Imports one file.</summary>
    /// <param name="fileName">Its name (<c>nytimes.com.txt</c>); the host is the name without <c>.txt</c>.</param>
    /// <param name="text">Its text.</param>
    public FtrImportResult Import(string fileName, string text)
    {
        var host = fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? fileName.Substring(0, fileName.Length - 4) : fileName;
        host = host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            // The lookup strips www. from the page's host before it looks for a file, so this one is never used.
            return new FtrImportResult(fileName, host, FtrImportOutcome.None, null,
                new[] { new FtrDropped("(file)", 0, "a www. file name, which the host lookup never reaches (it strips www.)", string.Empty) },
                Array.Empty<string>(), new Dictionary<string, int>());
        }
        var file = FtrRuleFile.Read(host, text);
        var dropped = new List<FtrDropped>();
        var ignored = new List<string>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var rules = new List<FtrFieldRule>();
        var clean = new List<string>();
        var replacements = new List<(string Find, string Replace)>();
        var finds = new List<(string Value, int Line)>();
        var replaces = new List<(string Value, int Line)>();
        var testUrls = new List<string>();
        var autodetect = true;

        foreach (var line in file.UnreadLines) dropped.Add(new FtrDropped("(line)", line, "a line that is not a directive", string.Empty));
        foreach (var d in file.Directives)
        {
            switch (d.Name)
            {
                case "title" or "author" or "date" or "body":
                    rules.Add(new FtrFieldRule(d.Name, d.Value, d.Line, XPathToCss.Convert(d.Value)));
                    break;
                case "strip":
                    var strip = XPathToCss.Convert(d.Value);
                    if (!strip.Succeeded) dropped.Add(new FtrDropped(d.Name, d.Line, strip.Failure!, d.Value));
                    else if (strip.Attribute is not null || strip.Substring is not null || strip.FirstOnly) dropped.Add(new FtrDropped(d.Name, d.Line, "strip of an attribute, a string or a first node", d.Value));
                    else AddClean(clean, strip.Selector!, d, dropped, counts);
                    break;
                case "strip_id_or_class" when d.Value.Trim('"', '\'').Length > 0:
                    var word = d.Value.Trim('"', '\'');
                    AddClean(clean, "[class*=" + CssString(word) + "], [id*=" + CssString(word) + "]", d, dropped, counts);
                    break;
                case "strip_image_src" when d.Value.Length > 0:
                    AddClean(clean, "img[src*=" + CssString(d.Value) + "]", d, dropped, counts);
                    break;
                case "find_string":
                    finds.Add((d.Value, d.Line));
                    break;
                case "replace_string" when d.Argument is not null:
                    AddReplacement(d.Argument, d.Value, d, replacements, dropped, counts);
                    break;
                case "replace_string":
                    replaces.Add((d.Value, d.Line));
                    break;
                case "test_url":
                    testUrls.Add(d.Value);
                    Count(counts, "test_url");
                    break;
                case "autodetect_on_failure":
                    autodetect = !string.Equals(d.Value, "no", StringComparison.OrdinalIgnoreCase);
                    break;
                default:
                    if (Settings.Contains(d.Name)) ignored.Add(d.Name);
                    else dropped.Add(new FtrDropped(d.Name, d.Line, Unsupported.TryGetValue(d.Name, out var why) ? why : "an unknown directive", d.Value));
                    break;
            }
        }
        // find_string/replace_string pair up by position, as FiveFilters pairs them.
        for (var i = 0; i < Math.Max(finds.Count, replaces.Count); i++)
        {
            if (i < finds.Count && i < replaces.Count)
                AddReplacement(finds[i].Value, replaces[i].Value, new FtrDirective("find_string", null, finds[i].Value, finds[i].Line), replacements, dropped, counts);
            else if (i < finds.Count) dropped.Add(new FtrDropped("find_string", finds[i].Line, "find_string without replace_string", finds[i].Value));
            else dropped.Add(new FtrDropped("replace_string", replaces[i].Line, "replace_string without find_string", replaces[i].Value));
        }

        var fields = FtrField.All.Select(f => Locators(f, rules.Where(r => r.Directive == f.Directive).ToList(), clean, autodetect, dropped, counts)).ToList();
        var schemaDropped = new List<FtrDropped>();
        string? schema = null;
        // A locator the schema check refuses is left out and the schema written again (each locator is on a line of its own).
        for (var round = 0; round < 4; round++)
        {
            var written = FtrSchemaWriter.Write(host, fileName, FtrField.All, fields, replacements, testUrls, dropped.Concat(schemaDropped).ToList());
            var check = InterpretedSchema.Load(written.Text, host + ".article");
            if (!check.HasErrors)
            {
                schema = written.Text;
                break;
            }
            var removed = false;
            foreach (var error in check.Diagnostics.Where(e => e.Severity == DiagnosticSeverity.Error))
            {
                if (!written.LocatorLines.TryGetValue(error.Line, out var at)) continue;
                var locator = fields[at.Field][at.Index];
                if (locator.Removed) continue;
                fields[at.Field][at.Index] = locator with { Removed = true };
                schemaDropped.Add(new FtrDropped(locator.Directive, locator.Line, "fails the schema check (" + error.Id + ")", locator.Source));
                removed = true;
            }
            if (!removed)
            {
                schemaDropped.Add(new FtrDropped("(file)", 0, "the schema does not pass the check: " + string.Join("; ", check.Diagnostics.Where(e => e.Severity == DiagnosticSeverity.Error).Select(e => e.Id + " " + e.Message).Take(3)), string.Empty));
                break;
            }
        }
        dropped.AddRange(schemaDropped);
        var kept = fields.Sum(f => f.Count(l => !l.Removed && !l.IsContent));
        var anything = kept > 0 || clean.Count > 0 || replacements.Count > 0;
        var outcome = schema is null || !anything ? FtrImportOutcome.None : dropped.Count == 0 ? FtrImportOutcome.Full : FtrImportOutcome.Partial;
        if (schema is not null && !anything) dropped.Add(new FtrDropped("(file)", 0, "no extraction rule to import", string.Empty));
        return new FtrImportResult(fileName, host, outcome, outcome == FtrImportOutcome.None ? null : schema, dropped, ignored, counts);
    }

    // The locators of one field, in the file's order: CSS, else @xpath; a body ends with @content (FiveFilters'
    // autodetection) unless the file turns that off.
    private List<FtrLocator> Locators(FtrField field, List<FtrFieldRule> rules, List<string> clean, bool autodetect, List<FtrDropped> dropped, Dictionary<string, int> counts)
    {
        var cleanList = clean.Count == 0 ? null : string.Join(", ", clean);
        // A substring step becomes the field's transform, which every locator of the field runs: only when every rule
        // of the field has the same one.
        var substrings = rules.Select(r => r.Conversion.Substring).Distinct().ToList();
        var sharedSubstring = substrings.Count == 1 && substrings[0] is not null && rules.All(r => r.Conversion.Succeeded) ? substrings[0] : null;
        var locators = new List<FtrLocator>();
        foreach (var rule in rules)
        {
            var c = rule.Conversion;
            string? why = null;
            if (!c.Succeeded) why = c.Failure;
            else if (c.FirstOnly && field.IsList) why = "only the first node, on a list field";
            else if (c.Substring is not null && field.Directive == "body") why = "a substring of the body";
            else if (c.Substring is not null && sharedSubstring is null) why = "a substring step the field's other rules do not share";
            else if (c.Attribute is not null && field.Directive == "body") why = "an attribute as the body";
            if (why is null && c.Attribute == "content" && MetaNames(c.Selector!) is { } metaNames)
            {
                // A meta element's value by its name: @meta reads name, property and itemprop alike, and content or value
                // (pages write og:title as property or name, and saved pages keep value=), as WebArticle reads them.
                locators.Add(new FtrLocator(rule.Directive, rule.Line, rule.XPath, "@meta(" + string.Join(", ", metaNames.Select(SchemaString)) + ")", c.Substring, false, false));
                Count(counts, "css");
                Count(counts, "attribute");
                Count(counts, "meta");
                if (c.Substring is not null) Count(counts, "substring");
                continue;
            }
            if (why is null)
            {
                var args = new List<string> { SchemaString(c.Selector!) };
                if (c.Attribute is not null) args.Add("attr: " + SchemaString(c.Attribute));
                if (field.Directive == "body" && cleanList is not null) args.Add("clean: " + SchemaString(cleanList));
                locators.Add(new FtrLocator(rule.Directive, rule.Line, rule.XPath, "@css(" + string.Join(", ", args) + ")", c.Substring, false, false));
                Count(counts, "css");
                if (c.Attribute is not null) Count(counts, "attribute");
                if (c.Substring is not null) Count(counts, "substring");
                continue;
            }
            if (_xpathAvailable)
            {
                var xpathClean = field.Directive == "body" && cleanList is not null ? ", clean: " + SchemaString(cleanList) : string.Empty;
                locators.Add(new FtrLocator(rule.Directive, rule.Line, rule.XPath, "@xpath(" + SchemaString(rule.XPath) + xpathClean + ")", null, false, false));
                Count(counts, "xpath");
                Count(counts, "xpath: " + why);
            }
            else
            {
                dropped.Add(new FtrDropped(rule.Directive, rule.Line, "needs @xpath: " + why, rule.XPath));
            }
        }
        if (field.Directive == "body" && autodetect && (locators.Count > 0 || cleanList is not null))
            locators.Add(new FtrLocator("body", 0, string.Empty, cleanList is null ? "@content()" : "@content(clean: " + SchemaString(cleanList) + ")", null, false, true));
        if (sharedSubstring is not null)
        {
            for (var i = 0; i < locators.Count; i++) locators[i] = locators[i] with { Substring = sharedSubstring };
        }
        return locators;
    }

    // meta[property='og:title'] (or name=, itemprop=), alone or in a selector list of such: the names, in order; else null.
    private static readonly Regex MetaSelector = new(@"^meta\[(?:property|name|itemprop)='(?<name>[^'\\\]]+)'\]$", RegexOptions.CultureInvariant);

    private static List<string>? MetaNames(string selector)
    {
        var names = new List<string>();
        foreach (var part in selector.Split(','))
        {
            var m = MetaSelector.Match(part.Trim());
            if (!m.Success) return null;
            if (!names.Contains(m.Groups["name"].Value)) names.Add(m.Groups["name"].Value);
        }
        return names.Count == 0 ? null : names;
    }

    private void AddClean(List<string> clean, string selector, FtrDirective d, List<FtrDropped> dropped, Dictionary<string, int> counts)
    {
        if (!_selectorChecks.TryGetValue(selector, out var ok))
        {
            ok = !InterpretedSchema.Load("article Probe { t : text? @css(\"p\", clean: " + SchemaString(selector) + ") }", "probe.article").HasErrors;
            _selectorChecks[selector] = ok;
        }
        if (!ok)
        {
            dropped.Add(new FtrDropped(d.Name, d.Line, "a selector the schema check refuses", d.Value));
            return;
        }
        if (!clean.Contains(selector)) clean.Add(selector);
        Count(counts, "clean");
    }

    private static void AddReplacement(string find, string replace, FtrDirective d, List<(string, string)> replacements, List<FtrDropped> dropped, Dictionary<string, int> counts)
    {
        if (find.Length == 0)
        {
            dropped.Add(new FtrDropped(d.Name, d.Line, "an empty find_string", find));
            return;
        }
        if (SourceOnly.IsMatch(find) || SourceOnly.IsMatch(replace) && replace.Length > 0)
        {
            // FiveFilters edits the page source before parsing it; a transform edits the values' text.
            dropped.Add(new FtrDropped(d.Name, d.Line, "find_string/replace_string on the page's markup", find));
            return;
        }
        replacements.Add((find, replace));
        Count(counts, "transform");
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;

    /// <summary>A CSS string literal in single quotes.</summary>
    internal static string CssString(string value) => "'" + value.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    /// <summary>A schema string literal.</summary>
    internal static string SchemaString(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
