using System.Linq;
using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// Rules added when a second batch of real news stories (issue 12, own-new) showed the attribution rules generalising
/// too little: one test (at least) per rule, on sentences invented for the test.
/// </summary>
public class QuoteGeneralisationRuleTests
{
    private static ValueList<Quote> Extract(params string[] paragraphs) => QuoteExtractor.Extract("Headline\n\n" + string.Join("\n\n", paragraphs) + "\n");

    // ---- animacy: a source named after “according to” ----------------------------------------------------------------

    [Fact]
    public void APronounNeverMeansAPublicationNamedAsASource()
    {
        var quotes = Extract(
            "Of all the people who might have crossed Harlan Voss, Greta Carlsen was the least likely.",
            "The culture of fear was such that nobody spoke up. Voss was notoriously wary \u2014 he kept a safe in his office, according to Harbor Lights \u2014 " +
            "and he demanded loyalty. \u201CWatch out for the enemy within,\u201D he told the staff during one meeting.");
        Assert.Equal("Harlan Voss", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void ANameWithAnInitialAfterAccordingToIsStillAPerson()
    {
        var quotes = Extract(
            "Such holidays only make things worse, according to H. Dorian Vell, an attorney at Caplin & Marsh and the director of a tax program.",
            "He pointed to a similar holiday in 2004. \u201CIt just encouraged companies to wait,\u201D he said.");
        Assert.Equal("H. Dorian Vell", Assert.Single(quotes).Speaker);
    }

    // ---- a person named in commas after a role -----------------------------------------------------------------------

    [Fact]
    public void APersonNamedInCommasAfterARoleIsWhomTheNextPronounMeans()
    {
        var quotes = Extract(
            "Greta Carlsen said the files were kept for years.",
            "When I asked the director of records, Greta Sollen, about the searches, she said, \u201CI can\u2019t remember all of them.\u201D");
        Assert.Equal("Greta Sollen", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void APronounAfterAPersonNamedInCommasStillMeansTheSubjectOfItsGender()
    {
        var quotes = Extract(
            "Manager Stuart Kell confirmed the talks on Tuesday.",
            "Kell said the club\u2019s owner, Harold Brent, had backed the bid. \u201CThe chairman has been brilliant,\u201D he said.");
        Assert.Equal("Stuart Kell", Assert.Single(quotes).Speaker);
    }

    // ---- unnamed speakers described by capitalised words -------------------------------------------------------------

    [Theory]
    [InlineData("a Harbour Lines anchor said", "a Harbour Lines anchor")]
    [InlineData("a 21st Century Tarrow executive told me", "a 21st Century Tarrow executive")]
    [InlineData("one Cowbridge executive joked", "one Cowbridge executive")]
    [InlineData("a Tarrow producer later said", "a Tarrow producer")]
    public void AnUnnamedSpeakerDescribedByANameHasNoSpeakerNotTheSentenceBefore(string attribution, string role)
    {
        var quotes = Extract(
            "Harlan Voss ran the channel for years. Voss was caught between his friend and his boss. \u201CVoss lost control of the newsroom,\u201D " + attribution + ".");
        var q = Assert.Single(quotes);
        Assert.Null(q.Speaker);
        Assert.Equal(role, q.SpeakerRole);
    }

    [Fact]
    public void TwoQuotesWithTheirOwnUnnamedSpeakersAreNotJoined()
    {
        var quotes = Extract(
            "\u201CThe board lost control of the fleet,\u201D a Tarrow Shipping executive said. \u201CNo one knows what to do,\u201D one Tarrow host said.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("one Tarrow host", quotes[1].SpeakerRole);
    }

    [Fact]
    public void ANewSentenceOpeningWithAnUnnamedPersonDoesNotAttributeTheQuoteBefore()
    {
        var quotes = Extract(
            "Voters were unmoved. One Tarrow farmer asked simply, \u201CWho cares?\u201D An Eastfield teacher seemingly answered the question: \u201CNobody cares.\u201D");
        Assert.Equal(2, quotes.Count);
        Assert.DoesNotContain("Eastfield", quotes[0].SpeakerRole ?? "");
    }

    // ---- relatives ---------------------------------------------------------------------------------------------------

    [Fact]
    public void ARelativeNamedAfterAPossessiveSpeaksAndTheKinshipIsTheRole()
    {
        var quotes = Extract(
            "Harlan Voss grew up in Tarrow. His father, a foreman, beat his wife and two sons. \u201CHe did like to beat us with that belt,\u201D " +
            "Voss\u2019s brother Anton told me.",
            "Perhaps as an escape, Voss lost himself in television. \u201CHe analyzed it, and he figured it out,\u201D his brother told me.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Anton", q.Speaker));
        Assert.Equal("Voss\u2019s brother", quotes[0].SpeakerRole);
    }

    // ---- animacy: a one-word name that may be a company --------------------------------------------------------------

    [Fact]
    public void APronounPrefersThePersonNamedInFullOverAOneWordNameThatMayBeACompany()
    {
        var quotes = Extract(
            "In July, Quadrant announced that it would test a new drug. Soon afterward, the agency put out a call.",
            "The best answer came from Vadim Makarov, a bearded figure who heads the lab. He and his colleagues test systems. " +
            "But Makarov, during a panel, drew the opposite conclusion. \u201CIt\u2019s a bit of a chicken-and-egg problem,\u201D he said.");
        Assert.Equal("Vadim Makarov", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void AOneWordNameIsStillWhomAPronounMeansWhenNobodyElseFits()
    {
        var quotes = Extract("Okafor said the depot was shut. \u201CWe cannot load in this heat,\u201D he said.");
        Assert.Equal("Okafor", Assert.Single(quotes).Speaker);
    }

    // ---- partial quotes: whose sentence is it -------------------------------------------------------------------------

    [Fact]
    public void TheOwnerOfAStatementNounSpeaksItsFragment()
    {
        var quotes = Extract(
            "Lena Oster questioned Donald Brask at a forum. She was bombarded with threats after Brask\u2019s tweet calling her an \u201Carrogant young woman\u201D went out.");
        Assert.Equal("Donald Brask", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void AParticipleJoinedByAndHangsOnTheSentencesSubjectNotOnAPossessiveNoun()
    {
        var quotes = Extract(
            "Lena Oster and Milo Pell fell out in July.",
            "The following Monday evening, Pell essentially threw a lit match on the pile by retweeting one of Oster\u2019s tweets and accusing her of " +
            "\u201Cplaying the victim\u201D and being unable to handle a little \u201Chate mail.\u201D");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Milo Pell", q.Speaker));
    }

    [Fact]
    public void ASentenceAdverbInCommasAfterATitledNameDoesNotHideTheSubject()
    {
        var quotes = Extract(
            "Embattled Chief of Staff Reince Fulbright, however, did note that Oster had passed the team\u2019s vetting process \u201Cwith flying colors.\u201D");
        Assert.Equal("Reince Fulbright", Assert.Single(quotes).Speaker);
    }

    // ---- titles with an object -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Chief of Staff Reince Fulbright", "Reince Fulbright", "Chief of Staff")]
    [InlineData("Director of National Intelligence Marta Velde", "Marta Velde", "Director of National Intelligence")]
    public void ATitlesOfObjectGoesToTheRoleNotTheName(string subject, string name, string role)
    {
        var q = Assert.Single(Extract(subject + " said the plan was \u201Cdead on arrival.\u201D"));
        Assert.Equal(name, q.Speaker);
        Assert.Equal(role, q.SpeakerRole);
    }

    // ---- pronouns: the object of a verb is not a candidate ------------------------------------------------------------

    [Fact]
    public void APronounAfterAnObjectOfTheSameGenderStillMeansTheSubject()
    {
        var quotes = Extract(
            "Harlan Voss ran the channel.",
            "When Voss spotted James Mardle on the monitor smoking outside, he remarked to his deputy Bill Shine, \u201CTell me that is not him.\u201D");
        Assert.Equal("Harlan Voss", Assert.Single(quotes).Speaker);
    }

    // ---- descriptions and possessives that name the speaker -------------------------------------------------------------

    [Fact]
    public void ANameEndingADescriptionInCommasIsTheSpeaker()
    {
        var q = Assert.Single(Extract(
            "But as my friend, the labor organizer Piet Rolder, frequently points out, \u201CNobody made a good job by accident!\u201D"));
        Assert.Equal("Piet Rolder", q.Speaker);
        Assert.Equal("the labor organizer", q.SpeakerRole);
    }

    [Fact]
    public void WhoseReplyAColonIntroducesSpeaks()
    {
        var quotes = Extract(
            "Harlan Voss ran the channel. Greta Sollen told him she was leaving.",
            "She remembers Voss\u2019s reply: \u201CI\u2019m a complicated man.\u201D");
        Assert.Equal("Harlan Voss", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void NamesJoinedByAnAmpersandAreAFirmNotAPerson()
    {
        var quotes = Extract(
            "Greta Scott runs the network\u2019s newsroom.",
            "Last week, the shareholder law firm Scott & Scott announced it was investigating the network to \u201Cdetermine whether its officers breached their duties.\u201D");
        Assert.Equal("Scott & Scott", Assert.Single(quotes).Speaker);
    }

    // ---- the fullest form of a name ------------------------------------------------------------------------------------

    [Fact]
    public void ASpeakerIsGivenWithTheMiddleInitialTheArticleUsesElsewhere()
    {
        var quotes = Extract(
            "Harlan Voss met Donald Brask in March. \u201CBrask has been very kind to me,\u201D Harlan Voss said.",
            "\u201CHow could you do this?\u201D Donald Brask said, according to a person briefed on the call. \u201CIt is over,\u201D Brask said.",
            "Voss is now advising Donald J. Brask.");
        Assert.All(quotes.Skip(1), q => Assert.Equal("Donald J. Brask", q.Speaker));
    }

    // ---- headlines -----------------------------------------------------------------------------------------------------

    [Fact]
    public void AHeadlineInTitleCaseWithAMinorWordNamesNobody()
    {
        var quotes = QuoteExtractor.Extract(
            "Brask Cancels Joint Events with Ottoline Pell\n\n" +
            "The two were set to appear together on Monday. \u201CWe are done with that tour,\u201D Brask said.\n");
        Assert.Equal("Brask", Assert.Single(quotes).Speaker);
    }
}
