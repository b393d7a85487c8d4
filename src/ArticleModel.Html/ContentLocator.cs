using System;
using System.Collections.Generic;
using System.Net;
using System.Text.Json;
using AngleSharp.Css.Dom;
using ArticleModel.Html.Content;
using ArticleModel.Html.Locators;

namespace ArticleModel.Html;

/// <summary>
/// The <c>@content</c> locator: the page's main content — the article's paragraphs — found by scoring the page's
/// containers by text length, commas, link density, tag, class/id names and position, the way generic extractors do,
/// with navigation, related links, comments, captions, share bars and cookie notices left out. A body split into
/// several containers (siblings, or elements elsewhere with the same tag and class) is taken whole. When the page's
/// text holds no article but its JSON-LD article has an <c>articleBody</c>, that body is the value (one paragraph per
/// line of it). Immutable and thread-safe; build it once and use it on many pages.
/// </summary>
/// <remarks>
/// <para><b>Paragraphs</b> (<see cref="FindBlocks(HtmlArticleDocument)"/>): the blocks of the chosen containers, in
/// document order, minus the left-out parts and what <see cref="Clean"/> matches. <b>One value</b>
/// (<see cref="Find(HtmlArticleDocument)"/>): those paragraphs joined by a space.</para>
/// <para>A page whose best content is short, or reads like a list of linked headlines (a home, section or search page),
/// gives nothing, and <see cref="Explain(HtmlArticleDocument)"/> says why; in a parse that is warning AM3020.</para>
/// <para>Linear in the size of the page; no page makes it throw.</para>
/// </remarks>
public sealed class ContentLocator
{
    /// <summary>A JSON-LD <c>articleBody</c> shorter than this (characters) is not used as the body.</summary>
    internal const int MinJsonLdBodyChars = 200;

    private readonly ISelector? _clean;

    /// <summary>Creates the locator.</summary>
    /// <param name="clean">A selector list of elements whose text is also left out (<c>".newsletter, .paywall"</c>), or null.</param>
    /// <exception cref="ArgumentException"><paramref name="clean"/> cannot be parsed.</exception>
    public ContentLocator(string? clean = null)
        : this(clean, throwOnError: true)
    {
    }

    private ContentLocator(string? clean, bool throwOnError)
    {
        Clean = string.IsNullOrWhiteSpace(clean) ? null : clean;
        if (Clean is not null)
        {
            _clean = CssSelectors.TryParse(Clean, out var e);
            Error = e is null ? null : "clean: " + e;
            if (Error is not null && throwOnError) throw new ArgumentException(Error, nameof(clean));
        }
    }

    /// <summary>For generated code and the interpreter: never throws; a <c>clean:</c> selector AngleSharp cannot parse makes it find nothing (AM2032).</summary>
    internal static ContentLocator CreateUnchecked(string? clean) => new(clean, throwOnError: false);

    /// <summary>The selector list of elements whose text is also left out; null for none.</summary>
    public string? Clean { get; }

    /// <summary>Why the locator cannot be used (a <c>clean:</c> selector that did not parse); null when it can.</summary>
    internal string? Error { get; }

    /// <summary>The article's text: its paragraphs joined by a space; the default value when the page holds no article.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public HtmlValue Find(HtmlArticleDocument page)
    {
        if (page is null) throw new ArgumentNullException(nameof(page));
        return Find(page, page.AllLines, out _);
    }

    /// <summary>The article's paragraphs, in document order; empty when the page holds no article.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public IReadOnlyList<HtmlValue> FindBlocks(HtmlArticleDocument page)
    {
        if (page is null) throw new ArgumentNullException(nameof(page));
        return FindBlocks(page, page.AllLines, out _);
    }

    /// <summary>Why the page gives no content (a home or search page, too little text); null when it gives some.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public string? Explain(HtmlArticleDocument page)
    {
        if (page is null) throw new ArgumentNullException(nameof(page));
        FindBlocks(page, page.AllLines, out var why);
        return why;
    }

    /// <inheritdoc />
    public override string ToString() => Clean is null ? "@content()" : "@content(clean: " + Clean + ")";

    internal HtmlValue Find(HtmlArticleDocument page, LineSource lines, out string? notArticle)
    {
        var blocks = FindBlocks(page, lines, out notArticle);
        if (blocks.Count == 0) return default;
        if (blocks.Count == 1) return blocks[0];
        var first = blocks[0];
        var last = blocks[blocks.Count - 1];
        var texts = new string[blocks.Count];
        for (var i = 0; i < texts.Length; i++) texts[i] = blocks[i].Text;
        var text = string.Join(" ", texts);
        if (!first.IsPageText) return new HtmlValue(text, first.Span, first.Element, first.Source, -1, -1);
        var span = page.Document.GetSpan(first.TextStart, last.TextEnd - first.TextStart);
        return new HtmlValue(text, span, first.Element, HtmlValueSource.ElementText, first.TextStart, last.TextEnd);
    }

    internal List<HtmlValue> FindBlocks(HtmlArticleDocument page, LineSource lines, out string? notArticle)
    {
        var values = new List<HtmlValue>();
        notArticle = null;
        if (Error is not null) return values;
        var selection = page.Content;
        var domChars = 0;
        if (selection.NotArticle is null)
        {
            var exclusions = WithClean(page, selection);
            var pieces = new List<TextRanges.Piece>();
            foreach (var container in selection.Containers)
            {
                if (!page.TryGetTextRange(container, out var start, out var length)) continue;
                pieces.Clear();
                TextRanges.CollectBlocks(lines, start, start + length, exclusions, pieces);
                foreach (var piece in pieces)
                {
                    values.Add(new HtmlValue(piece.Text, page.Document.GetSpan(piece.Start, piece.End - piece.Start), container, HtmlValueSource.ElementText, piece.Start, piece.End));
                    domChars += piece.Text.Length;
                }
            }
        }
        DropLeadingScraps(values, ref domChars);
        DropRepeats(values, ref domChars);
        // The JSON-LD articleBody, when the page's text holds no article or much less than it (a body rendered by script).
        var jsonLd = JsonLdBody(page);
        if (jsonLd.Count > 0 && (values.Count == 0 || domChars * 2 < JsonLdLength(jsonLd))) return jsonLd;
        if (values.Count == 0) notArticle = selection.NotArticle ?? "the page's main content has no text left once boilerplate is taken out";
        return values;
    }

    // The scorer's exclusions plus the clean: selector's matches inside the containers, sorted and merged.
    private List<(int Start, int End)> WithClean(HtmlArticleDocument page, ContentSelection selection)
    {
        if (_clean is null) return selection.Exclusions;
        var ranges = new List<(int Start, int End)>(selection.Exclusions);
        foreach (var container in selection.Containers)
        {
            DomWalk.Matches(container, _clean, includeRoot: false, match =>
            {
                if (page.TryGetTextRange(match, out var s, out var l)) ranges.Add((s, s + l));
                return true;
            }, skipMatchedSubtrees: true);
        }
        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<(int Start, int End)>(ranges.Count);
        foreach (var r in ranges)
        {
            if (merged.Count > 0 && r.Start <= merged[merged.Count - 1].End)
            {
                var last = merged[merged.Count - 1];
                merged[merged.Count - 1] = (last.Start, Math.Max(last.End, r.End));
            }
            else merged.Add(r);
        }
        return merged;
    }

    /// <summary>A leading block shorter than this (CJK characters counting 3) and not ending a sentence is not body text.</summary>
    internal const int MinLeadingBlockChars = 50;

    // Short pieces before the first sentence — a date, "by A. Writer", "View Images", a lone label or heading — are the
    // furniture around an article's start, not its text (jusText's "short" class at the edge of the content).
    private static void DropLeadingScraps(List<HtmlValue> values, ref int domChars)
    {
        var drop = 0;
        while (drop < values.Count - 1 && IsScrap(values[drop].Text)) drop++;
        for (var i = 0; i < drop; i++) domChars -= values[i].Text.Length;
        if (drop > 0) values.RemoveRange(0, drop);
    }

    /// <summary>A paragraph at least this long (characters) that repeats an earlier one word for word is a copy.</summary>
    internal const int MinRepeatedParagraphChars = 80;

    // A long paragraph that repeats an earlier one word for word is the page's second copy of the article (a print or
    // mobile version, a teaser of the same text with the same class), not more of it.
    private static void DropRepeats(List<HtmlValue> values, ref int domChars)
    {
        HashSet<string>? seen = null;
        var kept = 0;
        for (var i = 0; i < values.Count; i++)
        {
            var text = values[i].Text;
            if (text.Length >= MinRepeatedParagraphChars && !(seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(text))
            {
                domChars -= text.Length;
                continue;
            }
            values[kept++] = values[i];
        }
        if (kept < values.Count) values.RemoveRange(kept, values.Count - kept);
    }

    private static bool IsScrap(string text)
    {
        var weighted = 0;
        foreach (var c in text) weighted += c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' ? 3 : 1;
        if (weighted >= MinLeadingBlockChars) return false;
        var last = text[text.Length - 1];
        return last is not ('.' or '!' or '?' or '\u3002' or '\uFF01' or '\uFF1F' or '"' or '\u201D' or '\u300D');
    }

    private static int JsonLdLength(List<HtmlValue> values)
    {
        var n = 0;
        foreach (var v in values) n += v.Text.Length;
        return n;
    }

    // The first JSON-LD article's articleBody, one value per non-blank line (character references decoded, white space
    // collapsed); empty when there is none or it is short.
    private static List<HtmlValue> JsonLdBody(HtmlArticleDocument page)
    {
        var values = new List<HtmlValue>();
        foreach (var article in page.JsonLd.Articles)
        {
            if (article.Value.ValueKind != JsonValueKind.Object || !article.Value.TryGetProperty("articleBody", out var body) || body.ValueKind != JsonValueKind.String) continue;
            var raw = body.GetString();
            if (raw is null || raw.Length < MinJsonLdBodyChars) continue;
            if (raw.IndexOf('&') >= 0) raw = WebUtility.HtmlDecode(raw);
            foreach (var line in raw.Split('\n'))
            {
                var text = TextNormalizer.Normalize(line.AsSpan());
                if (text.Length > 0) values.Add(new HtmlValue(text, article.Span, article.Script, HtmlValueSource.JsonLd, -1, -1));
            }
            break;
        }
        return values;
    }
}
