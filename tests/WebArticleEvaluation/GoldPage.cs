using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace WebArticleEvaluation;

/// <summary>
/// One page of a body-text gold set as <c>tests/WebArticleEvaluation/fetch-body-gold.sh</c> lays them out
/// (<c>SET/input/NAME.html</c> beside <c>SET/GoldStandard/NAME.txt</c>), with its gold main text: Dragnet's text before
/// its comments marker, L3S-GN1's headline and full-text spans (<c>x-nc-sel1</c>, <c>x-nc-sel2</c>), CleanEval's text
/// without its URL line and block marks.
/// </summary>
internal sealed record GoldPage(string Set, string Name, string HtmlPath, string Gold)
{
    /// <summary>
    /// "dev" or "check": the half of the gold pages the page falls in, by a fixed hash (FNV-1a, 32 bits) of its file
    /// name. Changes are tuned on the development half only; the check half says whether a gain is over-fitted.
    /// </summary>
    public string Half => HalfOf(Name);

    /// <summary>The half a page of this file name (without extension) falls in.</summary>
    public static string HalfOf(string name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return (hash & 1) == 0 ? "dev" : "check";
    }

    // Dragnet's gold files put the page's comments after a line starting so ("!@#$%^&*()  COMMENTS"; in some files
    // without the parentheses).
    private const string CommentsMarker = "!@#$%^&*";

    /// <summary>
    /// Every page of every set under <paramref name="root"/>. A folder named like Mozilla Readability's test pages is
    /// skipped: they are held out for independent measurement.
    /// </summary>
    public static List<GoldPage> Load(string root)
    {
        var pages = new List<GoldPage>();
        foreach (var set in Directory.GetDirectories(root).OrderBy(d => d, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(set);
            if (name.Contains("readability", StringComparison.OrdinalIgnoreCase)) continue;
            var input = Path.Combine(set, "input");
            var goldDir = Path.Combine(set, "GoldStandard");
            if (!Directory.Exists(input) || !Directory.Exists(goldDir)) continue;
            foreach (var html in Directory.GetFiles(input, "*.html").OrderBy(f => f, StringComparer.Ordinal))
            {
                var stem = Path.GetFileNameWithoutExtension(html);
                var goldPath = Path.Combine(goldDir, stem + ".txt");
                if (!File.Exists(goldPath)) continue;
                var gold = GoldText(Decode(File.ReadAllBytes(goldPath)));
                if (ShingleF1.Tokens(gold).Count == 0) continue;
                pages.Add(new GoldPage(name, stem, html, gold));
            }
        }
        return pages;
    }

    private static string GoldText(string raw)
    {
        if (raw.Contains("x-nc-sel", StringComparison.Ordinal))
        {
            // L3S-GN1: the annotated page; the headline (sel1) and the article's full text (sel2) are the main text.
            // The marks nest (a sel2 span around sel2 and sel0 spans), so each text node counts once, under its nearest mark.
            var document = new HtmlParser().ParseDocument(raw);
            var texts = new List<string>();
            foreach (var node in document.Body?.Descendants<IText>() ?? Enumerable.Empty<IText>())
            {
                var mark = node.ParentElement;
                while (mark is not null && !(mark.ClassName ?? "").Contains("x-nc-sel", StringComparison.Ordinal)) mark = mark.ParentElement;
                if (mark is not null && (mark.ClassList.Contains("x-nc-sel1") || mark.ClassList.Contains("x-nc-sel2"))) texts.Add(node.Data);
            }
            return string.Join(" ", texts);
        }
        var marker = raw.IndexOf(CommentsMarker, StringComparison.Ordinal);
        if (marker >= 0) raw = raw.Substring(0, marker);
        if (raw.StartsWith("URL:", StringComparison.Ordinal))
        {
            // CleanEval: a URL line, then text whose blocks start with <p>, <h> or <l>.
            var newline = raw.IndexOf('\n');
            raw = newline < 0 ? "" : raw.Substring(newline + 1);
            raw = raw.Replace("<p>", " ").Replace("<h>", " ").Replace("<l>", " ");
        }
        return raw;
    }

    // The gold files are UTF-8, UTF-16 with a byte-order mark or, in the older sets, Windows-1252 (read as Latin-1:
    // the bytes that differ are punctuation, which the tokens leave out anyway).
    private static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
