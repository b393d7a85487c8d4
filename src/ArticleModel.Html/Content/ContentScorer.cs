using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ArticleModel.Html.Reading;

namespace ArticleModel.Html.Content;

/// <summary>
/// Finds a page's main content. Every element of the body gets, in two linear passes over the DOM, its rendered text
/// length (from the reader's element → text map), the part of it inside links and its commas. Each paragraph-like leaf
/// block (a block with no block inside it holding text) of at least <see cref="MinParagraphChars"/> characters scores
/// 1 + its commas + one per 100 characters (at most 3), weighted down by its own link density, and passes the score
/// to its parent in full, its grandparent in half and three more ancestors in thirds of their level; a block's lines
/// (<c>&lt;br&gt;</c> runs) and the text runs between a block's inner blocks score as paragraphs too. An ancestor's
/// score adds its tag (<c>article</c>, <c>div</c> up; lists, forms and headings down) and its names
/// (<see cref="ClassHints"/>: −25, or up to +25 but at most twice what its paragraphs gave), and ends multiplied by 1 − its link density and by a slight late-in-the-page
/// factor. The best one is the article's container; its siblings that score near it (more for the same class), or
/// that are clean paragraphs, join it, as do elements elsewhere with its tag and class (a body split into several
/// containers). Inside them, navigation, asides, footers, headers, forms, captions, the title, hidden elements, elements
/// named as boilerplate and link-dense blocks are left out, and so is everything after a "Comments" heading that follows the article's text. A page whose best content is short, or reads like a list
/// of linked headlines, holds no article — unless the short text is what the page's own description meta says (a
/// one-line post under a picture). Linear in the page's elements; iterative, so no nesting can overflow.
/// </summary>
/// <remarks>The approach follows the published descriptions of Readability (paragraph scores passed to ancestors),
/// jusText (link density and length classes for blocks) and trafilatura (boilerplate names, fallbacks); no code is
/// taken from them.</remarks>
internal static class ContentScorer
{
    /// <summary>A leaf block shorter than this (in characters) is not scored.</summary>
    internal const int MinParagraphChars = 25;

    /// <summary>Below this many characters of kept text a page holds no article (unless one paragraph is long).</summary>
    internal const int MinArticleChars = 500;

    /// <summary>With one paragraph at least <see cref="LongParagraphChars"/> long, this many characters suffice.</summary>
    internal const int MinShortArticleChars = 150;

    /// <summary>A paragraph this long is a sure sign of prose.</summary>
    internal const int LongParagraphChars = 100;

    /// <summary>
    /// A short content of at least this many characters is still an article when the page's own description holds its
    /// words (<see cref="DescribedByPage"/>): a blog's one-line post under a picture.
    /// </summary>
    internal const int MinDescribedArticleChars = 50;

    // How many non-blank characters of the description must be found in the content, and how far into the content
    // they are looked for (the search is bounded: a short content's container can hold long left-out parts).
    private const int DescriptionProbeChars = 40;
    private const int DescriptionSearchChars = 20_000;

    private const int AncestorLevels = 5;

    private static readonly string[] DescriptionNames = { "description", "og:description", "twitter:description" };

    internal static ContentSelection Select(HtmlArticleDocument page)
    {
        var body = page.Html.Body ?? page.Html.DocumentElement;
        if (body is null) return NoArticle("the page has no body");
        var tree = Flatten(page, body);
        var n = tree.Count;
        if (n == 0) return NoArticle("the page has no text");

        var score = new double[n];
        var scored = new bool[n];
        var text = tree.Text;
        for (var i = 0; i < n; i++)
        {
            double own;
            int ancestor;
            if (tree.IsLeafBlock(i))
            {
                if (tree.Weighted(i) < MinParagraphChars) continue;
                own = ParagraphScore(tree, i) * (1.0 - tree.LinkDensity(i));
                ancestor = tree.Parent[i];
            }
            else
            {
                // Text of a block that sits between its inner blocks (a post written as text runs and <br>s beside a
                // few divs) is paragraphs of that block, as if each run were wrapped in a <p>.
                if (!tree.HasBlockInside(i) || !HtmlElements.IsBlock(tree.Elements[i].LocalName)) continue;
                own = LooseTextScore(tree, i);
                if (own <= 0) continue;
                ancestor = i;
            }
            for (var level = 1; level <= AncestorLevels && ancestor >= 0; level++, ancestor = tree.Parent[ancestor])
            {
                scored[ancestor] = true;
                score[ancestor] += level == 1 ? own : level == 2 ? own / 2 : own / (level * 3);
            }
        }
        // The tag and the names add to what the paragraphs gave; a content name adds at most as much again (times
        // BonusPerContent), so a short box named "content" or "text" does not outweigh an article several times longer.
        for (var i = 0; i < n; i++)
        {
            if (!scored[i]) continue;
            var (basis, bonus) = InitialScore(tree.Elements[i]);
            score[i] += basis + Math.Min(bonus, BonusPerContent * score[i]);
        }

        var pageLength = Math.Max(1, page.Document.Text.Length);
        // Inside a block named or tagged as boilerplate (an author bio, a comment thread, a sidebar) that is not most of
        // the page, prose is not the article: such candidates keep a fifth of their score.
        var inBoilerplate = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var p = tree.Parent[i];
            // An element without text holds no scored paragraph: its names are not read.
            // Reader comments count whatever their size; an element marked itemprop=articleBody is the article even
            // inside a wrapper with a boilerplate name ("share_wrapper" round a whole story).
            inBoilerplate[i] = text[i] > 0 && !IsArticleBody(tree.Elements[i]) && ((p >= 0 && inBoilerplate[p])
                || (text[i] * 2 < pageLength && IsBoilerplateElement(tree.Elements[i])) || ClassHints.IsComments(tree.Elements[i]));
        }
        var best = -1;
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < n; i++)
        {
            if (!scored[i]) continue;
            var position = 1.0 - 0.25 * tree.Start[i] / pageLength;
            score[i] = score[i] * (1.0 - tree.LinkDensity(i)) * position * (inBoilerplate[i] ? 0.2 : 1.0);
            if (score[i] > bestScore)
            {
                bestScore = score[i];
                best = i;
            }
        }
        if (best < 0) return NoArticle("no paragraph of the page holds " + MinParagraphChars + " characters or more");

        var chosen = Gather(tree, score, scored, best, bestScore);
        var exclusions = new List<(int Start, int End)>();
        var kept = 0;
        var longParagraphs = 0;
        var linkedHeadings = 0;
        var paragraphs = 0;
        foreach (var c in chosen)
        {
            kept += tree.Weighted(c);
            var end = c + tree.Size[c];
            longParagraphs += LooseLongLines(tree, c);
            var j = c + 1;
            while (j < end)
            {
                // Linked headings are counted before boilerplate is cut: a list of them is what marks a home or search page.
                if (IsHeading(tree.Elements[j].LocalName) && text[j] > 0 && tree.LinkDensity(j) > 0.5) linkedHeadings++;
                if (EndsArticle(tree, j, c))
                {
                    // A "Comments" heading after the article's text: what follows it in the container is
                    // the readers' part of the page, even where the thread is not wrapped in a comments-named element.
                    var containerEnd = tree.Start[c] + text[c];
                    Exclude(exclusions, tree.Start[j], containerEnd);
                    kept -= tree.WeightedIn(tree.Start[j], containerEnd);
                    break;
                }
                if (text[j] > 0 && IsBoilerplate(tree, j, text[c]))
                {
                    Exclude(exclusions, tree.Start[j], tree.Start[j] + text[j]);
                    kept -= tree.Weighted(j);
                    j += tree.Size[j];
                    continue;
                }
                if (tree.IsLeafBlock(j) && tree.Weighted(j) >= 80 && tree.LinkDensity(j) < 0.5)
                {
                    paragraphs++;
                    if (tree.Weighted(j) >= LongParagraphChars) longParagraphs++;
                }
                longParagraphs += LooseLongLines(tree, j);
                j++;
            }
        }
        if (chosen.Count == 1 && tree.IsLeafBlock(chosen[0]) && tree.Weighted(chosen[0]) >= 80)
        {
            paragraphs++;
            if (tree.Weighted(chosen[0]) >= LongParagraphChars) longParagraphs++;
        }

        var containers = new List<IElement>(chosen.Count);
        foreach (var c in chosen) containers.Add(tree.Elements[c]);
        string? notArticle = null;
        if (linkedHeadings >= 3 && linkedHeadings >= paragraphs)
        {
            notArticle = string.Format(CultureInfo.InvariantCulture,
                "the page reads like a list of links (a home, section or search page): its main content has {0} linked headings and only {1} paragraphs of prose", linkedHeadings, paragraphs);
        }
        else if ((kept < MinShortArticleChars || (kept < MinArticleChars && longParagraphs == 0))
            && !(kept >= MinDescribedArticleChars && DescribedByPage(page, tree, chosen, exclusions)))
        {
            notArticle = string.Format(CultureInfo.InvariantCulture,
                "the page's main content holds only {0} characters of text (an article has at least {1}, or {2} with a paragraph of {3} or more; a CJK character counts as 3)",
                Math.Max(0, kept), MinArticleChars, MinShortArticleChars, LongParagraphChars);
        }
        return new ContentSelection(containers, exclusions, notArticle);
    }

    // A leaf block's paragraph score: 1 + its commas + one per 100 characters (at most 3). A block whose text is
    // broken into lines (<br> runs: a div used as a whole post, the way many blog engines write one) scores each
    // line of MinParagraphChars or more as a paragraph of its own, so such a body weighs as much as the same text in <p>s.
    private static double ParagraphScore(FlatTree tree, int i)
    {
        var start = tree.Start[i];
        var end = start + tree.Text[i];
        if (tree.DocumentText.IndexOf('\n', start, end - start) < 0) return RunScore(tree, start, end);
        var score = LinesScore(tree, start, end);
        // Short lines only (an address, a list of names): the block scores as one paragraph.
        return score > 0 ? score : RunScore(tree, start, end);
    }

    // The paragraph score of the text runs of block i outside its inner blocks, weighted down by their link density.
    private static double LooseTextScore(FlatTree tree, int i)
    {
        var start = tree.Start[i];
        var end = start + tree.Text[i];
        var childEnd = i + tree.Size[i];
        var score = 0.0;
        var looseChars = tree.Text[i];
        var looseLinks = tree.Link[i];
        var at = start;
        for (var c = i + 1; c < childEnd; c += tree.Size[c])
        {
            if (!tree.HoldsBlockText(c) || tree.Text[c] == 0) continue;
            score += LinesScore(tree, at, Math.Min(tree.Start[c], end));
            at = Math.Max(at, tree.Start[c] + tree.Text[c]);
            looseChars -= tree.Text[c];
            looseLinks -= tree.Link[c];
        }
        score += LinesScore(tree, at, end);
        if (score <= 0 || looseChars <= 0) return 0;
        return score * (1.0 - Math.Min(1.0, Math.Max(0.0, (double)looseLinks / looseChars)));
    }

    // The lines of LongParagraphChars or more in the text runs of block i outside its inner blocks (a post written as
    // text and <br>s beside a few divs: its long lines are long paragraphs), none when those runs are mostly links.
    private static int LooseLongLines(FlatTree tree, int i)
    {
        if (!tree.HasBlockInside(i) || !HtmlElements.IsBlock(tree.Elements[i].LocalName)) return 0;
        var start = tree.Start[i];
        var end = start + tree.Text[i];
        var childEnd = i + tree.Size[i];
        var lines = 0;
        var looseChars = tree.Text[i];
        var looseLinks = tree.Link[i];
        var at = start;
        for (var c = i + 1; c < childEnd; c += tree.Size[c])
        {
            if (!tree.HoldsBlockText(c) || tree.Text[c] == 0) continue;
            lines += LongLines(tree, at, Math.Min(tree.Start[c], end));
            at = Math.Max(at, tree.Start[c] + tree.Text[c]);
            looseChars -= tree.Text[c];
            looseLinks -= tree.Link[c];
        }
        lines += LongLines(tree, at, end);
        return lines > 0 && looseChars > 0 && looseLinks * 2 < looseChars ? lines : 0;
    }

    // The runs of [start, end) between line breaks that are LongParagraphChars or longer.
    private static int LongLines(FlatTree tree, int start, int end)
    {
        var text = tree.DocumentText;
        var lines = 0;
        while (start < end)
        {
            var lineBreak = text.IndexOf('\n', start, end - start);
            var runEnd = lineBreak < 0 ? end : lineBreak;
            if (tree.WeightedIn(start, runEnd) >= LongParagraphChars) lines++;
            start = runEnd + 1;
        }
        return lines;
    }

    // The runs of [start, end) between line breaks that are MinParagraphChars or longer, each scored as a paragraph.
    private static double LinesScore(FlatTree tree, int start, int end)
    {
        var text = tree.DocumentText;
        var score = 0.0;
        while (start < end)
        {
            var lineBreak = text.IndexOf('\n', start, end - start);
            var runEnd = lineBreak < 0 ? end : lineBreak;
            if (tree.WeightedIn(start, runEnd) >= MinParagraphChars) score += RunScore(tree, start, runEnd);
            start = runEnd + 1;
        }
        return score;
    }

    private static double RunScore(FlatTree tree, int start, int end) => 1.0 + tree.CommasIn(start, end) + Math.Min(tree.WeightedIn(start, end) / 100, 3);

    // Whether the page's description meta (description, og:description, twitter:description) opens with the words of
    // the kept content: the page says this short text is what it is about (a one-line post under a picture or a video,
    // whose description its blog engine copies from the post), where an error page or a stub box says something else.
    // White space is ignored on both sides; the first DescriptionProbeChars non-blank characters of the description
    // must appear in a kept (not left-out) part of a chosen container. Bounded: at most DescriptionSearchChars
    // characters of content, each compared with at most DescriptionProbeChars.
    private static bool DescribedByPage(HtmlArticleDocument page, FlatTree tree, List<int> chosen, List<(int Start, int End)> exclusions)
    {
        var probe = DescriptionProbe(page);
        if (probe is null) return false;
        var text = tree.DocumentText;
        var budget = DescriptionSearchChars;
        foreach (var c in chosen)
        {
            var end = Math.Min(text.Length, tree.Start[c] + tree.Text[c]);
            for (var at = tree.Start[c]; at < end && budget > 0; at++, budget--)
            {
                if (char.IsWhiteSpace(text[at]) || text[at] != probe[0] || IsExcluded(exclusions, at)) continue;
                var k = 0;
                var j = at;
                while (j < end && k < probe.Length)
                {
                    if (char.IsWhiteSpace(text[j])) { j++; continue; }
                    if (text[j] != probe[k]) break;
                    j++;
                    k++;
                }
                if (k == probe.Length) return true;
            }
        }
        return false;
    }

    // The first DescriptionProbeChars non-blank characters of the page's first description meta that has as many; null when none has.
    private static string? DescriptionProbe(HtmlArticleDocument page)
    {
        var metas = page.MetaByName;
        foreach (var name in DescriptionNames)
        {
            if (!metas.TryGetValue(name, out var elements)) continue;
            foreach (var meta in elements)
            {
                var attribute = MetaLocator.ContentAttributeOf(meta);
                var value = attribute is null ? null : meta.GetAttribute(attribute);
                if (value is null) continue;
                var probe = new char[DescriptionProbeChars];
                var k = 0;
                for (var i = 0; i < value.Length && k < probe.Length; i++)
                {
                    if (!char.IsWhiteSpace(value[i])) probe[k++] = value[i];
                }
                if (k == probe.Length) return new string(probe);
            }
        }
        return null;
    }

    private static bool IsExcluded(List<(int Start, int End)> exclusions, int at)
    {
        foreach (var (start, end) in exclusions)
        {
            if (at < start) return false;
            if (at < end) return true;
        }
        return false;
    }

    private static ContentSelection NoArticle(string why) => new(new List<IElement>(), new List<(int Start, int End)>(), why);

    // The best candidate, the siblings that belong with it, and elements elsewhere with its tag and class; in document
    // order (indices are pre-order), none inside another.
    private static List<int> Gather(FlatTree tree, double[] score, bool[] scored, int best, double bestScore)
    {
        var chosen = new List<int>();
        var bestElement = tree.Elements[best];
        var bestClass = bestElement.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(bestClass)) bestClass = null;
        var parent = tree.Parent[best];
        var threshold = Math.Max(10.0, bestScore * 0.2);
        if (parent >= 0)
        {
            var end = parent + tree.Size[parent];
            for (var s = parent + 1; s < end; s += tree.Size[s])
            {
                if (s == best || BelongsWith(tree, score, scored, s, bestElement, bestClass, bestScore, threshold)) chosen.Add(s);
            }
        }
        else
        {
            chosen.Add(best);
        }
        if (bestClass is not null)
        {
            // Containers with the article's tag and class that are not its siblings (a body split by a wrapper per part).
            for (var i = 0; i < tree.Count; i++)
            {
                if (i >= best && i < best + tree.Size[best]) continue;
                if (parent >= 0 && i > parent && i < parent + tree.Size[parent] && tree.Parent[i] == parent) continue;
                var e = tree.Elements[i];
                if (e.LocalName != bestElement.LocalName || e.GetAttribute("class") != bestClass) continue;
                if (tree.Text[i] < 100 || tree.LinkDensity(i) > 0.33) continue;
                if (Inside(tree, chosen, i)) continue;
                InsertInOrder(tree, chosen, i);
            }
        }
        return chosen;
    }

    private static bool BelongsWith(FlatTree tree, double[] score, bool[] scored, int s, IElement best, string? bestClass, double bestScore, double threshold)
    {
        if (tree.Text[s] == 0) return false;
        var e = tree.Elements[s];
        if (IsBoilerplateElement(e)) return false;
        var bonus = bestClass is not null && e.GetAttribute("class") == bestClass ? bestScore * 0.2 : 0.0;
        if (scored[s] && score[s] + bonus >= threshold) return true;
        if (bonus > 0 && tree.Text[s] >= 100 && tree.LinkDensity(s) < 0.33) return true;
        if (!tree.IsLeafBlock(s)) return false;
        var density = tree.LinkDensity(s);
        var length = tree.Text[s];
        // A clean paragraph beside the container (a lede set apart from the body).
        return (length >= 80 && density < 0.25) || (length > 0 && length < 80 && density == 0 && EndsSentence(tree, s));
    }

    private static bool EndsSentence(FlatTree tree, int i)
    {
        var t = tree.DocumentText;
        var last = tree.Start[i] + tree.Text[i] - 1;
        return last >= 0 && last < t.Length && t[last] is '.' or '!' or '?' or '"' or '\u201D' or '\u3002';
    }

    private static bool Inside(FlatTree tree, List<int> chosen, int i)
    {
        foreach (var c in chosen)
        {
            if (i >= c && i < c + tree.Size[c]) return true;
            if (c > i && c < i + tree.Size[i]) return true;
        }
        return false;
    }

    private static void InsertInOrder(FlatTree tree, List<int> chosen, int i)
    {
        var at = 0;
        while (at < chosen.Count && chosen[at] < i) at++;
        chosen.Insert(at, i);
    }

    /// <summary>A content name or itemprop=articleBody adds at most this many times the candidate's paragraph score.</summary>
    internal const double BonusPerContent = 2.0;

    // The tag's score with a boilerplate name's malus (basis), and a content name's or itemprop=articleBody's bonus.
    private static (double Basis, double Bonus) InitialScore(IElement element)
    {
        var tag = element.LocalName switch
        {
            "article" or "main" => 8,
            "div" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" or "nav" or "aside" or "footer" or "header" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        var itemprop = element.GetAttribute("itemprop");
        var articleBody = itemprop is not null && itemprop.IndexOf("articleBody", StringComparison.OrdinalIgnoreCase) >= 0 ? 25 : 0;
        var hint = ClassHints.Of(element);
        return (tag + (hint < 0 ? -25 : 0), (hint > 0 ? 25 : 0) + articleBody);
    }

    // A descendant of a chosen container that is not article text.
    private static bool IsBoilerplate(FlatTree tree, int j, int containerText)
    {
        var e = tree.Elements[j];
        switch (e.LocalName)
        {
            case "nav": case "aside": case "footer": case "header": case "form": case "figcaption": case "h1": case "menu": case "dialog":
            case "fieldset": case "address": case "caption":
                // A wrapper holding most of the container is the article itself, whatever it is called.
                return tree.Text[j] * 2 < containerText;
        }
        if (IsHidden(e)) return true;
        if (tree.Text[j] * 2 >= containerText) return false;
        // Inline elements (links, spans) inside a paragraph are part of its prose whatever they are called.
        if (!HtmlElements.IsBlock(e.LocalName)) return false;
        if (ClassHints.IsBoilerplate(e) && !IsArticleBody(e)) return true;
        var density = tree.LinkDensity(j);
        return density > 0.5 || (e.LocalName is "ul" or "ol" && density > 0.35);
    }

    private static bool IsArticleBody(IElement e)
    {
        var itemprop = e.GetAttribute("itemprop");
        return itemprop is not null && itemprop.IndexOf("articleBody", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private static bool IsBoilerplateElement(IElement e) =>
        e.LocalName is "nav" or "aside" or "footer" or "header" or "form" or "menu" || IsHidden(e) || (ClassHints.Of(e) < 0);

    private static bool IsHidden(IElement e)
    {
        if (e.Attributes.Length == 0) return false;
        if (string.Equals(e.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)) return true;
        var role = e.GetAttribute("role");
        if (role is "navigation" or "complementary" or "contentinfo" or "banner" or "dialog" or "alertdialog" or "menu" or "menubar") return true;
        var style = e.GetAttribute("style");
        if (style is null) return false;
        var compact = style.Replace(" ", string.Empty);
        return compact.IndexOf("display:none", StringComparison.OrdinalIgnoreCase) >= 0
            || compact.IndexOf("visibility:hidden", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    // Headings that open the readers' comments: "Comments", "12 Responses to …", "Leave a Reply" (not a lone "Comment",
    // which heads a section of some articles, nor trackbacks, which some gold texts keep).
    private static readonly Regex CommentsHeading = new(
        @"^\W*(?:\d+\s+(?:comments?|responses?|replies)|comments|reader comments|readers' comments|leave a (?:comment|reply)|post a comment|add (?:a|your) comment)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // Whether element j, inside container c, is a short heading naming the comments, with at least
    // MinParagraphChars * 8 characters of the container's text before it (so a heading that opens the container is not taken).
    private static bool EndsArticle(FlatTree tree, int j, int c)
    {
        if (!IsHeading(tree.Elements[j].LocalName) || tree.Text[j] == 0 || tree.Text[j] > 80) return false;
        if (tree.Start[j] - tree.Start[c] < MinParagraphChars * 8) return false;
        return CommentsHeading.IsMatch(tree.DocumentText.Substring(tree.Start[j], tree.Text[j]));
    }

    private static bool IsHeading(string tag) => tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    // Adds [start, end) to sorted, merged ranges (callers add in document order).
    private static void Exclude(List<(int Start, int End)> ranges, int start, int end)
    {
        if (ranges.Count > 0 && start <= ranges[ranges.Count - 1].End)
        {
            var last = ranges[ranges.Count - 1];
            ranges[ranges.Count - 1] = (last.Start, Math.Max(last.End, end));
            return;
        }
        ranges.Add((start, end));
    }

    private static FlatTree Flatten(HtmlArticleDocument page, IElement body) => FlatTree.Build(page, body);
}
