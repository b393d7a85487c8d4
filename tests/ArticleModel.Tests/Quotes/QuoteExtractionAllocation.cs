using System;
using ArticleModel.Quotes;

namespace ArticleModel.Tests.Quotes;

/// <summary>What one quote extraction over a plain-text document allocates, measured after a warm-up pass so that
/// lexicons and first-call allocations are not counted; shared by the allocation-bound tests.</summary>
internal static class QuoteExtractionAllocation
{
    public static long BytesAllocatedByExtract(string text, out ValueList<Quote> quotes)
    {
        var document = PlainTextReader.Read(text);
        var paragraphs = QuoteExtractor.ParagraphsOf(document);
        QuoteExtractor.Extract(document, paragraphs);

        var before = GC.GetAllocatedBytesForCurrentThread();
        quotes = QuoteExtractor.Extract(document, paragraphs);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
