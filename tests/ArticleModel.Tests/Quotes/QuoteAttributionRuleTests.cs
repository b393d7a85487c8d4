using System.Linq;
using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// Attribution rules added in issue 12's second pass (subjects, pronoun candidates, reporting wording, scare quotes,
/// split joining), one test (at least) each, on sentences invented for the test.
/// </summary>
public class QuoteAttributionRuleTests
{
    private static ValueList<Quote> Extract(params string[] paragraphs) => QuoteExtractor.Extract("Headline\n\n" + string.Join("\n\n", paragraphs) + "\n");

    private static Quote Find(ValueList<Quote> quotes, string start) => Assert.Single(quotes, q => q.Text.StartsWith(start, System.StringComparison.Ordinal));

    // ---- pronouns: who the subject of a sentence is ---------------------------------------------------------------

    [Fact]
    public void AConnectiveOpeningTheSentenceLeavesTheNameItsSubject()
    {
        var quotes = Extract(
            "Gregor Lindqvist, the owner, bought the hall in 1990.",
            "\u201CThe roof leaked all winter,\u201D said Victor Amsel, the caretaker.",
            "But Gregor Lindqvist was less worried than his caretaker. \u201CRoofs always leak,\u201D he said.");
        Assert.Equal("Gregor Lindqvist", Find(quotes, "Roofs").Speaker);
    }

    [Fact]
    public void AKnownPersonAfterALongOpeningPhraseIsTheSubject()
    {
        var quotes = Extract(
            "Anselm Quintero, the baker, opened his shop in Tolva in 1998.",
            "\u201CBread is back,\u201D said Dario Ferrer, who supplies the flour.",
            "With the new ovens finally installed and the spring orders coming in, Quintero has little time to rest. \u201CI sleep four hours a night,\u201D he says.");
        Assert.Equal("Anselm Quintero", Find(quotes, "I sleep").Speaker);
    }

    [Fact]
    public void AnAgeInFrontOfTheNameKeepsItTheSubject()
    {
        var quotes = Extract(
            "\u201CWe sold out by noon,\u201D said Dario Ferrer, who supplies the flour.",
            "On a quiet Sunday, 34-year-old Anselm Quintero rolled his eyes at the queue.",
            "\u201CWe never close,\u201D he said.");
        Assert.Equal("Anselm Quintero", Find(quotes, "We never").Speaker);
    }

    [Fact]
    public void APersonCitedWithAccordingToIsWhomALaterPronounMeans()
    {
        var quotes = Extract(
            "\u201CPrices will rise,\u201D said Dario Ferrer.",
            "The tax is a mistake, according to Lionel Okonjo, a lawyer in Tolva.",
            "\u201CIt will be repealed within a year,\u201D he said.");
        Assert.Equal("Lionel Okonjo", Find(quotes, "It will").Speaker);
    }

    [Fact]
    public void ThePassivesAgentIsWhomALaterPronounMeans()
    {
        var quotes = Extract(
            "Lionel Okonjo, the depot manager, has run the yard for a decade.",
            "\u201CWe start at dawn,\u201D said Dario Ferrer.",
            "The rota was drafted by Okonjo. \u201CNobody else wanted to write it,\u201D he said.");
        Assert.Equal("Lionel Okonjo", Find(quotes, "Nobody else").Speaker);
    }

    [Fact]
    public void ANameInAClauseThatIntroducesTheQuoteWithAColonIsItsSpeaker()
    {
        var quotes = Extract(
            "\u201CSales doubled,\u201D said Dario Ferrer.",
            "Then listen to how Acme\u2019s Lionel Okonjo presented the plan last week: \u201CIt is the best year we have had,\u201D he said.");
        Assert.Equal("Lionel Okonjo", Find(quotes, "It is the best").Speaker);
    }

    [Fact]
    public void ANameAfterAnOpeningWordAndACommaBeforeAColonSpeaks()
    {
        var quotes = Extract(
            "\u201CI held on,\u201D said Dario Ferrer.",
            "Here, Gregor Lindqvist picks up the story: \u201CThe water came through the ceiling.\u201D");
        Assert.Equal("Gregor Lindqvist", Find(quotes, "The water").Speaker);
    }

    [Fact]
    public void AnUnnamedPersonAsTheSubjectOfAReportingVerbMidSentenceHasNoName()
    {
        var quotes = Extract(
            "\u201CThe vote was close,\u201D said Dario Ferrer.",
            "In a letter to the paper, a farmer from the valley, who grows barley, wrote that he would not vote. \u201CIt is all rigged,\u201D he said.");
        Assert.Null(Find(quotes, "It is all").Speaker);
    }

    // ---- reporting wording ---------------------------------------------------------------------------------------

    [Fact]
    public void AsXReportedAfterTheQuoteAttributesIt()
    {
        var quotes = Extract(
            "One witness, Dario Ferrer, described hiding in a shed and \u201Cwaiting for the water to go down before anyone came,\u201D as the Gazette\u2019s Lena Marsh reported.");
        Assert.Equal("Lena Marsh", Find(quotes, "waiting").Speaker);
    }

    [Fact]
    public void ChimedInIsAReportingVerbAndAnotherStudentIsNobodyNamed()
    {
        var quotes = Extract(
            "\u201CIt is the new punk,\u201D said Dario Ferrer, a student.",
            "\u201COr the new disco,\u201D another student chimed in.");
        Assert.Null(Find(quotes, "Or the new").Speaker);
    }

    [Fact]
    public void RemindedIsAReportingVerbForATwoWordQuote()
    {
        var quotes = Extract("\u201CAnd Tomas,\u201D Lena Marsh reminded her brother. The list was long.");
        Assert.Equal("Lena Marsh", Find(quotes, "And Tomas").Speaker);
    }

    [Fact]
    public void ALowerCaseStudyRoleBeforeTheNameGoesToTheRole()
    {
        var quotes = Extract("\u201CThe effect is large,\u201D says study co-author Lena Marsh, a chemist at the university.");
        var q = Find(quotes, "The effect");
        Assert.Equal("Lena Marsh", q.Speaker);
        Assert.Contains("co-author", q.SpeakerRole);
    }

    [Fact]
    public void APersonOfAnInstitutionNamedWithOfSpeaksNotTheInstitutionsTail()
    {
        var quotes = Extract(
            "\u201CThese results could matter\u201D for farmers, Lena Marsh of the Dutch Institute of Soil Sciences writes in a comment.");
        Assert.Equal("Lena Marsh", Find(quotes, "These results").Speaker);
    }

    [Fact]
    public void CanBeHeardSayingAttributesTheFragment()
    {
        var quotes = Extract(
            "In a recording, Lena Marsh can be heard saying that the bridge was closed \u201Cbecause nobody wanted to pay for it.\u201D");
        Assert.Equal("Lena Marsh", Find(quotes, "because").Speaker);
    }

    // ---- scare quotes and short quotes ---------------------------------------------------------------------------

    [Fact]
    public void AShortQuoteInASentenceWhoseCapitalisedSubjectIsNoPersonIsNotSpeech()
    {
        var quotes = Extract("Storm warnings in the valley come from \u201Cweather spotters\u201D across the region.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void AShortNounPhraseAfterTheOrThatIsATermNotSpeech()
    {
        var quotes = Extract(
            "\u201CNobody will be cold again,\u201D Lena Marsh said in announcing the \u201Csmart bench.\u201D",
            "The town stands to gain from that \u201Cfavoured supplier\u201D deal with the quarry.");
        Assert.StartsWith("Nobody will be cold again", Assert.Single(quotes).Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AOneWordQuoteGivenAsWhatSomethingIsLikeIsSpeech()
    {
        var quotes = Extract(
            "Lena Marsh said the old bridge looked like a \u201Cskeleton\u201D.",
            "Gregor Lindqvist has described the ferry as a \u201Cdeathtrap\u201D though it passed inspection.",
            "Dario Ferrer said the storm had left the harbour under a \u201Ccloud of worry\u201D for weeks.");
        Assert.Equal("Lena Marsh", Find(quotes, "skeleton").Speaker);
        Assert.Equal("Gregor Lindqvist", Find(quotes, "deathtrap").Speaker);
        Assert.Equal("Dario Ferrer", Find(quotes, "cloud of worry").Speaker);
    }

    // ---- split quotes ----------------------------------------------------------------------------------------------

    [Fact]
    public void ASecondQuoteIntroducedByWhoToldIsNotJoinedToTheFirst()
    {
        var quotes = Extract("\u201CNobody spoke,\u201D says Lena Marsh, who told her brother, \u201CWe should leave now.\u201D");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Lena Marsh", q.Speaker));
    }

    [Fact]
    public void TwoReportingVerbsWithoutWhoStillJoinTheHalves()
    {
        var quotes = Extract(
            "\u201CThe bridge stays shut,\u201D said Lena Marsh, the engineer, said at a briefing. \u201CWe need another survey first.\u201D");
        Assert.Single(quotes);
    }

    // ---- organisations -------------------------------------------------------------------------------------------

    [Fact]
    public void ABodyDescribedWithCapitalisedWordsAndAnOrganisationNounSpeaks()
    {
        var quotes = Extract(
            "After the flood, the Tolva fire department posted a map with the caption, \u201CStay off the river road!\u201D",
            "\u201CThe suspect lied to investigators,\u201D the U.S. attorney\u2019s office said.");
        Assert.Equal("Tolva fire department", Find(quotes, "Stay off").Speaker);
        Assert.Equal("U.S. attorney\u2019s office", Find(quotes, "The suspect").Speaker);
    }

    // ---- right person, wrong form ----------------------------------------------------------------------------------

    [Fact]
    public void MilitaryTitlesWithoutFullStopsGoToTheRole()
    {
        var q = Find(Extract("\u201CI heard the whole call,\u201D said Lt Col Ansgar Vennholt, who listened in."), "I heard");
        Assert.Equal("Ansgar Vennholt", q.Speaker);
        Assert.Equal("Lt Col", q.SpeakerRole);
    }

    [Fact]
    public void ARolesObjectBeforeTheNameGoesToTheRole()
    {
        var q = Find(Extract("\u201CThe shipment was held back,\u201D said former special envoy for Moravia Kasimir Olbrecht."), "The shipment");
        Assert.Equal("Kasimir Olbrecht", q.Speaker);
        Assert.Equal("former special envoy for Moravia", q.SpeakerRole);
    }

    [Fact]
    public void ACapitalisedHeInsideASentenceBeforeANameIsASurname()
    {
        var q = Find(Extract("\u201CCities must adapt,\u201D said He Lianfang, a professor at the university."), "Cities");
        Assert.Equal("He Lianfang", q.Speaker);
    }

    [Fact]
    public void ATitleWordDescribedByAnAppositiveIsASurname()
    {
        var q = Find(Extract("\u201CThe data are clear,\u201D says Doctor, a physician at the Tolva clinic."), "The data");
        Assert.Equal("Doctor", q.Speaker);
    }

    // ---- reporting wording -----------------------------------------------------------------------------------------

    [Fact]
    public void ANegatedReportingVerbAttributesNothing()
    {
        var quotes = Extract(
            "\u201CThis looks bad,\u201D added Rep. Alma Roeder, Md., the top Democrat on the panel. \u201CI am sure it is worse.\u201D " +
            "Committee Chairman Ted Foxley, R-Utah, did not respond to a request for comment.");
        var q = Assert.Single(quotes);
        Assert.Equal("Alma Roeder", q.Speaker);
        Assert.Equal("This looks bad. I am sure it is worse.", q.Text);
    }

    // ---- split quotes ----------------------------------------------------------------------------------------------

    [Fact]
    public void ACompanyAbbreviationEndingTheAttributionEndsItsSentenceAndTheHalvesJoin()
    {
        var quotes = Extract("\u201COur sales doubled,\u201D said Jo Brannock, chief executive officer of Acme Corp. \u201CWe will hire 200 people.\u201D");
        var q = Assert.Single(quotes);
        Assert.Equal("Jo Brannock", q.Speaker);
        Assert.Equal("Our sales doubled. We will hire 200 people.", q.Text);
    }

    // ---- pronouns: gender from the given-name list -----------------------------------------------------------------

    [Fact]
    public void AGivenNameFromTheNameListTellsTheGenderSoSheSkipsARecordLabel()
    {
        var quotes = Extract(
            "Kacey Lorne signed with Big Loud Records in 2019. Big Loud Records released her album last week. " +
            "\u201CIt is the record I always wanted to make,\u201D she said.");
        Assert.Equal("Kacey Lorne", Find(quotes, "It is the record").Speaker);
    }

    [Fact]
    public void AGivenNameFromTheNameListTellsTheGenderSoSheSkipsARocket()
    {
        var quotes = Extract(
            "\u201CWe are go for launch,\u201D said Dario Ferrer, the flight director.",
            "Jana Ostrova watched the launch from the beach. Falcon Heavy lifted off at noon. \u201CIt was the loudest thing I have ever heard,\u201D she said.");
        Assert.Equal("Jana Ostrova", Find(quotes, "It was the loudest").Speaker);
    }

    // ---- organisations and statements ------------------------------------------------------------------------------

    [Fact]
    public void IssuedAStatementCommaSayingGivesTheStatementsAuthor()
    {
        var quotes = Extract("Acme Foods recalled the bars on Monday. The company issued a statement, saying it was \u201Creviewing every batch\u201D from the plant.");
        Assert.Equal("Acme Foods", Find(quotes, "reviewing").Speaker);
    }

    [Fact]
    public void AViaAsideBetweenSubjectAndVerbIsSkipped()
    {
        var quotes = Extract(
            "Otto Brandt, the council\u2019s treasurer, missed the meeting.",
            "The treasurer, via a video message, said the vote was \u201Ca disaster for the valley.\u201D");
        Assert.Equal("Otto Brandt", Find(quotes, "a disaster").Speaker);
    }

    [Fact]
    public void ARoleInAnAppositiveAfterTheNameIsWhatTheRoleLaterMeans()
    {
        var quotes = Extract(
            "Otto Brandt, the council\u2019s treasurer, missed the meeting.",
            "The treasurer said the vote was \u201Ca disaster for the valley.\u201D");
        Assert.Equal("Otto Brandt", Find(quotes, "a disaster").Speaker);
    }

    [Fact]
    public void ASentenceAdverbBeforeAnAsideIsNobody()
    {
        var quotes = Extract(
            "Nonetheless, the board\u2019s request to \u201Cname every engineer who attended the meetings\u201D worried the staff.");
        Assert.Null(Find(quotes, "name every").Speaker);
    }

    [Fact]
    public void AnAdministrationThatHasSpokenAboutAFragmentIsItsSpeaker()
    {
        var quotes = Extract(
            "Their work follows the data and the Harlow administration, which has spoken about \u201Cthe long debt of the river towns.\u201D");
        Assert.Equal("Harlow administration", Find(quotes, "the long debt").Speaker);
    }

    [Fact]
    public void ANewNameOpeningTheSentenceBeforeAHeSaidQuoteIsThePersonMeant()
    {
        var quotes = Extract(
            "\u201CThe plant is safe,\u201D said Dana Kirk, a spokeswoman for Harlow Mining.",
            "Helmut Adler was not convinced. \u201CI have seen the reports,\u201D he said.");
        Assert.Equal("Dana Kirk", Find(quotes, "The plant").Speaker);
        Assert.Equal("Helmut Adler", Find(quotes, "I have seen").Speaker);
    }
}
