using System;
using System.Collections.Generic;
using ArticleModel.CompilerServices;
using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// One definition of white space (issue 10 item 4): <see cref="QuoteExtractor.Extract(string)"/> and the
/// <c>@quotes</c> field of a parser (which reads paragraphs through <see cref="ParseContext"/>) give the same quotes
/// for the same input, including C0 controls, U+FEFF, NBSP and the Unicode spaces inside and around a quote.
/// </summary>
public class QuoteWhiteSpaceTests
{
    public static IEnumerable<object[]> Inputs() => new[]
    {
        new object[] { "Headline\n\n\u201CWe will\u0001rebuild\u0002the pier,\u201D Dana Whitlock said.\n" },
        new object[] { "Headline\n\n\u201CWe will\uFEFFrebuild the pier,\u201D\u0003Dana Whitlock said.\n" },
        new object[] { "Headline\n\n\u201CWe will\u00A0rebuild\u2007the\u3000pier,\u201D Dana Whitlock said.\n" },
        new object[] { "Headline\n\n\u201CThe pier\u0085is old and\n\u001Fwe will fix it,\u201D said\u000BDana Whitlock, the harbour master.\n" },
        new object[] { "Headline\n\nDana Whitlock\u0010said: \u201CNever\u001Eagain.\u201D\n\n\u201CNot on\u0007my watch.\u201D\n" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void ExtractAndTheQuotesFieldAgree(string text)
    {
        var direct = QuoteExtractor.Extract(text);
        var document = PlainTextReader.Read(text);
        var context = new ParseContext(document);
        var hits = new List<Hit>();
        var lines = document.Lines;
        for (var i = 0; i < lines.Length;)
        {
            var first = i;
            while (i < lines.Length && lines[i].Block == lines[first].Block) i++;
            hits.Add(new Hit(first, i - 1));
        }
        var viaField = context.Quotes(hits.ToArray());
        Assert.NotEmpty(direct);
        Assert.Equal(viaField, direct);
        foreach (var q in direct)
        {
            Assert.Equal(TextNormalizer.Normalize(q.Text.AsSpan()), q.Text);
            Assert.DoesNotContain('\u0001', q.Text);
            Assert.DoesNotContain('\uFEFF', q.Text);
        }
    }

    [Fact]
    public void ControlCharactersSeparateWordsInsideAQuote()
    {
        var quotes = QuoteExtractor.Extract("Headline\n\n\u201CWe will\u0001rebuild\u0002the pier,\u201D Dana Whitlock said.\n");
        Assert.Equal("We will rebuild the pier", Assert.Single(quotes).Text);
        Assert.Equal("Dana Whitlock", quotes[0].Speaker);
    }
}
