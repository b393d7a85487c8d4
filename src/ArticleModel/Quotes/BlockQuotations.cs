using System;
using System.Collections.Generic;
using System.Text;
using ArticleModel.CompilerServices;

namespace ArticleModel.Quotes;

/// <summary>
/// Quotes in text that holds block quotations (Markdown <c>&gt;</c>, HTML <c>&lt;blockquote&gt;</c>). A block quote is
/// someone else's text set apart — a letter, a statement, a post — not the article's own speech, so it is read on its
/// own: its quoted speech is kept only when attributed inside it (a speaker of the article never carries into it), and
/// a block quote signed with an attribution line (<c>— Name, role</c>, as its last paragraph or the paragraph right
/// after it) is itself a quote of that person. The article's other paragraphs are read as before, without the block quotes.
/// </summary>
internal static class BlockQuotations
{
    private const int MaxAttributionLength = 160;
    private const int MaxNameWords = 6;

    /// <summary>Whether any hit is a block-quote block (only readers of markup formats make them).</summary>
    public static bool Any(ParseContext context, Hit[] hits)
    {
        if (!context.Document.HasReaderBlocks) return false; // plain text: paragraphs only
        foreach (var hit in hits)
        {
            if (hit.Found && IsBlockQuote(context, hit)) return true;
        }
        return false;
    }

    /// <summary>The quotes of <paramref name="hits"/>: the article's paragraphs together, each run of block-quote blocks on its own; in document order.</summary>
    public static ValueList<Quote> Extract(ParseContext context, Hit[] hits, QuoteOptions options)
    {
        var article = new List<Paragraph>();
        var quotes = new List<Quote>();
        for (var i = 0; i < hits.Length;)
        {
            if (!hits[i].Found || !IsBlockQuote(context, hits[i]))
            {
                if (hits[i].Found) article.Add(context.Paragraph(hits[i]));
                i++;
                continue;
            }
            // A run of adjacent block-quote blocks is one quotation (its paragraphs).
            var run = new List<Paragraph>();
            var quotation = QuotationOf(context, hits[i]);
            while (i < hits.Length && hits[i].Found && IsBlockQuote(context, hits[i]) && QuotationOf(context, hits[i]) == quotation) run.Add(context.Paragraph(hits[i++]));
            Attribution? signature = null;
            if (run.Count > 1 && Attribution.TryRead(run[run.Count - 1].Text, out var inside))
            {
                signature = inside;
                run.RemoveAt(run.Count - 1);
            }
            else if (i < hits.Length && hits[i].Found && Attribution.TryRead(context.Text(hits[i]), out var after))
            {
                signature = after;
                i++; // the signature line is not the article's text either
            }
            AddQuotation(context.Document, run, signature, options, quotes);
        }
        if (article.Count > 0) quotes.AddRange(QuoteExtractor.Extract(context.Document, article, options));
        quotes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return quotes.Count == 0 ? ValueList<Quote>.Empty : new ValueList<Quote>(quotes.ToArray());
    }

    private static void AddQuotation(ArticleDocument document, List<Paragraph> run, Attribution? signature, QuoteOptions options, List<Quote> quotes)
    {
        var inner = QuoteExtractor.Extract(document, run, options);
        var found = false;
        foreach (var q in inner)
        {
            found = true;
            if (q.Speaker is not null) quotes.Add(q);
            else if (signature is { } s) quotes.Add(q.WithAttribution(s.Name, s.Role, q.Source));
            // Unattributed speech inside a block quote is nobody the article names: left out.
        }
        if (found || signature is not { } sign || run.Count == 0) return;
        // A signed block quote without quote marks: the whole quotation is the quote.
        var text = new StringBuilder();
        var spans = new SourceSpan[run.Count];
        for (var k = 0; k < run.Count; k++)
        {
            if (k > 0) text.Append(' ');
            text.Append(run[k].Text);
            spans[k] = run[k].Span;
        }
        var quote = text.ToString();
        if (options.MinWords > 1 && Words(quote) < options.MinWords) return;
        quotes.Add(new Quote(quote, sign.Name, sign.Role, null, false, new ValueList<SourceSpan>(spans)));
    }

    // Which quotation a block-quote block belongs to, when its reader says (Markdown's 'quotation' attribute); blocks
    // that do not say, adjacent, are one quotation.
    private static string? QuotationOf(ParseContext context, Hit hit) =>
        context.Document.Blocks[context.Line(hit.First).Block].GetAttribute(QuotationAttribute);

    /// <summary>The block attribute a reader sets to tell quotations apart (the Markdown reader numbers them).</summary>
    public const string QuotationAttribute = "quotation";

    private static bool IsBlockQuote(ParseContext context, Hit hit)
    {
        var block = context.Line(hit.First).Block;
        var blocks = context.Document.Blocks;
        return (uint)block < (uint)blocks.Count && blocks[block].Kind == BlockKind.BlockQuote;
    }

    private static int Words(string text)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }

    /// <summary>A signature line: a dash (<c>—</c>, <c>–</c>, <c>―</c>, <c>--</c> or <c>-</c>), a name of capitalised words, then optionally <c>, role</c>.</summary>
    internal readonly struct Attribution
    {
        private Attribution(string name, string? role)
        {
            Name = name;
            Role = role;
        }

        public string Name { get; }

        public string? Role { get; }

        public static bool TryRead(string text, out Attribution attribution)
        {
            attribution = default;
            if (text.Length == 0 || text.Length > MaxAttributionLength) return false;
            var i = 0;
            if (text[0] is '\u2014' or '\u2013' or '\u2015') i = 1;
            else if (text.StartsWith("--", StringComparison.Ordinal)) i = 2;
            else if (text[0] == '-') i = 1;
            else return false;
            while (i < text.Length && text[i] == ' ') i++;
            var comma = text.IndexOf(',', i);
            var name = (comma < 0 ? text.Substring(i) : text.Substring(i, comma - i)).Trim().TrimEnd('.');
            var role = comma < 0 ? null : text.Substring(comma + 1).Trim().TrimEnd('.');
            if (!IsName(name)) return false;
            attribution = new Attribution(name, string.IsNullOrEmpty(role) ? null : role);
            return true;
        }

        // One to six words; the first and last capitalised, those between capitalised or a lower-case particle (de, van, al-).
        private static bool IsName(string name)
        {
            var words = name.Split(' ');
            if (name.Length == 0 || words.Length > MaxNameWords) return false;
            for (var w = 0; w < words.Length; w++)
            {
                var word = words[w];
                if (word.Length == 0) return false;
                foreach (var c in word)
                {
                    if (!char.IsLetter(c) && c is not '.' and not '-' and not '\'' and not '\u2019') return false;
                }
                var edge = w == 0 || w == words.Length - 1;
                if (!char.IsUpper(word[0]) && (edge || word.Length > 4)) return false;
            }
            return true;
        }
    }
}
