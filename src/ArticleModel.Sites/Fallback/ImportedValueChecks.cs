using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ArticleModel.Sites;

/// <summary>
/// Checks a site schema's value of a WebArticle field before it wins over WebArticle's: imported rules follow a site's
/// layout of today, and on an older page they can select the wrong element (another story's headline, a "More stories
/// by" link, the site's name). A refused value gives way to WebArticle's; an accepted list can be trimmed.
/// </summary>
internal static class ImportedValueChecks
{
    // Lower-case words a person's name may hold ("Ludwig van Beethoven", "Ana de la Cruz").
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "al", "bin", "binti", "da", "das", "de", "degli", "del", "della", "den", "der", "di", "do", "dos", "du", "e",
        "el", "ibn", "la", "le", "st", "ten", "ter", "van", "von", "y", "zu",
    };

    // More words than this is a sentence, not a name.
    private const int MostWordsInAName = 6;

    /// <summary>Why the site's value of <paramref name="field"/> is refused, or null when it may win.</summary>
    /// <param name="field">The field (a WebArticle field name).</param>
    /// <param name="site">The site schema's value (found: not null, not an empty list).</param>
    /// <param name="fallback">WebArticle's value of the field.</param>
    /// <param name="webArticle">WebArticle's whole value (its <c>siteName</c>).</param>
    /// <param name="pageTitle">The page's <c>&lt;title&gt;</c>, or null.</param>
    public static string? Refusal(string field, JsonElement site, JsonElement fallback, JsonElement webArticle, string? pageTitle)
    {
        switch (field)
        {
            case "title" when site.ValueKind == JsonValueKind.String:
                return TitleRefusal(site.GetString()!, Text(webArticle, "siteName"), pageTitle,
                    fallback.ValueKind == JsonValueKind.String ? fallback.GetString() : null);
            case "authors" when site.ValueKind == JsonValueKind.Array:
                foreach (var author in site.EnumerateArray())
                {
                    if (author.ValueKind != JsonValueKind.String) continue;
                    var why = AuthorRefusal(author.GetString()!);
                    if (why is not null) return why;
                }
                return fallback.ValueKind == JsonValueKind.Array ? AuthorsInCapitalsRefusal(Strings(site), Strings(fallback)) : null;
            case "body" when site.ValueKind == JsonValueKind.Array && fallback.ValueKind == JsonValueKind.Array:
                return BodyRefusal(Strings(site), Strings(fallback));
            case "published" when site.ValueKind == JsonValueKind.String && fallback.ValueKind == JsonValueKind.String:
                return DateRefusal(site.GetString()!, fallback.GetString()!);
            default:
                return null;
        }
    }

    // Too little text to judge: WebArticle's body with fewer distinct words of four letters or more than this, or the
    // site's with fewer than the second (a short lede of the same story shares most of its words with the whole).
    private const int FewestBodyWords = 40;
    private const int FewestImportedBodyWords = 8;

    /// <summary>
    /// Why an imported body gives way to WebArticle's: the two share hardly a word of four letters or more — the site's
    /// rule selected another story (a graphics page's teaser, a layout of today over an older page). The same story
    /// with captions, credits or a comment thread around it shares most of WebArticle's words; two different stories
    /// share few beyond the common ones. Null when the imported body stands.
    /// </summary>
    internal static string? BodyRefusal(IReadOnlyList<string> site, IReadOnlyList<string> webArticle)
    {
        var mine = ContentWords(site);
        var theirs = ContentWords(webArticle);
        if (mine.Count < FewestImportedBodyWords || theirs.Count < FewestBodyWords) return null;
        var shared = mine.Count(theirs.Contains);
        return shared * 3 < Math.Min(mine.Count, theirs.Count) ? "hardly a word in common with WebArticle's body (another story's text)" : null;
    }

    private static HashSet<string> ContentWords(IReadOnlyList<string> paragraphs)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            foreach (var word in Words(paragraph))
            {
                if (word.Length >= 4) words.Add(word);
            }
        }
        return words;
    }

    private static List<string> Strings(JsonElement array) =>
        array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();

    /// <summary>
    /// Why an imported date gives way to WebArticle's: it is the same moment told less precisely — a day without a time
    /// where WebArticle has the time on that day, or a time to the minute (a visible "10:20 a.m.") where WebArticle has
    /// the seconds of that same minute (a meta or JSON-LD timestamp), or a time without a zone where WebArticle has
    /// the same time with its zone (a visible time against the meta or JSON-LD timestamp). Null when the imported date stands.
    /// </summary>
    internal static string? DateRefusal(string site, string webArticle)
    {
        if (site.Length == 10 && webArticle.Length > 10 && webArticle.StartsWith(site, StringComparison.Ordinal))
            return "a day without a time, where WebArticle has the time on that day";
        if (site.Length > 10 && webArticle.Length > 10 &&
            DateTimeOffset.TryParse(site, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var mine) &&
            DateTimeOffset.TryParse(webArticle, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var theirs) &&
            mine.Second == 0 && mine.Millisecond == 0 && theirs > mine && theirs - mine < TimeSpan.FromMinutes(1))
            return "a time to the minute, where WebArticle has the seconds of that minute";
        if (site.Length > 10 && !HasZone(site) && HasZone(webArticle) &&
            DateTime.TryParse(site, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var wall) &&
            DateTimeOffset.TryParse(webArticle, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var zoned) &&
            wall == zoned.DateTime)
            return "a time without its zone, where WebArticle has that time with its zone";
        return null;
    }

    // An ISO time ending in "Z" or an offset ("+01:00", "-0500"): the value says which moment it is.
    private static bool HasZone(string value) =>
        value.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || System.Text.RegularExpressions.Regex.IsMatch(value, @"T[0-9:.,]+[+-]\d{2}:?\d{2}$");

    /// <summary>
    /// The indexes of the list elements kept (null: all): <c>authors</c> without a name given twice; <c>body</c> from
    /// WebArticle's first paragraph on when that paragraph is one of the site's later ones (the blocks before it —
    /// credits, kickers, teasers, standfirsts inside the site's container — are what WebArticle's content scorer judged
    /// not to be the article's text), but for the caption of a figure right before that paragraph.
    /// </summary>
    /// <param name="field">The field (a WebArticle field name).</param>
    /// <param name="site">The site schema's value.</param>
    /// <param name="fallback">WebArticle's value of the field.</param>
    /// <param name="figureParts">For <c>body</c>: the figure part of each of the site's blocks (<see cref="FigureParts"/>), asked only when blocks are left out; null when not known.</param>
    public static int[]? Kept(string field, JsonElement site, JsonElement fallback, Func<FigurePart[]?>? figureParts = null)
    {
        if (site.ValueKind != JsonValueKind.Array) return null;
        var items = site.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToList();
        if (field == "authors")
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var kept = Enumerable.Range(0, items.Count).Where(i => seen.Add(items[i].Trim())).ToArray();
            return kept.Length == items.Count ? null : kept;
        }
        if (field == "body" && fallback.ValueKind == JsonValueKind.Array && fallback.GetArrayLength() > 0 && fallback[0].ValueKind == JsonValueKind.String)
        {
            var first = fallback[0].GetString()!.Trim();
            if (first.Length == 0) return null;
            var start = items.FindIndex(p => SameStart(p, first));
            return start > 0 ? KeptBody(items.Count, start, figureParts?.Invoke()) : null;
        }
        return null;
    }

    /// <summary>
    /// The site's body blocks kept when WebArticle's first paragraph is its block <paramref name="start"/>: from there on,
    /// and before it the captions of the figure that ends right there (a lead image's caption tells what the story's
    /// picture shows, and readers and the Postlight-style extractors count it as the article's; the figure's credit line
    /// and buttons are not text). Walking back from <paramref name="start"/>, the first block that is not part of a
    /// figure (a kicker, a teaser, a standfirst) ends the figure.
    /// </summary>
    internal static int[] KeptBody(int count, int start, IReadOnlyList<FigurePart>? parts)
    {
        var kept = new List<int>(count - start + 2);
        if (parts is not null && parts.Count == count)
        {
            for (var i = start - 1; i >= 0 && parts[i] != FigurePart.None; i--)
            {
                if (parts[i] == FigurePart.Caption) kept.Insert(0, i);
            }
        }
        for (var i = start; i < count; i++) kept.Add(i);
        return kept.ToArray();
    }

    // The same paragraph, as two block walks may cut it: the same first 40 to 80 characters; a shorter one only when
    // equal (a heading "marzipanify" is not the paragraph "marzipanify is a tool…").
    private static bool SameStart(string paragraph, string first)
    {
        paragraph = paragraph.Trim();
        var n = Math.Min(Math.Min(paragraph.Length, first.Length), 80);
        if (n < 40) return string.Equals(paragraph, first, StringComparison.Ordinal);
        return string.CompareOrdinal(paragraph, 0, first, 0, n) == 0;
    }

    /// <summary>
    /// Why imported authors give way to WebArticle's: they are WebArticle's names, one for one, written in capitals
    /// ("THE NEW YORK TIMES" where WebArticle has "The New York Times") — the site's rule read a styled label; the
    /// names as written elsewhere on the page (JSON-LD, meta, a byline link) keep their case. Null when they stand.
    /// </summary>
    internal static string? AuthorsInCapitalsRefusal(IReadOnlyList<string> site, IReadOnlyList<string> webArticle)
    {
        if (site.Count == 0 || site.Count != webArticle.Count) return null;
        for (var i = 0; i < site.Count; i++)
        {
            var mine = site[i].Trim();
            var theirs = webArticle[i].Trim();
            if (!string.Equals(mine, theirs, StringComparison.OrdinalIgnoreCase)) return null;
            if (!InCapitals(mine) || !theirs.Any(char.IsLower)) return null;
        }
        return "the same names in capitals, where WebArticle has them in upper and lower case";
    }

    // Two letters or more, none lower-case (a script without case has no lower-case letters either: it needs an upper-case one).
    private static bool InCapitals(string text) => text.Count(char.IsLetter) >= 2 && text.Any(char.IsUpper) && !text.Any(char.IsLower);

    /// <summary>
    /// Why an imported title is refused: it is the site's name, or it carries it; it is WebArticle's headline with a
    /// short note in brackets after it ("… (Published 2016)", "… [Video]": a label the site adds to its share title);
    /// or it shares no word with the page's own title (another story's headline).
    /// </summary>
    internal static string? TitleRefusal(string title, string? siteName, string? pageTitle, string? webArticleTitle = null)
    {
        title = title.Trim();
        if (webArticleTitle is not null && IsBracketedNoteAfter(title, webArticleTitle.Trim())) return "the headline with a note in brackets after it";
        if (siteName is { Length: > 0 })
        {
            if (string.Equals(title, siteName.Trim(), StringComparison.OrdinalIgnoreCase)) return "the site's name";
            if (title.Length > siteName.Length && title.EndsWith(siteName.Trim(), StringComparison.OrdinalIgnoreCase)
                && EndsWithAny(title.Substring(0, title.Length - siteName.Trim().Length).TrimEnd(), SeparatorChars)) return "the headline with the site's name after it";
        }
        if (pageTitle is not null)
        {
            var words = Words(title);
            var pageWords = Words(pageTitle);
            // Only for titles of several words each: a one-word or unspaced (CJK) title has too little to compare. A
            // headline and its page's <title> share most words; another story's shares one or two by chance ("Apple").
            if (words.Count >= 3 && pageWords.Count >= 3 && words.Count(pageWords.Contains) * 4 < Math.Min(words.Count, pageWords.Count))
                return "hardly a word in common with the page's <title> (another story's headline)";
        }
        return null;
    }

    // Most words in a note after a headline ("(Published 2016)", "[Video]", "(Updated with new figures)").
    private const int MostWordsInANote = 4;

    // "Headline (note)" or "Headline [note]" where the headline is WebArticle's, of two words or more (a one-word headline
    // may be a cut-off title, and the longer one the right one); the note holds no bracket of its own.
    private static bool IsBracketedNoteAfter(string title, string headline)
    {
        if (headline.Length == 0 || Words(headline).Count < 2 || !title.StartsWith(headline, StringComparison.Ordinal)) return false;
        var rest = title.Substring(headline.Length);
        if (rest.Length == 0 || !char.IsWhiteSpace(rest[0])) return false;
        rest = rest.Trim();
        if (rest.Length < 3) return false;
        var close = rest[0] == '(' ? ')' : rest[0] == '[' ? ']' : '\0';
        if (close == '\0' || rest[rest.Length - 1] != close) return false;
        var note = rest.Substring(1, rest.Length - 2);
        if (note.IndexOfAny(new[] { '(', ')', '[', ']' }) >= 0) return false;
        var words = note.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MostWordsInANote;
    }

    private static bool EndsWithAny(string text, char[] any) => text.Length > 0 && Array.IndexOf(any, text[text.Length - 1]) >= 0;

    private static readonly char[] SeparatorChars = { '-', '–', '—', '|', '·', '•', ':', '/' };

    /// <summary>Why an imported author is refused: not a person's name (empty, "By", a date, digits, a sentence, lower-case words).</summary>
    internal static string? AuthorRefusal(string author)
    {
        var text = author.Trim();
        if (text.Length == 0) return "an empty author";
        if (text.Equals("by", StringComparison.OrdinalIgnoreCase)) return "\"By\" alone";
        if (ArticleDate.TryParse(text, out _)) return "a date as an author";
        if (text.Any(char.IsDigit)) return "an author with digits";
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MostWordsInAName) return "a sentence as an author";
        foreach (var word in words)
        {
            // Names are capitalised where the script has case; "More stories by Ana Ruiz" is a link's text.
            if (char.IsLower(word[0]) && !NameParticles.Contains(word.TrimEnd('.', ','))) return "words that are not a name (\"" + word + "\")";
        }
        return null;
    }

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                if (i - start >= 2) words.Add(text.Substring(start, i - start).ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
