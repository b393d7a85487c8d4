using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// The general rules added for issue 12's real-news set, one test (at least) each, on sentences invented for the test.
/// </summary>
public class QuoteRealNewsRuleTests
{
    private static ValueList<Quote> Extract(params string[] paragraphs) => QuoteExtractor.Extract("Headline\n\n" + string.Join("\n\n", paragraphs) + "\n");

    // ---- right person, wrong form ---------------------------------------------------------------------------------

    [Fact]
    public void ATwoWordSurnameIsGivenAsTheFullName()
    {
        var quotes = Extract(
            "\u201CThe river is rising,\u201D said Marta Van Dorn, who runs the ferry.",
            "\u201CWe will close the crossing,\u201D Van Dorn said.");
        Assert.All(quotes, q => Assert.Equal("Marta Van Dorn", q.Speaker));
    }

    [Fact]
    public void AGivenNameAndSurnameWrittenOutStayAsWritten()
    {
        var quotes = Extract(
            "Henrik Olsen and his son, Peter Olsen, run the yard.",
            "\u201CWe build two boats a year,\u201D Peter Olsen said.");
        Assert.Equal("Peter Olsen", Assert.Single(quotes).Speaker);
    }

    // ---- no attribution in the quote's own sentence ------------------------------------------------------------------

    [Fact]
    public void AQuoteAfterASentenceAboutSomethingElseContinuesTheParagraphsSpeaker()
    {
        var quotes = Extract(
            "\u201CWe sketched it on napkins,\u201D admits Odile Ferrand, the studio's lead designer. The first model went to the board. " +
            "\u201CA napkin is honest, because nothing hides the idea.\u201D");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Odile Ferrand", quotes[1].Speaker);
    }

    // ---- pronouns: gender, animacy, the listener ----------------------------------------------------------------------

    [Fact]
    public void TheListenerOfToldIsNotWhomALaterPronounMeans()
    {
        var quotes = Extract(
            "Dolores Ampleforth, who runs the depot, explained the delay last week. Her deputy told Freightline the trucks would wait. " +
            "\u201CWe cannot load in this heat,\u201D she said.");
        Assert.Equal("Dolores Ampleforth", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void APlaceAfterATownAndACommaIsNotAPerson()
    {
        var quotes = Extract(
            "Corin Ashdown said the mill would stay open.",
            "The clerk of Tarrow, Wessex, wrote that he had seen the books. \u201CThe mill is broke,\u201D he said.");
        var speaker = Assert.Single(quotes, q => q.Text.StartsWith("The mill")).Speaker;
        Assert.NotEqual("Wessex", speaker);
        Assert.NotEqual("Tarrow", speaker);
    }

    [Fact]
    public void AnAcronymIsNeverThePersonAPronounMeans()
    {
        var quotes = Extract(
            "Soren Pask said he would finish school first. Pask\u2019s MBA plans were shelved. \u201CI never looked back,\u201D he says.");
        Assert.Equal("Soren Pask", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void APronounAfterAnUnnamedSubjectHasNoSpeaker()
    {
        var quotes = Extract(
            "\u201CThe vote was close,\u201D said Edwina Marsh, who chairs the club.",
            "One member at the club in Harwick said he had voted against. \u201CThe fees are too high,\u201D he said.");
        Assert.Equal("Edwina Marsh", quotes[0].Speaker);
        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void AGivenNameAloneAsSubjectIsAPersonOfThatGender()
    {
        var quotes = Extract(
            "Daniel, a third-year student who asked that his surname be withheld, said the course was hard.",
            "\u201CNobody warned us,\u201D he said.");
        Assert.Equal("Daniel", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void ANameAfterAnOpeningPhraseAndACommaIsTheSubject()
    {
        var quotes = Extract(
            "Nobody told Ingram Voss about the new rota.",
            "Every morning at six, Ingram Voss opens the gate. \u201CSomeone has to,\u201D he said.");
        Assert.Equal("Ingram Voss", Assert.Single(quotes).Speaker);
    }

    // ---- split quotes joined -----------------------------------------------------------------------------------------

    [Fact]
    public void AFragmentWithItsAttributionJoinsTheSentenceThatFollows()
    {
        var quotes = Extract(
            "From the council\u2019s side, \u201Cit is like renting back your own house,\u201D said Oona Brierley, a lecturer in planning. \u201CNobody wins.\u201D");
        var q = Assert.Single(quotes);
        Assert.Equal("Oona Brierley", q.Speaker);
        Assert.Equal(2, q.Spans.Count);
    }

    [Fact]
    public void AStateAbbreviationInTheAttributionDoesNotEndTheSentence()
    {
        var quotes = Extract(
            "\u201CThe rules are unclear,\u201D said Rep. Alma Treadwell, Md., the ranking member of the panel. \u201CWe will ask again.\u201D");
        var q = Assert.Single(quotes);
        Assert.Equal("Alma Treadwell", q.Speaker);
        Assert.Equal("The rules are unclear. We will ask again.", q.Text);
    }

    [Fact]
    public void ASecondPieceThatGoesOnIntoTheReportersSentenceIsStillJoined()
    {
        var quotes = Extract(
            "\u201CQuiet is the word,\u201D Berit Solheim says. \u201CThere was nobody in the hall\u201D who agreed with her.");
        var q = Assert.Single(quotes);
        Assert.Equal("Berit Solheim", q.Speaker);
        Assert.Equal(2, q.Spans.Count);
    }

    [Fact]
    public void AParticiplePhraseAfterTheAttributionStillJoinsTheHalves()
    {
        var quotes = Extract(
            "\u201CHe had the big scenes planned already,\u201D Tobias Wren says, citing the opening on the pier, a night swim in the harbour and the long " +
            "chase through the market that closes the film as the pieces he was given on the first day of work on the script. \u201CSo I started with those.\u201D");
        var q = Assert.Single(quotes);
        Assert.Equal("Tobias Wren", q.Speaker);
    }

    // ---- speaker named before the quote's paragraph ------------------------------------------------------------------

    [Fact]
    public void AParagraphEndingInAColonIntroducesTheQuoteThatOpensTheNext()
    {
        var quotes = Extract(
            "Here is how Norvale chief executive Piet Anholt responded to the critics on Monday:",
            "\u201CWhy would anyone object to cheaper tickets? We are giving people more for less.\u201D");
        Assert.Equal("Piet Anholt", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void AColonParagraphWithoutASpeechVerbIntroducesNobody()
    {
        var quotes = Extract(
            "\u201CWe tried,\u201D said Piet Anholt.",
            "The notice on the door read as follows:",
            "\u201CClosed until further notice. Apply at the office.\u201D");
        Assert.Null(quotes[quotes.Count - 1].Speaker);
    }

    // ---- names misread -----------------------------------------------------------------------------------------------

    [Fact]
    public void AGivenNameWithASuffixIsARelativeNotTheFatherAlone()
    {
        var quotes = Extract(
            "Walter Brandt founded the yard in 1971; his son Walter Jr. runs the paint shop.",
            "\u201CWe never missed a launch,\u201D Walter says.");
        Assert.Equal("Walter Brandt", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void APlaceInTheSubjectsDescriptionIsNotTheSpeakerOfAFragment()
    {
        var quotes = Extract(
            "Ilse Morrow, a former central bank economist who now teaches at the University of Wessex, Tarrow, has warned that higher rates could " +
            "\u201Cchoke the recovery before it starts.\u201D");
        Assert.Equal("Ilse Morrow", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void AnOrganisationWithAnAppositiveAfterAPlaceIsStillTheSpeaker()
    {
        var quotes = Extract(
            "In its review of the storm\u2019s cost to Wessex, Harl Analytics, a Tarrow research firm, says the county is \u201Cat risk\u201D of a slump.");
        Assert.Equal("Harl Analytics", Assert.Single(quotes).Speaker);
    }
}
