using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// Attribution rules of issue 12's third pass (session 11): people described but not named, organisations and their
/// short forms, roles given earlier, sources named in a heading or in the sentence before, partial quotes whose
/// speaker is the sentence's subject or its only known person. One test (at least) per rule, on sentences invented for
/// the test.
/// </summary>
public class QuoteSpeakerReferenceTests
{
    private static ValueList<Quote> Extract(params string[] paragraphs) => QuoteExtractor.Extract("Headline\n\n" + string.Join("\n\n", paragraphs) + "\n");

    private static Quote Find(ValueList<Quote> quotes, string start) => Assert.Single(quotes, q => q.Text.StartsWith(start, System.StringComparison.Ordinal));

    // ---- people described, not named ------------------------------------------------------------------------------

    [Fact]
    public void APersonDescribedWithAnIndefiniteSpeaksAsNobody()
    {
        var quotes = Extract(
            "Tomas Brenner, the mayor, opened the debate.",
            "\u201CThe bridge will be late,\u201D a Harbour County Republican said. \u201CIt always is.\u201D",
            "\u201CNobody cares about the ferry,\u201D said an Upper Vale Democrat, who took the survey anonymously. \u201CNobody does.\u201D");
        var bridge = Find(quotes, "The bridge");
        Assert.Null(bridge.Speaker);
        Assert.Equal("The bridge will be late. It always is.", bridge.Text);
        var ferry = Find(quotes, "Nobody cares");
        Assert.Null(ferry.Speaker);
        Assert.Equal("Nobody cares about the ferry. Nobody does.", ferry.Text);
    }

    [Fact]
    public void LowerCaseWordsBetweenTheIndefiniteAndTheDescriptionKeepItUnnamed()
    {
        var quotes = Extract(
            "Tomas Brenner, the mayor, opened the debate.",
            "\u201CI have known the mayor for years,\u201D added another commonwealth Democrat, \u201Cand he is persuasive.\u201D",
            "A harbour board spokesman said Brenner was \u201Can extra pair of hands we are glad to have.\u201D");
        var known = Find(quotes, "I have known");
        Assert.Null(known.Speaker);
        Assert.Equal("I have known the mayor for years, and he is persuasive.", known.Text);
        Assert.Null(Find(quotes, "an extra pair").Speaker);
    }

    [Fact]
    public void APronounAfterADescribedPersonMeansThatPersonNotOneNamedEarlier()
    {
        var quotes = Extract(
            "Tomas Brenner, the mayor, opened the debate.",
            "A Harbour County Democrat said the debate would be dull. \u201CIt will put us all to sleep,\u201D he said.");
        Assert.Null(Find(quotes, "It will put").Speaker);
    }

    [Fact]
    public void APersonDescribedByWhoseTheyAreIsNoName()
    {
        var quotes = Extract(
            "\u201CShe will sing at the gala,\u201D said Anselm Quintero, the organiser.",
            "\u201CIncorrect. She will not be performing,\u201D Lena Marsh\u2019s publicist retorted.");
        Assert.Null(Find(quotes, "Incorrect").Speaker);
    }

    // ---- names and roles ------------------------------------------------------------------------------------------

    [Fact]
    public void ATwoWordNameAfterAnOpeningPhraseThatEndsInANameIsAPersonNotAPlace()
    {
        var quotes = Extract(
            "Writing in Harbour Weekly, Fred Kaplan analyzed the plan.",
            "Kaplan wrote, \u201Cmost of the plan is wishful thinking.\u201D");
        Assert.Equal("Fred Kaplan", Find(quotes, "most of the plan").Speaker);
    }

    [Fact]
    public void ATitleGivenInAPossessiveMakesThatPersonTheRolesHolder()
    {
        var quotes = Extract(
            "Chancellor Ida Brandt\u2019s office announced the appointment on Monday.",
            "\u201CHe is a tireless advocate of our agenda,\u201D the chancellor said in a statement.");
        Assert.Equal("Ida Brandt", Find(quotes, "He is a tireless").Speaker);
    }

    [Fact]
    public void LowerCaseWordsBeforeANameInTheTailAreItsRole()
    {
        var quotes = Extract("\u201CThe harbour will be full by June,\u201D investment banker Anselm Quintero said on the radio.");
        var q = Find(quotes, "The harbour");
        Assert.Equal("Anselm Quintero", q.Speaker);
        Assert.Equal("investment banker", q.SpeakerRole);
    }

    [Fact]
    public void TheSpeakerOfAReportedClauseSaysTheQuote()
    {
        var quotes = Extract(
            "Colonel Dario Ferrer commands the garrison.",
            "\u201CWe warned them,\u201D Harbour Radio wrote that Ferrer added.");
        Assert.Equal("Dario Ferrer", Find(quotes, "We warned").Speaker);
    }

    [Fact]
    public void ASurnameOfSomeoneNamedTakesNoGenderFromTheGivenNameList()
    {
        // "Conway" is a male given name in the long list; here it is the surname of a woman named earlier
        var quotes = Extract(
            "Karen Hughes served as counselor first.",
            "Kellyanne Conway joined the team in December.",
            "Conway says she does not consider her four children a problem for the job.",
            "\u201CMy children come first,\u201D she said.");
        Assert.Equal("Kellyanne Conway", Find(quotes, "My children").Speaker);
    }

    [Fact]
    public void TheVerbBeforeItsSubjectRightBeforeTheQuoteIntroducesIt()
    {
        var quotes = Extract(
            "Tobias Renner runs the harbour trust.",
            "After losing that bid, says Renner, \u201C[the town] used the land to do their deal with us.\u201D");
        Assert.Equal("Tobias Renner", Find(quotes, "[the town]").Speaker);
    }

    // ---- where the speaker is named -------------------------------------------------------------------------------

    [Fact]
    public void ASourceNamedAloneBeforeAColonSpeaks()
    {
        var quotes = Extract(
            "The message from Kelburn: \u201CStay at home until the storm passes.\u201D",
            "HARBOUR WINS AWARD \u2014 AP: \u201CThe harbour of Tolva won the regional prize on Monday.\u201D",
            "RATES \u2014 the Courier\u2019s Ilse Varnhagen: \u201CRates will stay where they are.\u201D");
        Assert.Equal("AP", Find(quotes, "The harbour of Tolva").Speaker);
        Assert.Equal("Ilse Varnhagen", Find(quotes, "Rates will").Speaker);
        Assert.Null(Find(quotes, "Stay at home").Speaker);
    }

    [Fact]
    public void ASentenceEndingWithItsSpeakerAndSaidGivesTheQuoteAfterIt()
    {
        var quotes = Extract(
            "That broad acceptance of the plan among the city's lenders may not last forever, former central banker Ilse Varnhagen said. \u201CI suspect there will be more blowback.\u201D");
        Assert.Equal("Ilse Varnhagen", Find(quotes, "I suspect").Speaker);
    }

    [Fact]
    public void SaidTheFollowingIntroducesTheQuoteInTheNextParagraph()
    {
        var quotes = Extract(
            "When the host asked him about the briefings, Anselm Quintero said the following.",
            "\u201CI get them when I need them.\u201D");
        Assert.Equal("Anselm Quintero", Find(quotes, "I get them").Speaker);
    }

    // ---- organisations --------------------------------------------------------------------------------------------

    [Fact]
    public void AShortFormOfAnOrganisationNamedInFullIsThatOrganisation()
    {
        var quotes = Extract(
            "The Northern Federal Reserve raised interest rates on Wednesday.",
            "Partly as a result of the vote, the Fed sees three rate hikes next year.",
            "Risks to the outlook remain \u201Croughly balanced\u201D between factors, the Fed said, no change from last month.");
        Assert.Equal("Northern Federal Reserve", Find(quotes, "roughly balanced").Speaker);
    }

    [Fact]
    public void InitialsOfAnOrganisationNamedInFullAreThatOrganisation()
    {
        var quotes = Extract(
            "The Harbour Medicines Agency approved the vaccine on Monday.",
            "\u201CThe data are convincing,\u201D the HMA said.");
        Assert.Equal("Harbour Medicines Agency", Find(quotes, "The data").Speaker);
    }

    [Fact]
    public void TheCentralBankRefersBackToTheOrganisationLastNamed()
    {
        var quotes = Extract(
            "The Northern Federal Reserve raised interest rates on Wednesday.",
            "The central bank continued to describe that pace as \u201Cgradual,\u201D keeping policy loose.");
        Assert.Equal("Northern Federal Reserve", Find(quotes, "gradual").Speaker);
    }

    // ---- partial quotes -------------------------------------------------------------------------------------------

    [Fact]
    public void AParticipleWithoutASubjectOfItsOwnHangsOnTheSentencesSubject()
    {
        var quotes = Extract("In November, Valdoria filed an appeal against the ruling after repeatedly saying the country \u201Cfundamentally disagrees\u201D with it.");
        Assert.Equal("Valdoria", Find(quotes, "fundamentally").Speaker);
    }

    [Fact]
    public void InSomeonesViewGivesThatPerson()
    {
        var quotes = Extract(
            "The college was known for protests, said Andrew Lipman, a senior.",
            "Now, in Lipman\u2019s view, the college is known for \u201Csilencing speech, because it is considered hateful.\u201D");
        Assert.Equal("Andrew Lipman", Find(quotes, "silencing").Speaker);
    }

    [Fact]
    public void AFirstPersonFragmentGoesToTheOneKnownPersonItsSentenceNames()
    {
        var quotes = Extract(
            "\u201CI wanted to dance,\u201D said Tobias Renner, who grew up in Tolva.",
            "So, after his school \u201Cstarted putting me into special classes,\u201D Renner turned to acting.",
            "Working on the film allowed Renner and Ida Brandt to \u201Cdo the dances we never learned.\u201D");
        Assert.Equal("Tobias Renner", Find(quotes, "started putting").Speaker);
        // two people named: no guess
        Assert.Null(Find(quotes, "do the dances").Speaker);
    }

    // ---- split quotes and look-ahead ------------------------------------------------------------------------------

    [Fact]
    public void AQuoteRunningOnIntoTheReportersSentenceJoinsTheQuoteAfterItsAttribution()
    {
        var quotes = Extract(
            "\u201CIf these firms don\u2019t need the money at home, there\u2019s no reason to give the state\u201D that money in taxes, he said. \u201CWhat sane finance chief would pay for no reason?\u201D");
        var q = Assert.Single(quotes);
        Assert.Equal("If these firms don\u2019t need the money at home, there\u2019s no reason to give the state What sane finance chief would pay for no reason?", q.Text);
    }

    [Fact]
    public void ADashAsideInsideTheSpeakersSentenceJoinsBothPieces()
    {
        var quotes = Extract(
            "\u201CI made a thousand demos for this film,\u201D says Tobias Renner. \u201CWe give the music to our lyricists\u201D \u2013 the duo behind the songs \u2013 \u201Cand then I make the orchestrations.\u201D");
        var q = Assert.Single(quotes);
        Assert.Equal("I made a thousand demos for this film. We give the music to our lyricists and then I make the orchestrations.", q.Text);
        Assert.Equal("Tobias Renner", q.Speaker);
    }

    [Fact]
    public void ANameTheWriterPutInBracketsSpeaks()
    {
        var quotes = Extract(
            "David Bruck, the lawyer, spoke on Monday.",
            "\u201CIt goes a lot further than that,\u201D [Bruck] said.");
        Assert.Equal("David Bruck", Find(quotes, "It goes").Speaker);
    }

    [Fact]
    public void TheNextSentenceMaySayWhoseTheWordsWere()
    {
        var quotes = Extract(
            "\u201CSaid Anselm Quintero: the harbour is ours.\u201D",
            "\u201CWe will rebuild the pier.\u201D The words came from Mayor Ida Brandt, speaking at the harbour.");
        Assert.Equal("Ida Brandt", Find(quotes, "We will rebuild").Speaker);
    }

    // ---- wording ---------------------------------------------------------------------------------------------------

    [Fact]
    public void ExpressiveReportingVerbsAttributeAndATweetAfterAModifierIsANoun()
    {
        // “in a morning tweet” is no unnamed speaker: the pronoun in the next paragraph still means Quintero
        var quotes = Extract(
            "\u201CWhat do I know about harbours,\u201D Anselm Quintero simpered in a morning tweet.",
            "\u201CI would rebuild the pier,\u201D he advised.");
        Assert.Equal("Anselm Quintero", Find(quotes, "What do I know").Speaker);
        Assert.Equal("Anselm Quintero", Find(quotes, "I would rebuild").Speaker);
    }

    [Fact]
    public void ANameWithAnAppositiveTooLongForTheVerbWindowStillSpeaks()
    {
        var quotes = Extract(
            "\u201CWe found the wall on the first day of digging,\u201D Ida Brandt, PhD student in Classical Archaeology and Ancient History at the University of Tolva and leader of the fieldwork, said in a statement.");
        var q = Find(quotes, "We found");
        Assert.Equal("Ida Brandt", q.Speaker);
        Assert.StartsWith("PhD student", q.SpeakerRole);
    }

    [Fact]
    public void ADefiniteRoleOfOneGenderIsTheLastPersonNamedOfThatGender()
    {
        var quotes = Extract(
            "Ida Brandt took over the harbour board in May, and Tobias Renner stayed on as treasurer.",
            "\u201CWe will not sell the pier,\u201D the chairwoman said.");
        Assert.Equal("Ida Brandt", Find(quotes, "We will not sell").Speaker);
    }

    // ---- not speech ------------------------------------------------------------------------------------------------

    [Fact]
    public void ShortQuotesNextToEachOtherAreAListOfNames()
    {
        var quotes = Extract(
            "Among the alert sounds \u201CDing,\u201D \u201CBoing,\u201D \u201CWoah!\u201D and even \u201Cknock brush\u201D the app also offers \u201Chummus.\u201D",
            "\u201CWe recorded it in the office,\u201D said Ida Brandt.");
        Assert.Equal("We recorded it in the office", Assert.Single(quotes).Text);
    }

    [Fact]
    public void AQuoteAfterAPromotionLabelIsALinksHeadline()
    {
        var quotes = Extract(
            "\u201CThe pier stays,\u201D said Ida Brandt.",
            "WATCH: \u2018Just laughable\u2019: Harbour mayor mocked for reversing herself on the pier",
            "RELATED: \u201CThe pier will go\u201D \u2014 what the council said in May");
        Assert.Equal("The pier stays", Assert.Single(quotes).Text);
    }
}
