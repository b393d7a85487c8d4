using System;
using System.Collections.Generic;
using ArticleModel.Quotes;

namespace ArticleModel;

/// <summary>
/// Finds the direct quotations in an article's paragraphs and who said them.
/// </summary>
/// <remarks>
/// <para>
/// Handles curly and straight double quotes, British single quotes, one level of nesting, apostrophes that are not
/// quote marks, quotes continued across paragraphs, statements split around their attribution, attributions before
/// or after the quote (<c>X said</c>, <c>said X</c>, <c>X told Y</c>, <c>according to X</c>, and the common speech
/// verbs), titles and appositives (<c>Russian Foreign Minister Sergey Lavrov</c> gives the speaker
/// <c>Sergey Lavrov</c> and the role <c>Russian Foreign Minister</c>), surname-only and pronoun speakers, and quoted
/// fragments inside a sentence (<see cref="Quote.Partial"/>).
/// </para>
/// <para>
/// Quoted names, titles and scare quotes (<c>a group calling itself the “Coalition of the Willing”</c>, a book title)
/// are not speech and are left out of the result.
/// </para>
/// <para>
/// Linear in the input: a hand-written scanner, bounded look-around windows and no regular expressions over article
/// text. Keeps no shared mutable state, so it is safe to call from many threads at once. Never throws on content.
/// </para>
/// </remarks>
public static class QuoteExtractor
{
    /// <summary>Extracts the quotes of <paramref name="paragraphs"/>, which come from <paramref name="document"/>.</summary>
    /// <param name="document">The document the paragraphs were read from; spans point into its <see cref="ArticleDocument.Text"/>.</param>
    /// <param name="paragraphs">The paragraphs, in order; each text is white-space normalised and each span is its place in the document.</param>
    /// <returns>The quotes in document order (empty when there are none, or when an argument is null).</returns>
    public static ValueList<Quote> Extract(ArticleDocument document, IReadOnlyList<Paragraph> paragraphs) =>
        Extract(document, paragraphs, QuoteOptions.Default);

    /// <summary>Extracts the quotes of <paramref name="paragraphs"/>, which come from <paramref name="document"/>, with <paramref name="options"/>.</summary>
    /// <param name="document">The document the paragraphs were read from; spans point into its <see cref="ArticleDocument.Text"/>.</param>
    /// <param name="paragraphs">The paragraphs, in order; each text is white-space normalised and each span is its place in the document.</param>
    /// <param name="options">Which marks count, the fewest words a quote needs, whether organisations speak; null means <see cref="QuoteOptions.Default"/>.</param>
    /// <returns>The quotes in document order (empty when there are none, or when an argument is null).</returns>
    public static ValueList<Quote> Extract(ArticleDocument document, IReadOnlyList<Paragraph> paragraphs, QuoteOptions? options)
    {
        if (document is null || paragraphs is null || paragraphs.Count == 0 || !AnyMark(paragraphs)) return ValueList<Quote>.Empty;
        var session = new QuoteSession(document, guard: true, options ?? QuoteOptions.Default);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p is not null) session.AddParagraph(p);
        }
        return session.Finish();
    }

    /// <summary>
    /// Whether any paragraph has a quote mark. Without one there is no quote, so nothing needs analysing. A paragraph
    /// without marks is still analysed when another has them: the people it names are who later pronouns and surnames
    /// refer to, and its full names complete earlier speakers' names.
    /// </summary>
    private static bool AnyMark(IReadOnlyList<Paragraph> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            // The characters the text is made from: building (and so keeping) every paragraph's text just to look for
            // a mark would undo the lazy paragraphs (issue 9 item 7).
            if (paragraphs[i] is { } p && QuoteScanner.HasMark(p.SourceCharacters)) return true;
        }
        return false;
    }

    /// <summary>Reads <paramref name="text"/> as plain text (one paragraph per block of lines) and extracts its quotes.</summary>
    /// <param name="text">The article text; null is treated as empty.</param>
    /// <returns>The quotes in document order.</returns>
    public static ValueList<Quote> Extract(string text) => Extract(text, QuoteOptions.Default);

    /// <summary>Reads <paramref name="text"/> as plain text and extracts its quotes with <paramref name="options"/>.</summary>
    /// <param name="text">The article text; null is treated as empty.</param>
    /// <param name="options">Extraction options; null means <see cref="QuoteOptions.Default"/>.</param>
    /// <returns>The quotes in document order.</returns>
    public static ValueList<Quote> Extract(string text, QuoteOptions? options)
    {
        var document = PlainTextReader.Read(text ?? string.Empty);
        return Extract(document, ParagraphsOf(document), options);
    }

    /// <summary>
    /// The blocks of a plain-text document as paragraphs: lines joined by one space, white space collapsed — with
    /// <see cref="TextNormalizer.Join(ArticleDocument, int, int)"/>, the very rule the <c>@quotes</c> field of a generated or interpreted parser
    /// uses, so both give the same text for the same input.
    /// </summary>
    internal static List<Paragraph> ParagraphsOf(ArticleDocument document)
    {
        // Paragraphs that keep where their lines are and build their texts when asked (as a parser's body does), read
        // from the compact line table: neither the texts nor the array of lines are made here.
        var result = new List<Paragraph>();
        var lines = document.LineTable;
        var count = document.LineCount;
        var i = 0;
        while (i < count)
        {
            var block = lines.Block(i);
            var firstIndex = i;
            while (i < count && lines.Block(i) == block) i++;
            var lastIndex = i - 1;
            var start = lines.Start(firstIndex);
            var span = new SourceSpan(start, lines.End(lastIndex) - start, lines.Number(firstIndex), lines.Column(firstIndex));
            result.Add(new Paragraph(document.Text, lines, firstIndex, lastIndex, span));
        }
        return result;
    }
}
