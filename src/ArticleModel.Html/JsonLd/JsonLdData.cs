using System;
using System.Collections.Generic;
using System.Text.Json;
using AngleSharp.Dom;

namespace ArticleModel.Html.JsonLd;

/// <summary>
/// A page's JSON-LD, read once: every <c>&lt;script type="application/ld+json"&gt;</c> parsed with System.Text.Json
/// (bounded size and depth), the schema.org article objects found in them — at the top level, in arrays, in
/// <c>@graph</c> containers and nested in other objects (a <c>WebPage</c>'s <c>mainEntity</c>) — in document order, and
/// every node with an <c>@id</c>, so references (<c>"author": {"@id": "#p1"}</c>) resolve. A script that is not valid
/// JSON is skipped with AM2030; one too large or deep with AM2031. Never throws.
/// </summary>
internal sealed class JsonLdData
{
    /// <summary>The largest script read, in characters (4 MiB); larger ones are skipped with AM2031.</summary>
    internal const int MaxScriptLength = 4 * 1024 * 1024;

    /// <summary>The deepest nesting read; deeper scripts are skipped with AM2031.</summary>
    internal const int MaxDepth = 64;

    /// <summary>The most JSON-LD read from one page, in characters (16 MiB); later scripts are skipped with AM2031.</summary>
    internal const int MaxTotalLength = 16 * 1024 * 1024;

    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = MaxDepth,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private JsonLdData(List<JsonLdNode> articles, Dictionary<string, JsonElement> byId, List<ArticleDiagnostic> diagnostics)
    {
        Articles = articles;
        ById = byId;
        Diagnostics = diagnostics;
    }

    /// <summary>The article objects, in document order.</summary>
    internal IReadOnlyList<JsonLdNode> Articles { get; }

    /// <summary>Every object with an <c>@id</c> (the first one of each id wins).</summary>
    internal Dictionary<string, JsonElement> ById { get; }

    /// <summary>What reading noticed.</summary>
    internal IReadOnlyList<ArticleDiagnostic> Diagnostics { get; }

    internal static JsonLdData Read(HtmlArticleDocument page)
    {
        var articles = new List<JsonLdNode>();
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var diagnostics = new List<ArticleDiagnostic>();
        var total = 0;
        foreach (var script in page.Html.GetElementsByTagName("script"))
        {
            if (!IsJsonLd(script.GetAttribute("type"))) continue;
            var text = ScriptText(script);
            var span = ContentSpan(page, script, text.Length);
            var json = Unwrap(text);
            if (json.Length == 0) continue;
            if (json.Length > MaxScriptLength || total + json.Length > MaxTotalLength)
            {
                diagnostics.Add(new ArticleDiagnostic(DiagnosticIds.HtmlJsonLdTooLarge, DiagnosticSeverity.Warning,
                    $"a JSON-LD script has {json.Length} characters, more than the {(json.Length > MaxScriptLength ? MaxScriptLength : MaxTotalLength - total)} still read for a page; it was skipped", span));
                continue;
            }
            total += json.Length;
            JsonDocument parsed;
            try
            {
                parsed = JsonDocument.Parse(json.AsMemory(), Options);
            }
            catch (JsonException e)
            {
                var depth = e.Message.IndexOf("maximum configured depth", StringComparison.OrdinalIgnoreCase) >= 0;
                diagnostics.Add(new ArticleDiagnostic(depth ? DiagnosticIds.HtmlJsonLdTooLarge : DiagnosticIds.HtmlJsonLdMalformed, DiagnosticSeverity.Warning,
                    depth
                        ? $"a JSON-LD script nests deeper than {MaxDepth} levels; it was skipped"
                        : $"a JSON-LD script is not valid JSON ({Shorten(e.Message)}); it was skipped", span));
                continue;
            }
            // The document is kept for the page's lifetime: its elements are the values locators read.
            Collect(parsed.RootElement, script, span, articles, byId);
        }
        return new JsonLdData(articles, byId, diagnostics);
    }

    // A script's text is its one text node: that node's string, not TextContent's copy of it (built in a buffer of its
    // own, twice the script's size again, and made even for a script too large to read).
    private static string ScriptText(IElement script)
    {
        var children = script.ChildNodes;
        if (children.Length == 1 && children[0] is IText only) return only.Data ?? string.Empty;
        return script.TextContent ?? string.Empty;
    }

    /// <summary>True for <c>application/ld+json</c> (any case, parameters allowed).</summary>
    internal static bool IsJsonLd(string? type)
    {
        if (type is null) return false;
        var t = type.Trim();
        var semicolon = t.IndexOf(';');
        if (semicolon >= 0) t = t.Substring(0, semicolon).TrimEnd();
        return string.Equals(t, "application/ld+json", StringComparison.OrdinalIgnoreCase);
    }

    // Walks every value iteratively (the parser bounded the depth), so nested articles and ids are found too. One
    // enumerator per open array or object, not a copy of every item: an array of 200,000 authors was listed twice.
    private static void Collect(JsonElement root, IElement script, SourceSpan span, List<JsonLdNode> articles, Dictionary<string, JsonElement> byId)
    {
        var open = new List<JsonFrame>();
        Visit(root);
        while (open.Count > 0)
        {
            var top = open.Count - 1;
            var frame = open[top];
            var more = frame.MoveNext(out var next);
            open[top] = frame;
            if (!more) open.RemoveAt(top);
            else Visit(next);
        }

        void Visit(JsonElement value)
        {
            if (value.ValueKind == JsonValueKind.Array)
            {
                open.Add(new JsonFrame(value.EnumerateArray()));
            }
            else if (value.ValueKind == JsonValueKind.Object)
            {
                if (value.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String && HasMoreThanId(value))
                {
                    var key = id.GetString()!;
                    if (!byId.ContainsKey(key)) byId[key] = value;
                }
                if (SchemaTypes.IsArticle(value)) articles.Add(new JsonLdNode(value, script, span));
                open.Add(new JsonFrame(value.EnumerateObject()));
            }
        }
    }

    /// <summary>An open array's or object's place among its items (an object's items are its property values).</summary>
    private struct JsonFrame
    {
        private readonly bool _isArray;
        private JsonElement.ArrayEnumerator _items;
        private JsonElement.ObjectEnumerator _properties;

        internal JsonFrame(JsonElement.ArrayEnumerator items)
        {
            _isArray = true;
            _items = items;
            _properties = default;
        }

        internal JsonFrame(JsonElement.ObjectEnumerator properties)
        {
            _isArray = false;
            _items = default;
            _properties = properties;
        }

        internal bool MoveNext(out JsonElement next)
        {
            if (_isArray)
            {
                var more = _items.MoveNext();
                next = more ? _items.Current : default;
                return more;
            }
            var found = _properties.MoveNext();
            next = found ? _properties.Current.Value : default;
            return found;
        }
    }

    private static bool HasMoreThanId(JsonElement value)
    {
        foreach (var property in value.EnumerateObject())
        {
            if (property.Name != "@id") return true;
        }
        return false;
    }

    // Pages wrap scripts in HTML comments or CDATA markers; JSON has neither.
    private static string Unwrap(string text)
    {
        var t = text.Trim();
        t = StripPrefix(t, "<!--");
        t = StripPrefix(t, "//<![CDATA[");
        t = StripPrefix(t, "/*<![CDATA[*/");
        t = StripPrefix(t, "<![CDATA[");
        t = StripSuffix(t, "-->");
        t = StripSuffix(t, "//]]>");
        t = StripSuffix(t, "/*]]>*/");
        t = StripSuffix(t, "]]>");
        return t.Trim();
    }

    private static string StripPrefix(string t, string prefix) => t.StartsWith(prefix, StringComparison.Ordinal) ? t.Substring(prefix.Length).TrimStart() : t;

    private static string StripSuffix(string t, string suffix) => t.EndsWith(suffix, StringComparison.Ordinal) ? t.Substring(0, t.Length - suffix.Length).TrimEnd() : t;

    // The script's content in the page: from the end of its start tag, as long as its text.
    private static SourceSpan ContentSpan(HtmlArticleDocument page, IElement script, int length)
    {
        var tag = HtmlArticleDocument.StartTagOf(script);
        if (tag < 0) return default;
        var input = page.Document.Input;
        var close = input.IndexOf('>', tag);
        var start = close < 0 ? tag : close + 1;
        return page.InputSpan(start, start + length);
    }

    private static string Shorten(string message)
    {
        var m = message.Replace('\n', ' ').Replace('\r', ' ').Trim();
        return m.Length > 160 ? m.Substring(0, 157) + "..." : m;
    }
}
