using System.Linq;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>One test per pattern the quote extractor handles, each on its own.</summary>
public class QuotePatternTests
{
    private static Quote Single(string text)
    {
        var quotes = QuoteExtractor.Extract(text);
        Assert.Single(quotes);
        return quotes[0];
    }

    [Fact]
    public void CurlyDoubleQuotes_SpeakerAfter()
    {
        var q = Single("“The bridge will reopen in May,” Anna Kowalski said.");
        Assert.Equal("The bridge will reopen in May", q.Text);
        Assert.Equal("Anna Kowalski", q.Speaker);
        Assert.False(q.Partial);
    }

    [Fact]
    public void InvertedSaidX_LowerCaseRoleBeforeTheName()
    {
        var q = Single("“The roof leaked for years,” said branch manager Colin Ashby.");
        Assert.Equal("Colin Ashby", q.Speaker);
        Assert.Equal("branch manager", q.SpeakerRole);
    }

    [Fact]
    public void StraightDoubleQuotes()
    {
        var q = Single("\"We are not giving up,\" said Tom Baker.");
        Assert.Equal("We are not giving up", q.Text);
        Assert.Equal("Tom Baker", q.Speaker);
    }

    [Fact]
    public void InvertedSaidX()
    {
        var q = Single("“Prices will rise again,” said Nadia Hussain, an economist at Fenwick Bank.");
        Assert.Equal("Nadia Hussain", q.Speaker);
        Assert.Equal("an economist at Fenwick Bank", q.SpeakerRole);
    }

    [Fact]
    public void NestedSingleInsideDouble()
    {
        var q = Single("“He looked at me and said, ‘Not today,’ and walked out,” Ruth Agbaje said.");
        Assert.Equal("He looked at me and said, ‘Not today,’ and walked out", q.Text);
        Assert.Equal("Ruth Agbaje", q.Speaker);
    }

    [Fact]
    public void ApostrophesAreNotQuoteMarks()
    {
        var text = "Russia’s envoy, Oleg Sorokin, grew up on rock ’n’ roll in the ’90s near the Smiths’ house.\n\n" +
                   "“It wasn’t Moscow’s idea,” Sorokin said.";
        var q = Single(text);
        Assert.Equal("It wasn’t Moscow’s idea", q.Text);
        Assert.Equal("Oleg Sorokin", q.Speaker);
    }

    [Fact]
    public void PluralPossessiveInsideBritishQuote()
    {
        var q = Single("‘We went round to the Smiths’ house every Sunday’, Jean Hollis said.");
        Assert.Equal("We went round to the Smiths’ house every Sunday", q.Text);
        Assert.Equal("Jean Hollis", q.Speaker);
    }

    [Fact]
    public void BritishSingleQuotesPunctuationOutside()
    {
        var q = Single("‘I told him to stand where the keeper didn’t want him’, Neil Abbott said.");
        Assert.Equal("I told him to stand where the keeper didn’t want him", q.Text);
        Assert.Equal("Neil Abbott", q.Speaker);
    }

    [Fact]
    public void QuoteContinuesAcrossParagraphs()
    {
        var text = "“The first part of what I want to say,” Lena Marsh said. “And the second part\n\n“And the last part.”";
        var q = Single(text);
        Assert.Equal("Lena Marsh", q.Speaker);
        Assert.Equal(3, q.Spans.Count);
        Assert.EndsWith("And the second part And the last part.", q.Text);
    }

    [Fact]
    public void SplitStatementJoined()
    {
        var q = Single("“We cannot agree to this,” Maria Okafor said. “It will not work.”");
        Assert.Equal("We cannot agree to this. It will not work.", q.Text); // issue 12: the halves read as text
        Assert.Equal("Maria Okafor", q.Speaker);
        Assert.Equal(2, q.Spans.Count);
    }

    [Fact]
    public void SplitStatementWithAccordingToRelay()
    {
        var q = Single("“We cannot agree,” Lavrov said, according to Russia’s TASS news agency. “This cannot work.”");
        Assert.Equal("Lavrov", q.Speaker);
        Assert.Equal("Russia’s TASS news agency", q.Source);
        Assert.Equal(2, q.Spans.Count);
    }

    [Fact]
    public void SplitMidSentence()
    {
        var q = Single("“We will sign,” she said, “when the terms are fair.”");
        Assert.Equal("We will sign, when the terms are fair.", q.Text);
        Assert.Equal(2, q.Spans.Count);
    }

    [Fact]
    public void AttributionBeforeWithColon()
    {
        var q = Single("Mayor Linda Cho said: “The park stays open.”");
        Assert.Equal("Linda Cho", q.Speaker);
        Assert.Equal("Mayor", q.SpeakerRole);
    }

    [Fact]
    public void AttributionBeforeWithComma()
    {
        var q = Single("Then Ahmed Rahim added, “Nobody asked us.”");
        Assert.Equal("Ahmed Rahim", q.Speaker);
    }

    [Fact]
    public void ToldReporters()
    {
        var q = Single("“The drills are routine,” Hugo Castell told reporters.");
        Assert.Equal("Hugo Castell", q.Speaker);
        Assert.Null(q.Source);
    }

    [Fact]
    public void ToldAnOutletIsTheSource()
    {
        var q = Single("Lena Park told TechWire the company would reopen “once we are confident it is safe.”");
        Assert.Equal("Lena Park", q.Speaker);
        Assert.Equal("TechWire", q.Source);
        Assert.True(q.Partial);
    }

    [Fact]
    public void AccordingToPersonIsTheSpeaker()
    {
        var q = Single("“The vote will be close,” according to Ellen Price.");
        Assert.Equal("Ellen Price", q.Speaker);
    }

    [Fact]
    public void Wrote()
    {
        var q = Single("“Almost none of them were people,” co-founder Jonah Whitley wrote in a blog post.");
        Assert.Equal("Jonah Whitley", q.Speaker);
        Assert.Equal("co-founder", q.SpeakerRole);
    }

    [Theory]
    [InlineData("says")]
    [InlineData("added")]
    [InlineData("explained")]
    [InlineData("noted")]
    [InlineData("argued")]
    [InlineData("insisted")]
    [InlineData("warned")]
    [InlineData("stressed")]
    [InlineData("claimed")]
    [InlineData("declared")]
    [InlineData("continued")]
    [InlineData("recalled")]
    [InlineData("replied")]
    [InlineData("acknowledged")]
    [InlineData("admitted")]
    [InlineData("conceded")]
    [InlineData("suggested")]
    [InlineData("urged")]
    [InlineData("announced")]
    [InlineData("remarked")]
    [InlineData("observed")]
    [InlineData("pointed out")]
    [InlineData("asks")]
    [InlineData("tells reporters")]
    public void SpeechVerbs(string verb)
    {
        var q = Single($"“Nothing has been decided,” Carla Benz {verb}.");
        Assert.Equal("Carla Benz", q.Speaker);
    }

    [Fact]
    public void TitleReducedToNameRoleKept()
    {
        var q = Single("“Talks must include Russia,” Russian Foreign Minister Sergey Lavrov said on Wednesday.");
        Assert.Equal("Sergey Lavrov", q.Speaker);
        Assert.Equal("Russian Foreign Minister", q.SpeakerRole);
    }

    [Fact]
    public void AppositiveRoleKept()
    {
        var q = Single("Maria Okafor, the chair of the talks, said: “We are out of time.”");
        Assert.Equal("Maria Okafor", q.Speaker);
        Assert.Equal("the chair of the talks", q.SpeakerRole);
    }

    [Fact]
    public void RoleThenNameInCommas()
    {
        var q = Single("“They know where we are,” the union’s regional organiser, Dev Patel, said.");
        Assert.Equal("Dev Patel", q.Speaker);
        Assert.Equal("the union’s regional organiser", q.SpeakerRole);
    }

    [Fact]
    public void SurnameResolvedToFullName()
    {
        var quotes = QuoteExtractor.Extract("Maria Okafor chaired the talks.\n\n“We need a list,” Okafor said.");
        Assert.Equal("Maria Okafor", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void HonorificStrippedAndSurnameResolved()
    {
        var quotes = QuoteExtractor.Extract("Joanna Pritchard runs the school.\n\n‘We are just asking nicely’, Ms Pritchard said.");
        Assert.Equal("Joanna Pritchard", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void PronounResolvedToRecentSpeaker()
    {
        var quotes = QuoteExtractor.Extract("“The plan is sound,” Helen Marsh said.\n\nLater, “We will wait,” she said.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Helen Marsh", quotes[1].Speaker);
    }

    [Fact]
    public void PronounSkipsPersonOfOtherGender()
    {
        var text = "“Build the reservoirs,” Mark Ellison said.\n\n“Recycle the water,” Grace Tanaka said.\n\n“Storage is the answer,” he said.";
        var quotes = QuoteExtractor.Extract(text);
        Assert.Equal("Mark Ellison", quotes[2].Speaker);
    }

    [Fact]
    public void TheyResolvesToPerson()
    {
        var quotes = QuoteExtractor.Extract("Sam Rivera joined the band in 2019.\n\n“It felt like home,” they said.");
        Assert.Equal("Sam Rivera", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void PartialQuoteAfterCalling()
    {
        var q = Single("Sergey Lavrov said on Wednesday that the talks must involve Russia, calling the plan “utopian thinking that leads nowhere.”");
        Assert.True(q.Partial);
        Assert.Equal("Sergey Lavrov", q.Speaker);
        Assert.Equal("utopian thinking that leads nowhere.", q.Text);
    }

    [Fact]
    public void PartialQuoteWithCharacterizationVerb()
    {
        var q = Single("Lavrov called the talks “utopian thinking that leads nowhere.”");
        Assert.True(q.Partial);
        Assert.Equal("Lavrov", q.Speaker);
    }

    [Fact]
    public void ScareQuoteNameIsNotSpeech()
    {
        var quotes = QuoteExtractor.Extract("A group of countries, which is calling itself the “Coalition of the Willing,” met on Monday.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void BookTitleIsNotSpeech()
    {
        Assert.Empty(QuoteExtractor.Extract("Her memoir, “Bread and Borders,” came out in May."));
        Assert.Empty(QuoteExtractor.Extract("“The Hive Keepers,” a documentary about bees, won the prize."));
    }

    [Fact]
    public void SoCalledScareQuoteIsNotSpeech()
    {
        Assert.Empty(QuoteExtractor.Extract("The utility will remove so-called “forever chemicals” from the water."));
        Assert.Empty(QuoteExtractor.Extract("The council hired the “experts” anyway."));
    }

    [Fact]
    public void NextSentenceAttribution()
    {
        var quotes = QuoteExtractor.Extract("“We are done here.” Okafor said the talks would not resume.");
        Assert.Equal("Okafor", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void UnnamedSpeakerHasNoSpeakerButARole()
    {
        var q = Single("“We are sorry,” a spokesperson for the board said.");
        Assert.Null(q.Speaker);
        Assert.Equal("a spokesperson for the board", q.SpeakerRole);
    }

    [Fact]
    public void RoleNounResolvedToNamedPerson()
    {
        var quotes = QuoteExtractor.Extract("Foreign Minister Elena Voronova met her counterparts.\n\n“Sanctions have failed,” the minister said.");
        Assert.Equal("Elena Voronova", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void SpansPointIntoTheDocument()
    {
        const string text = "Headline\n\n“We cannot agree,” Lavrov said.   “This cannot\nwork.”";
        var q = Single(text);
        Assert.Equal(2, q.Spans.Count);
        Assert.Equal("We cannot agree,", text.Substring(q.Spans[0].Start, q.Spans[0].Length));
        Assert.Equal("This cannot\nwork.", text.Substring(q.Spans[1].Start, q.Spans[1].Length));
        Assert.Equal(3, q.Span.Line);
        Assert.Equal(2, q.Span.Column);
        Assert.Equal("This cannot work.", q.Text.Substring(q.Text.IndexOf("This", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void SpansMapThroughCollapsedWhiteSpace()
    {
        const string source = "Intro line\n\n“One  two,”   Ana Lima   said.";
        var document = PlainTextReader.Read(source);
        var paragraph = new Paragraph("“One two,” Ana Lima said.", document.GetSpan(12, source.Length - 12));
        var q = Assert.Single(QuoteExtractor.Extract(document, new[] { paragraph }));
        Assert.Equal("One two", q.Text);
        Assert.Equal("One  two,", source.Substring(q.Span.Start, q.Span.Length));
        Assert.Equal("Ana Lima", q.Speaker);
    }

    [Fact]
    public void JsonHasTheFiveFields()
    {
        var q = Single("“Prices will rise,” said Nadia Hussain, an economist.");
        var json = ResultJson.ToJsonString(q);
        using var doc = JsonDocument.Parse(json);
        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(new[] { "text", "speaker", "speakerRole", "source", "partial" }, names);
        Assert.Equal("Nadia Hussain", doc.RootElement.GetProperty("speaker").GetString());
        Assert.False(doc.RootElement.GetProperty("partial").GetBoolean());
    }

    [Fact]
    public void QuotesCompareByValue()
    {
        const string text = "“A plan,” Ana Lima said.";
        Assert.Equal(QuoteExtractor.Extract(text), QuoteExtractor.Extract(text));
    }

    [Fact]
    public void NoQuotesGivesEmpty()
    {
        Assert.Empty(QuoteExtractor.Extract("Rain is expected on Saturday. Rivers are high."));
        Assert.Empty(QuoteExtractor.Extract(""));
        Assert.Empty(QuoteExtractor.Extract(null!));
    }

    [Fact]
    public void SeedLayoutArticle()
    {
        var text = string.Join("\n\n",
            "Minister Says Talks Must Include Everyone",
            "The minister pointed to an earlier draft",
            "Foreign Minister Anton Serov said on Tuesday that any talks must include his country, calling plans without it “a road that leads nowhere.”",
            "His comments come as a bloc of states calling itself the “Circle of Friends,” is pressing its own plan.",
            "“We cannot accept a plan made without us. It will fail,” Serov said, according to the Capital News Agency. “Everyone understands that.”",
            "“In other words, the draft promised equal guarantees,” he said. “We supported it then.”",
            "Jo Reed is the news editor of Example News, follow her on Twitter @joreed.");
        var quotes = QuoteExtractor.Extract(text);
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Anton Serov", q.Speaker));
        Assert.True(quotes[0].Partial);
        Assert.Equal("Capital News Agency", quotes[1].Source);
        Assert.Equal(2, quotes[1].Spans.Count);
        Assert.Equal(2, quotes[2].Spans.Count);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("Circle"));
    }

    [Fact]
    public void LowerCaseCompoundRoleBeforeName()
    {
        var q = Single("“Three ships left this morning,” port authority director Kostas Marinos told the Coastal Wire agency. “More are loading.”");
        Assert.Equal("Kostas Marinos", q.Speaker);
        Assert.Equal("port authority director", q.SpeakerRole);
        Assert.Equal(2, q.Spans.Count);
    }

    [Fact]
    public void NameInCommasIsASubjectForPronouns()
    {
        var text = "“I was too careful,” Daniela Ruiz said.\n\nKovac’s coach, Petr Hradil, has worked with her for years. “Her serve is better now,” he said.";
        var quotes = QuoteExtractor.Extract(text);
        Assert.Equal("Petr Hradil", quotes[1].Speaker);
    }
}
