using System;
using System.Collections.Generic;
using System.Text;

namespace ArticleModel.Quotes;

/// <summary>A person the article names: full name, role and gender as far as the text tells.</summary>
internal sealed class Person
{
    public Person(string name) => Name = name;

    public string Name { get; set; }
    public string? Role { get; set; }
    public int Gender { get; set; }

    /// <summary>The gender came from the long given-name list alone, which is sometimes wrong (<see cref="GivenNames"/>).</summary>
    public bool GenderFromNameList { get; set; }
    public bool PersonLike { get; set; }
}

/// <summary>
/// One extraction run over a document: the people seen so far, the recent subjects (for pronouns), the quote that
/// is still open at a paragraph's end, and the quotes found. Created per call, never shared.
/// </summary>
internal sealed class QuoteSession
{
    private const int PronounLookBack = 64;

    // A news article names a few dozen people, a very long one a few hundred; the registry stops growing here.
    internal const int MaxPeople = 2048;

    private readonly ArticleDocument _document;
    private readonly bool _guard;
    private readonly QuoteOptions _options;
    private readonly List<Quote> _quotes = new();
    private readonly Dictionary<string, Person> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> _byGiven = new(StringComparer.Ordinal);
    private readonly List<long> _mentionPos = new();
    private readonly FullNames _fullNames = new();
    private readonly List<long> _organisationPos = new();

    // the last organisations named in full (the U.S. Federal Reserve, Acme Corp.), for short forms (the Fed said)
    private const int OrganisationMemory = 64;
    private readonly List<string> _organisationFullNames = new();
    private readonly List<string> _organisationName = new();
    private readonly List<Person?> _mentionPerson = new();

    // people already known named where they are no subject (an object, a possessive), in text order: a pronoun does not
    // reach back to an earlier paragraph past someone of its gender named in its own
    private readonly List<long> _otherMentionPos = new();
    private readonly List<Person> _otherMentionPerson = new();

    // people given a role next to their name (President-elect Jo Roe, Jo Roe, the council’s treasurer), in text order:
    // “the president-elect said” finds them even when that mention was no subject
    private readonly List<long> _roleHolderPos = new();
    private readonly List<Person> _roleHolder = new();
    private int _para = -1;

    // The pieces, token blocks and sentence arrays of the paragraph being analysed: reused, so an article allocates them once.
    private readonly ParagraphBuffers _buffers = new();

    // a paragraph ending “… X said yesterday:” introduces the quote that opens the next one
    private Attribution _introduced;
    private int _introducedPara = -10;

    // stands for an unnamed person (“one student”): a pronoun resolved to it has no speaker
    private readonly Person _anonymous = new(string.Empty) { PersonLike = true };
    private Group? _pending;
    private Person? _lastSpeaker;
    private string? _lastSpeakerName;
    private int _lastSpeakerPara = -10;

    // quotes finalised while analysing the current paragraph: which have a speaker, which still need one
    private readonly List<int> _paragraphAttributed = new();
    // quotes of this paragraph whose speaker was named before them (Okafor replied, “…”): a turn of their own
    private readonly List<int> _paragraphLeadAttributed = new();
    private Group? _leadGroup;
    private readonly List<int> _paragraphUnattributed = new();
    private readonly List<long> _paragraphUnattributedPos = new();

    // Finalised groups, cleared for the next candidate quote: an article with thousands of quotes does not allocate a
    // group, its span list and its text's storage for each (issue 9 item 7).
    private readonly Stack<Group> _freeGroups = new();

    // Quote texts are built from the document when asked for, not kept (plain text, whose pieces are its characters).
    private readonly bool _lazyTexts;

    private sealed class Group
    {
        public readonly List<SourceSpan> Spans = new();
        // the text built so far, while the quote's pieces are not all the document's own characters (Eager)
        public readonly QuoteTextBuffer Text = new();
        public bool Eager;
        // bit k: piece k follows an attribution that ended a sentence (for a text built later)
        public ulong SentenceBreaks;
        public bool Partial;
        public bool HasAttribution;
        public Attribution Attribution;
        public int AttributionPara;
        public bool HasFallback;
        public Attribution Fallback;
        public int FallbackPara;
        public bool FallbackKnownOnly;
        public bool AttributionKnownOnly;
        public bool FromPreviousSpeaker;
        public bool OwnAttributionUnparsed;
        public int LastPara;

        // where the quote starts (paragraph and token), for the people named before it
        public long FirstPos;

        /// <summary>Back to a new group's state, keeping the storage of its list and text.</summary>
        public void Reset()
        {
            Spans.Clear();
            Text.Clear();
            Eager = false;
            SentenceBreaks = 0;
            Partial = false;
            HasAttribution = false;
            Attribution = default;
            AttributionPara = 0;
            HasFallback = false;
            Fallback = default;
            FallbackPara = 0;
            FallbackKnownOnly = false;
            AttributionKnownOnly = false;
            FromPreviousSpeaker = false;
            OwnAttributionUnparsed = false;
            LastPara = 0;
            FirstPos = 0;
        }
    }

    /// <summary>How many people the session remembers by name (at most <see cref="MaxPeople"/>).</summary>
    internal int PeopleRemembered => _byName.Count;

    /// <summary>How many full names the session remembers for expanding short forms (at most <see cref="FullNames.MaxNames"/>).</summary>
    internal int FullNamesRemembered => _fullNames.Count;

    /// <summary>Tokens plus the iterations of the grammar's bounded scans so far: a machine-independent measure of work.</summary>
    internal long WorkSteps { get; private set; }

    public QuoteSession(ArticleDocument document, bool guard, QuoteOptions? options = null)
    {
        _document = document;
        _guard = guard;
        _options = options ?? QuoteOptions.Default;
        _lazyTexts = document.SourceMap is null;
    }

    public ValueList<Quote> Finish()
    {
        if (_pending is not null) Finalize(_pending);
        _pending = null;
        if (_quotes.Count == 0) return ValueList<Quote>.Empty;
        var result = new Quote[_quotes.Count];
        var n = 0;
        foreach (var q in _quotes)
        {
            // minWords only leaves quotes out at the end: a short quote still gave its speaker to the statement it began.
            if (_options.MinWords > 1 && CountWords(q.Text, _options.MinWords) < _options.MinWords) continue;
            var full = q.Speaker is null ? null : _fullNames.Expand(q.Speaker);
            result[n++] = full is not null && !ReferenceEquals(full, q.Speaker) && full != q.Speaker
                ? q.WithAttribution(full, q.SpeakerRole, q.Source)
                : q;
        }
        if (n == 0) return ValueList<Quote>.Empty;
        if (n < result.Length) Array.Resize(ref result, n);
        return new ValueList<Quote>(result);
    }

    public void AddParagraph(Paragraph paragraph)
    {
        _para++;
        if (!_guard)
        {
            Analyse(paragraph);
            return;
        }
        try
        {
            Analyse(paragraph);
        }
        catch (Exception)
        {
            // Last line of defence: a paragraph the analysis cannot handle contributes no quotes; extraction goes on.
            _pending = null;
        }
    }

    private static long Pos(int para, int token) => ((long)para << 32) | (uint)token;

    private void Analyse(Paragraph paragraph)
    {
        var s = _buffers.TextOf(paragraph);
        _paragraphAttributed.Clear();
        _paragraphLeadAttributed.Clear();
        _paragraphUnattributed.Clear();
        _paragraphUnattributedPos.Clear();
        var previousSpeaker = _lastSpeakerPara == _para - 1 ? _lastSpeakerName : null;
        var previousPerson = _lastSpeaker;
        var pieces = QuoteScanner.Scan(s, _options.Marks, _buffers.Pieces);
        var tokens = _buffers.Tokenize(s, pieces);
        var g = _buffers.GrammarFor(s, tokens, pieces);
        CollectMentions(g);
        var mapper = _buffers.MapperFor(_document, paragraph, s);
        var anyNarrative = false;
        for (var ti = 0; ti < tokens.Count; ti++)
        {
            if (tokens[ti].Kind == TokenKind.Word) { anyNarrative = true; break; }
        }
        if (_pending is not null && (tokens.Count == 0 || tokens[0].Kind != TokenKind.Piece || !StartsAtParagraphStart(s, pieces[tokens[0].Piece])))
        {
            Finalize(_pending);
            _pending = null;
        }
        Group? current = null;
        var subjectOf = -1;
        NounPhrase subject = default;
        var prevPiece = -1;
        var prevHadTail = false;
        NounPhrase prevRunsOn = default;
        var first = true;
        for (var ti = 0; ti < tokens.Count; ti++)
        {
            if (tokens[ti].Kind != TokenKind.Piece) continue;
            var piece = pieces[tokens[ti].Piece];
            var continuation = first && _pending is not null;
            first = false;
            var cs = piece.ContentStart;
            var ce = piece.ContentEnd;
            while (cs < ce && WhiteSpace.IsWhite(s[cs])) cs++;
            while (ce > cs && WhiteSpace.IsWhite(s[ce - 1])) ce--;
            if (!HasLetterOrDigit(s, cs, ce))
            {
                if (current is not null && current != _pending) { Finalize(current); current = null; }
                prevPiece = -1;
                continue;
            }
            // a new book, “Crossing the Line: The Story of a Hockey Original.”: a Title Case phrase right after a noun for a
            // work is that work's title, even one long enough, or ending with a full stop, to pass for a sentence
            if (!continuation && piece.Closed && FollowsWorkNoun(g, ti) && IsTitleCase(s, cs, ce, out var workWords, 14) && workWords >= 2)
            {
                if (current is not null && current != _pending) { Finalize(current); current = null; }
                prevPiece = -1;
                continue;
            }
            var tail = piece.Closed && g.ParseTail(ti + 1, out var tailAttr) ? tailAttr : default;
            var hasTail = tail.Found;
            var hasLead = g.ParseLead(ti, out var leadAttr, out var introduced);
            // Aniston replied, “… four times.” The host quipped, “…”: a quote introduced by its speaker that ends its
            // sentence keeps that speaker; the clause after it introduces the next quote
            if (hasTail && hasLead && introduced && g.EndsWithTerminal(piece) && g.IsCap(ti + 1))
            {
                tail = default;
                hasTail = false;
            }
            // “…” Pointing at it, Okafor would say, “See that?”: a sentence after a quote that ends its own sentence, handing
            // a full quote of its own to its speaker, attributes that quote, not this one
            if (hasTail && !hasLead && g.EndsWithTerminal(piece) && g.IsCap(ti + 1) && IntroducesOwnQuote(g, ti + 1))
            {
                tail = default;
                hasTail = false;
            }
            var inSentence = !continuation && IsInSentence(g, ti, piece, introduced, hasTail, s, cs);
            Attribution attr;
            var attrPara = _para;
            var attrKnownOnly = false;
            if (inSentence)
            {
                attr = hasTail ? tail : g.ParseSentenceSpeaker(ti, out var sentence) ? sentence : default;
                if (!attr.Found)
                {
                    // the sentence's subject, when it is a person already known: Ellison shot back that … “…”
                    // one parse per sentence, however many quotes it holds
                    if (subjectOf != g.SentStart[ti]) { subjectOf = g.SentStart[ti]; subject = g.ParseSubject(subjectOf); }
                    var np = subject;
                    // … an email Dean Jo Roe sent, acknowledging “…”: not when a clause with a named subject of its own comes between
                    // (nor when the quote speaks of the subject: Roe fled, “firing his weapon …” — a speaker says I, not he)
                    if (np.Kind is NpKind.Name or NpKind.Pronoun && !g.HasNamedClauseBetween(Math.Max(np.Token + 1, ti - 60), ti) &&
                        !SpeaksOfSubject(g, np, ti, s, cs, ce)) { attr.Subject = np; attrKnownOnly = true; }
                }
                // a speaker who can be named (a name, a pronoun, an organisation), not “the group”
                var named = attr.Found && (attr.Subject.Kind is not (NpKind.Common or NpKind.Group) || IsOrganisationReference(attr.Subject.Role)) &&
                            // Emergency alerts … come from “…”: a capitalised subject that is no known person names no speaker
                            !(attrKnownOnly && attr.Subject.Kind == NpKind.Name && Lookup(attr.Subject.Name!, attr.Subject.NameTokens) is not { PersonLike: true });
                if (IsScare(g, ti, s, cs, ce, named, hasTail))
                {
                    if (current is not null && current != _pending) { Finalize(current); current = null; }
                    prevPiece = -1;
                    continue;
                }
                // after his school “started feathering me into …,” Gosling turned …: a fragment in the first person with no
                // speaker of its own belongs to the one person already known that its sentence names (never makes speech of a
                // scare quote: asked only after the test above)
                if (!named && HasFirstPerson(s, cs, ce) && OnlyKnownPersonInSentence(g, ti) is { Found: true } only)
                {
                    attr = new Attribution { Subject = only };
                    attrKnownOnly = true;
                }
            }
            else
            {
                // WATCH: ‘Just laughable’: Morning Joe busts …, RELATED: “…”: a link's headline after a promotion label, not speech
                if (ti >= 2 && g.IsPunct(ti - 1, ':') && ti - 2 == 0 && g.In(0, PromotionLabels) && g.IsCap(0))
                {
                    if (current is not null && current != _pending) { Finalize(current); current = null; }
                    prevPiece = -1;
                    continue;
                }
                attr = hasTail ? tail : hasLead ? leadAttr : default;
                // “Boing,” “Woah!” and even “Knock Brush”: a short quote right next to another, unattributed, is a list of names
                if (!attr.Found && !continuation && (g.IsPiece(ti - 1) || g.IsPiece(ti + 1)) && CountWords(s.AsSpan(cs, ce - cs), 3) <= 2)
                {
                    if (current is not null && current != _pending) { Finalize(current); current = null; }
                    prevPiece = -1;
                    continue;
                }
                // “The Hive Keepers,” a documentary about … : a title opening a sentence, not speech
                if (!attr.Found && !continuation && piece.Closed && !g.EndsWithTerminal(piece) && IsTitleCase(s, cs, ce, out var titleWords) && titleWords <= 6 &&
                    !(ti > 0 && g.IsPunct(ti - 1, ':')))
                {
                    if (current is not null && current != _pending) { Finalize(current); current = null; }
                    prevPiece = -1;
                    continue;
                }
            }

            Group group;
            if (continuation)
            {
                group = _pending!;
                _pending = null;
            }
            else if (current is not null && current != _pending && prevPiece >= 0 && prevHadTail && !hasTail && (!inSentence || g.IsPunct(ti - 1, ',') || ti == g.SentStart[ti]) &&
                     GapIsAttributionOnly(g, prevPiece, ti))
            {
                group = current;
            }
            // “A” that money in taxes, he said. “B”: the first piece ran on into the reporter's sentence, which ends with
            // its attribution; “A”—taking a lineman—“was right …”: a dash aside inside the speaker's sentence
            else if (current is not null && current != _pending && prevPiece >= 0 && !hasTail &&
                     (prevRunsOn.Found && ti == g.SentStart[ti] && GapIsAttributionOnly(g, prevPiece, ti) || char.IsLower(s[cs]) && g.IsDashAside(prevPiece, ti)))
            {
                group = current;
            }
            else
            {
                if (current is not null && current != _pending) Finalize(current);
                group = RentGroup();
                group.Partial = inSentence;
                group.FirstPos = Pos(_para, ti);
                if (!attr.Found && !inSentence && ti == 0 && _introducedPara == _para - 1)
                {
                    // Here is what Jo Roe said on Monday: / “…”: the paragraph before ends by introducing this quote
                    attr = _introduced;
                    attrPara = _introducedPara;
                }
                else if (!attr.Found && !inSentence) SetFallback(group, g, ti, anyNarrative);
            }
            AppendPiece(group, s, cs, ce, mapper, sentenceBreak: !continuation && (g.IsPunct(ti - 1, '.') || g.SentStart[ti] == ti));
            group.LastPara = _para;
            // “…,” Sgt. Jo Roe of the Maine State Police said: a speech verb after the quote's comma is the quote's own
            // attribution, even where its subject could not be parsed; the quote then borrows no speaker from elsewhere
            if (!hasTail && piece.Closed && SpeechVerbAfterComma(g, ti, ce > 0 && s[ce - 1] == ',')) group.OwnAttributionUnparsed = true;
            // “…,” came the reply: an attribution of its own to somebody unnamed, who answers the last speaker; no speaker
            // is borrowed from the quotes around it (and “A,” came the reply. “B” is one quote, like “A,” she said. “B”)
            var reply = !hasTail && piece.Closed && IsReplyAfter(g, ti);
            if (reply) group.OwnAttributionUnparsed = true;
            if (attr.Found && !group.HasAttribution)
            {
                group.HasAttribution = true;
                group.Attribution = attr;
                group.AttributionPara = attrPara;
                group.AttributionKnownOnly = attrKnownOnly;
                if (!inSentence && !hasTail && hasLead) _leadGroup = group;
            }
            current = group;
            prevPiece = ti;
            prevHadTail = hasTail || reply;
            prevRunsOn = !hasTail && piece.Closed && ti == g.SentStart[ti] ? g.RunsOnToAttribution(ti) : default;
            if (prevRunsOn.Found && !group.HasAttribution)
            {
                group.HasAttribution = true;
                group.Attribution = new Attribution { Subject = prevRunsOn };
                group.AttributionPara = _para;
            }
            if (!piece.Closed) _pending = group;
        }
        if (current is not null && current != _pending) Finalize(current);
        ContinueStatements(previousSpeaker, previousPerson);
        // what is kept for the next paragraph keeps its names as strings: this paragraph's buffer is about to be reused
        if (_pending is not null)
        {
            _pending.Attribution.Pin();
            _pending.Fallback.Pin();
        }
        if (g.ParseIntroduction(out _introduced))
        {
            _introduced.Pin();
            _introducedPara = _para;
        }
        WorkSteps += g.Steps + tokens.Count;
    }

    /// <summary>
    /// “…,” X Y Z said: the quote at token <paramref name="ti"/> ends with a comma (<paramref name="commaInside"/> its marks, or after them) and a speech
    /// verb follows within 20 tokens, before any other quote or sentence end, with a capitalised word before it.
    /// </summary>
    private static bool SpeechVerbAfterComma(QuoteGrammar g, int ti, bool commaInside)
    {
        var v = ti + 1;
        if (g.IsPunct(v, ',')) v++;
        else if (!commaInside) return false;
        // (only a subject with a capitalised word counts: “…,” it says is left to the statement rules)
        var named = false;
        for (var limit = Math.Min(g.Count, v + 20); v < limit; v++)
        {
            if (g.IsPiece(v) || g.IsPunct(v, '.') || g.IsPunct(v, '?') || g.IsPunct(v, '!') || g.IsPunct(v, ';')) return false;
            if (g.IsWord(v) && g.IsSpeechVerb(v)) return named;
            if (g.IsCap(v)) named = true;
        }
        return false;
    }

    private static readonly Lexicon MaleThirdPerson = new("he", "his", "him", "himself");
    private static readonly Lexicon FemaleThirdPerson = new("she", "her", "hers", "herself");

    /// <summary>
    /// Roe fled, “indiscriminately firing his weapon”: the quote [cs, ce) refers in the third person to someone of the
    /// subject's gender and not in the first person, and no capitalised word stands between the subject and the quote
    /// (no one else it could mean): the quote describes the subject, so the subject is not who is quoted.
    /// </summary>
    private bool SpeaksOfSubject(QuoteGrammar g, NounPhrase subject, int ti, ParagraphText s, int cs, int ce)
    {
        if (ti - subject.Token > 40 || HasFirstPerson(s, cs, ce)) return false;
        for (var t = subject.Token + 1; t < ti; t++)
        {
            if (g.IsCap(t)) return false;
        }
        var gender = subject.Kind == NpKind.Pronoun ? subject.Pronoun == "he" ? 1 : subject.Pronoun == "she" ? 2 : -1
            : subject.Gender != 0 ? subject.Gender : Lookup(subject.Name!, subject.NameTokens)?.Gender ?? 0;
        if (gender < 0) return false;
        var i = cs;
        while (i < ce)
        {
            while (i < ce && !char.IsLetter(s[i])) i++;
            var start = i;
            while (i < ce && char.IsLetter(s[i])) i++;
            if (i == start) break;
            var w = s.AsSpan(start, i - start);
            if (gender != 2 && MaleThirdPerson.Contains(w) || gender != 1 && FemaleThirdPerson.Contains(w)) return true;
        }
        return false;
    }

    private static readonly Lexicon ReplyNouns = new("reply", "response", "answer", "retort", "rejoinder", "riposte");

    /// <summary><c>“…,” came the reply</c>, <c>“…” came the answer</c>: the quote at <paramref name="ti"/> is followed by <c>came the</c> and a noun of replying.</summary>
    private static bool IsReplyAfter(QuoteGrammar g, int ti)
    {
        var v = g.IsPunct(ti + 1, ',') ? ti + 2 : ti + 1;
        return g.Is(v, "came") && g.Is(v + 1, "the") && g.In(v + 2, ReplyNouns);
    }

    private static readonly Lexicon FirstPersonWords = new("i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "i'm", "i\u2019m", "i've", "i\u2019ve", "i'd", "i\u2019d", "i'll", "i\u2019ll");

    /// <summary>True when the quoted text [cs, ce) has a first-person pronoun (<c>I</c>, <c>me</c>, <c>our</c> …).</summary>
    private static bool HasFirstPerson(ParagraphText s, int cs, int ce)
    {
        var i = cs;
        while (i < ce)
        {
            while (i < ce && !char.IsLetter(s[i])) i++;
            var start = i;
            while (i < ce && (char.IsLetter(s[i]) || s[i] is '\'' or '\u2019')) i++;
            if (i > start && FirstPersonWords.Contains(s.AsSpan(start, i - start))) return true;
        }
        return false;
    }

    /// <summary>
    /// The one person already known (named earlier as a person) that the sentence of token <paramref name="ti"/> names,
    /// within 40 tokens either side; nothing when it names none or several. Bounded, so linear per quote.
    /// </summary>
    private NounPhrase OnlyKnownPersonInSentence(QuoteGrammar g, int ti)
    {
        var from = Math.Max(g.SentStart[ti], ti - 40);
        var to = Math.Min(g.SentEnd[ti], ti + 40);
        NounPhrase found = default;
        Person? who = null;
        for (var i = from; i < ti; i++)
        {
            // A board spokesman said Roe was “…”: a sentence that reports someone's words has its own speaker
            if (g.IsSpeechVerb(i)) return default;
        }
        for (var i = from; i <= to; i++)
        {
            if (!g.IsWord(i) || !g.StartsRegion(i)) continue;
            var np = g.ParseRegion(i, out var end);
            if (np.Kind == NpKind.Name && Lookup(np.Name!, np.NameTokens) is { PersonLike: true } person && !ReferenceEquals(person, who))
            {
                if (who is not null) return default;
                who = person;
                found = np;
            }
            i = end;
        }
        return found;
    }

    private static readonly Lexicon PromotionLabels = new("watch", "related", "read", "see", "listen", "video", "photos", "more", "also", "recommended", "opinion", "analysis");

    private static bool StartsAtParagraphStart(ParagraphText s, QuotePiece piece)
    {
        for (var i = 0; i < piece.OpenMark; i++)
        {
            if (!WhiteSpace.IsWhite(s[i])) return false;
        }
        return true;
    }

    private static bool HasLetterOrDigit(ParagraphText s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(s[i])) return true;
        }
        return false;
    }

    // ---- classification ---------------------------------------------------------------------------------------

    private static bool IsInSentence(QuoteGrammar g, int ti, QuotePiece piece, bool introduced, bool hasTail, ParagraphText s, int cs)
    {
        var ss = g.SentStart[ti];
        if (ti == ss)
        {
            // “Jaws” is a film: a quoted name used as the subject of a sentence.
            return !hasTail && !g.EndsWithTerminal(piece) && !EndsWithComma(s, piece) &&
                   g.IsWord(ti + 1) && !g.T[ti + 1].Cap && !g.IsSpeechVerb(ti + 1);
        }
        if (introduced) return false;
        var prev = ti - 1;
        if (g.IsPunct(prev, ':') || g.IsPiece(prev)) return false;
        if (g.IsPunct(prev, ',') || g.IsPunct(prev, '\u2014') || g.IsPunct(prev, '(') || g.IsPunct(prev, '\u2013'))
            return !char.IsUpper(s[cs]);
        return true;
    }

    private static bool EndsWithComma(ParagraphText s, QuotePiece p)
    {
        var j = p.ContentEnd - 1;
        while (j >= p.ContentStart && WhiteSpace.IsWhite(s[j])) j--;
        return j >= p.ContentStart && s[j] == ',' || p.Closed && p.CloseMark + 1 < s.Length && s[p.CloseMark + 1] == ',';
    }

    private static readonly Lexicon BeForms = new("is", "are", "was", "were", "be", "been", "being", "'s", "it's");

    private static readonly Lexicon MinorWords = new(
        "of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "with", "from", "or", "but", "nor", "as", "vs", "vs.", "de", "la", "van", "von");

    /// <summary>A short Title Case phrase (a name or title), counting its words.</summary>
    private static bool IsTitleCase(ParagraphText s, int cs, int ce, out int words, int maxWords = 8)
    {
        words = 0;
        var title = true;
        var i = cs;
        while (i < ce)
        {
            while (i < ce && !char.IsLetterOrDigit(s[i])) i++;
            if (i >= ce) break;
            var start = i;
            while (i < ce && !WhiteSpace.IsWhite(s[i])) i++;
            var end = i;
            while (end > start && !char.IsLetterOrDigit(s[end - 1])) end--;
            words++;
            if (!char.IsUpper(s[start]) && !char.IsDigit(s[start]) && (words == 1 || !MinorWords.Contains(s.AsSpan(start, end - start)))) title = false;
        }
        return title && words <= maxWords;
    }

    /// <summary>A new book, “…”, the film “…”, his memoir: “…”: the piece at <paramref name="ti"/> follows a naming cue noun directly, after a comma or after a colon.</summary>
    private static bool FollowsWorkNoun(QuoteGrammar g, int ti) =>
        g.In(ti - 1, QuoteLexicons.NamingCues) || (g.IsPunct(ti - 1, ',') || g.IsPunct(ti - 1, ':')) && g.In(ti - 2, QuoteLexicons.NamingCues);

    private static bool IsScare(QuoteGrammar g, int ti, ParagraphText s, int cs, int ce, bool hasSpeaker, bool saidRightAfter)
    {
        // cue words: the so-called “…”, a book titled “…”, a group calling itself the “…”, known as “…”
        var t = ti - 1;
        if (g.Is(t, "the") || g.Is(t, "a") || g.Is(t, "an") || g.Is(t, "his") || g.Is(t, "her") || g.Is(t, "their") || g.Is(t, "its")) t--;
        // a dish he called “low tide”: a naming verb right before the quote (no object between) names, it does not quote
        if (g.Is(ti - 1, "called") || g.Is(ti - 1, "dubbed") || g.Is(ti - 1, "nicknamed") || g.Is(ti - 1, "christened")) return true;
        if (g.In(t, QuoteLexicons.NamingCues) || g.In(ti - 1, QuoteLexicons.NamingCues))
        {
            // … but “called the film ‘a triumph’” characterises: a verb of speaking just before the cue noun
            var characterised = char.IsLower(s[cs]) && (g.IsCharacterizationVerb(t - 1) || g.IsSpeechVerb(t - 1) || g.IsCharacterizationVerb(t - 2) || g.IsSpeechVerb(t - 2));
            if (!characterised) return true;
        }
        if (g.Is(t, "as") && g.In(t - 1, QuoteLexicons.NamingCues)) return true;
        // at what police called a “pumping party”: “what” + up to three words + a naming verb names a thing, it quotes nobody
        if ((g.Is(t, "called") || g.Is(t, "termed") || g.Is(t, "dubbed")) && (g.Is(t - 2, "what") || g.Is(t - 3, "what") || g.Is(t - 4, "what"))) return true;
        if (g.IsPunct(t, ',') && g.In(t - 1, QuoteLexicons.NamingCues)) return true; // her memoir, “…”
        // passive naming: they are often called “…”, what is known as “…”
        if ((g.Is(t, "called") || g.Is(t, "termed") || g.Is(t, "named")) && (g.In(t - 1, BeForms) || g.In(t - 2, BeForms))) return true;
        if (IsTitleCase(s, cs, ce, out var words)) return true;
        if (words <= 3 && char.IsLower(s[cs]))
        {
            // the concept of “safe zones”: a short phrase named by a noun of ideas is a term
            if (g.Is(ti - 1, "of") && g.In(ti - 2, ConceptNouns)) return true;
            // the belongings, or “chattels,” of: a short phrase glossing the words before it is a term
            if (g.Is(ti - 1, "or") && g.IsPunct(ti - 2, ',') && g.IsWord(ti - 3)) return true;
            // celebrate “patriotism” — as that term is used: the reporter names the phrase a term right after it
            var a = g.IsPunct(ti + 1, ',') || g.IsPunct(ti + 1, '\u2014') || g.IsPunct(ti + 1, '\u2013') || g.IsPunct(ti + 1, '-') ? ti + 2 : ti + 1;
            if (g.Is(a, "as") && (g.Is(a + 1, "that") || g.Is(a + 1, "the") || g.Is(a + 1, "this")) && (g.Is(a + 2, "term") || g.Is(a + 2, "word") || g.Is(a + 2, "phrase"))) return true;
        }
        // the “experts”: a scare quote — unless a speech verb follows the quote at once (a “disgrace,” she said), or a
        // speaker's sentence gives it as what something is like (looked like a “demon”, described it as a “game-changer”)
        var determiner = g.In(ti - 1, QuoteLexicons.Determiners);
        var likened = hasSpeaker && (g.Is(ti - 1, "a") || g.Is(ti - 1, "an")) && (g.Is(ti - 2, "like") || g.Is(ti - 2, "as") || g.IsCharacterizationVerb(ti - 2) ||
                                                                                   g.Is(ti - 2, "it") && (g.IsCharacterizationVerb(ti - 3) || g.IsSpeechVerb(ti - 3)));
        if (words == 1 && determiner && !(saidRightAfter && hasSpeaker) && !likened) return true;
        // options of “Ding,” “Boing,” “Woah!” and “Knock Brush”: short quotes next to each other are a list of names
        if (words <= 2 && !saidRightAfter && (g.IsPiece(ti - 1) || g.IsPunct(ti - 1, ',') && g.IsPiece(ti - 2) || g.IsPiece(ti + 1) ||
                                              g.IsPunct(ti + 1, ',') && g.IsPiece(ti + 2))) return true;
        // announcing the “personal comfort system”, that “most favored nation” deal: a short noun phrase after a
        // determiner names a thing, unless a verb of speaking or characterising comes right before the determiner
        if (words <= 3 && determiner && !saidRightAfter && char.IsLower(s[cs]) && !(hasSpeaker && (g.Is(ti - 1, "a") || g.Is(ti - 1, "an"))) && !g.IsCharacterizationVerb(ti - 2) && !g.IsSpeechVerb(ti - 2) &&
            !g.Is(ti - 2, "as") && !g.Is(ti - 2, "like")) return true;
        if (words == 1 && !likened && char.IsLower(s[cs]) && char.IsLetter(s[ce - 1]) && !s.AsSpan(cs, ce - cs).EndsWith("ly".AsSpan(), StringComparison.Ordinal))
        {
            // report “emergency” incidents: one lower-case word that a noun follows at once modifies that noun; it is a term
            if (StartsNounAfterModifier(g, ti + 1)) return true;
            // Trump will “assist” the poor: one word after a modal, taking an object, is the reporter's own verb
            if (g.In(ti - 1, Modals) && (g.In(ti + 1, QuoteLexicons.Determiners) || g.IsWord(ti + 1) && !g.T[ti + 1].Cap && !g.In(ti + 1, FunctionWords))) return true;
        }
        return words <= 2 && !hasSpeaker;
    }

    private static readonly Lexicon ConceptNouns = new("concept", "concepts", "notion", "notions", "idea", "ideas", "term", "terms", "label", "language", "rhetoric", "buzzword", "buzzwords", "vocabulary");

    private static readonly Lexicon Modals = new("will", "would", "can", "could", "shall", "should", "may", "might", "must");

    /// <summary>Words that cannot be the noun a quoted modifier stands before.</summary>
    private static readonly Lexicon FunctionWords = new(
        "of", "for", "at", "from", "with", "in", "on", "by", "to", "into", "onto", "about", "over", "under", "after", "before", "than", "as",
        "and", "or", "but", "nor", "so", "yet", "though", "although", "despite", "since", "unless", "until", "whereas", "even", "not", "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "if",
        "it", "him", "her", "them", "us", "me", "you", "he", "she", "they", "we", "i", "this", "these", "those", "there", "here",
        "today", "yesterday", "tomorrow", "instead", "too", "again", "anymore", "either", "enough", "up", "down", "out", "off", "away");

    /// <summary>Whether token <paramref name="i"/> is a lower-case content word right after the quote (no punctuation between).</summary>
    private static bool StartsNounAfterModifier(QuoteGrammar g, int i) =>
        g.IsWord(i) && !g.T[i].Cap && g.S.AsSpan(g.T[i - 1].End, g.T[i].Start - g.T[i - 1].End).IsWhiteSpace() && !g.In(i, FunctionWords) && !g.In(i, QuoteLexicons.Determiners) &&
        !g.In(i, QuoteLexicons.Auxiliaries) && !g.In(i, BeForms) && !g.IsSpeechVerb(i) && !g.IsCharacterizationVerb(i) &&
        !g.Span(i).EndsWith("ly".AsSpan(), StringComparison.Ordinal) && !g.Span(i).EndsWith("ed".AsSpan(), StringComparison.Ordinal);

    private static bool GapIsAttributionOnly(QuoteGrammar g, int a, int b)
    {
        if (b - a > 48) return false;
        var sent = g.SentStart[a + 1 < g.Count ? a + 1 : a];
        var verbs = 0;
        for (var t = a + 1; t < b - 1; t++)
        {
            if (g.IsPiece(t) || g.SentStart[t] != sent) return false;
            // says Stephen, who told his old man, “…”: a second speech verb introduces a quote of its own
            if (g.IsSpeechVerb(t) && ++verbs > 1 && g.Is(t - 1, "who")) return false;
        }
        return true;
    }

    /// <summary>
    /// “…” Pointing at it, Okafor would say, “See that?”: the sentence starting at <paramref name="next"/> hands a full
    /// quote of its own to its speaker (a comma or colon, then a quote opening with a capital), so its attribution is that
    /// quote's, not the one before it. Looks at most 40 tokens.
    /// </summary>
    private static bool IntroducesOwnQuote(QuoteGrammar g, int next)
    {
        var end = Math.Min(g.SentEnd[next], next + 40);
        for (var t = next + 1; t <= end && t < g.Count; t++)
        {
            if (!g.IsPiece(t) || !(g.IsPunct(t - 1, ',') || g.IsPunct(t - 1, ':'))) continue;
            for (var c = g.T[t].Start + 1; c < g.T[t].End; c++)
            {
                if (char.IsLetter(g.S[c])) return char.IsUpper(g.S[c]);
            }
        }
        return false;
    }

    private void SetFallback(Group group, QuoteGrammar g, int ti, bool anyNarrative)
    {
        // the next sentence: “…” Okafor said the plan was dead.
        var next = g.SentEnd[ti] + 1;
        if (next < g.Count && g.IsWord(next) && g.ParseTail(next, out var a, allowSkip: false) && a.Subject.Kind is NpKind.Name or NpKind.Pronoun &&
            !IntroducesOwnQuote(g, next))
        {
            group.HasFallback = true;
            group.Fallback = a;
            group.FallbackPara = _para;
            return;
        }
        // “…” The words came from Mayor Jo Roe.
        if (next < g.Count && g.WordsCameFrom(next) is { Found: true } owner)
        {
            group.HasFallback = true;
            group.Fallback = new Attribution { Subject = owner };
            group.FallbackPara = _para;
            return;
        }
        // the previous sentence's subject, when it is a person already known: Okafor was blunt. “…”
        // (only for a quote that opens its sentence: in Within hours, the heirs persuaded … saying, “…” the quote's own
        // sentence has a subject of its own between the two)
        var ps = g.SentStart[ti] - 1;
        if (ps >= 0 && ti == g.SentStart[ti])
        {
            var pss = g.SentStart[ps];
            // …, former Fed Vice Chair Jo Roe said. “…”: the sentence before ends by naming who speaks
            if (g.PiecesBefore[ps + 1] == g.PiecesBefore[pss] && g.EndingSpeaker(ps) is { Found: true } ending)
            {
                group.HasFallback = true;
                group.Fallback = new Attribution { Subject = ending };
                group.FallbackPara = _para;
                return;
            }
            // no quote in that sentence (prefix counts: a long sentence before many quotes stays linear)
            if (g.PiecesBefore[ps + 1] == g.PiecesBefore[pss])
            {
                var np = g.ParseSubject(pss);
                if (np.Kind is NpKind.Name or NpKind.Pronoun)
                {
                    group.HasFallback = true;
                    group.Fallback = new Attribution { Subject = np };
                    group.FallbackPara = _para;
                    group.FallbackKnownOnly = true;
                    return;
                }
            }
        }
        // a paragraph that is only a quote, right after a quote whose speaker is known
        if (!anyNarrative && _lastSpeakerPara == _para - 1 && _lastSpeakerName is not null)
        {
            group.FromPreviousSpeaker = true;
        }
    }

    // ---- output -------------------------------------------------------------------------------------------------

    private void AppendPiece(Group group, ParagraphText s, int cs, int ce, OffsetMapper mapper, bool sentenceBreak)
    {
        var start = mapper.Map(cs);
        var end = mapper.Map(ce);
        if (end < start) end = start;
        // the text can be built later from the document when this piece reads the same there (a reader may have joined
        // lines or collapsed spaces in the paragraph's text, which the quote's text collapses too)
        if (!group.Eager && !(_lazyTexts && group.Spans.Count < 64 &&
                              QuoteTextBuffer.SameText(s.AsSpan(cs, ce - cs), _document.Text.AsSpan(start, end - start))))
        {
            // a piece that is not the document's own characters: the text is built now, the pieces before included
            for (var k = 0; k < group.Spans.Count; k++)
            {
                var span = group.Spans[k];
                group.Text.AppendPiece(_document.Text.AsSpan(span.Start, span.Length), (group.SentenceBreaks & (1UL << k)) != 0);
            }
            group.Eager = true;
        }
        if (group.Eager) group.Text.AppendPiece(s.AsSpan(cs, ce - cs), sentenceBreak);
        else if (sentenceBreak) group.SentenceBreaks |= 1UL << group.Spans.Count;
        group.Spans.Add(_document.GetSpan(start, end - start));
    }

    private Group RentGroup() => _freeGroups.Count > 0 ? _freeGroups.Pop() : new Group();

    private void Finalize(Group group)
    {
        if (group.Spans.Count == 0) return;
        string? speaker = null, role = null, source = null;
        Person? person = null;
        if (group.HasAttribution)
        {
            (speaker, role, person) = Resolve(group.Attribution.Subject, group.AttributionPara, group.AttributionKnownOnly);
            source = group.Attribution.Source;
        }
        else if (group.OwnAttributionUnparsed)
        {
            // an attribution of its own that named nobody: no speaker rather than a borrowed one
        }
        else if (group.HasFallback)
        {
            (speaker, role, person) = Resolve(group.Fallback.Subject, group.FallbackPara, group.FallbackKnownOnly);
            source = group.Fallback.Source;
        }
        else if (group.FromPreviousSpeaker)
        {
            speaker = _lastSpeakerName;
            person = _lastSpeaker;
            role = person?.Role;
        }
        if (source is not null && source == speaker) source = null;
        _quotes.Add(group.Eager
            ? new Quote(group.Text.Trimmed.ToString(), speaker, role, source, group.Partial, new ValueList<SourceSpan>(group.Spans.ToArray()))
            : new Quote(_document.Text, group.SentenceBreaks, group.Spans[0], group.Spans.Count == 1 ? null : new ValueList<SourceSpan>(group.Spans.ToArray()), speaker, role, source, group.Partial));
        var lead = ReferenceEquals(group, _leadGroup);
        // groups are reused: a finished group must not match a later one that gets its object
        if (lead) _leadGroup = null;
        if (speaker is not null)
        {
            _paragraphAttributed.Add(_quotes.Count - 1);
            if (lead) _paragraphLeadAttributed.Add(_quotes.Count - 1);
        }
        // no attribution of its own (a previous sentence whose subject named no known person counts as none)
        else if (!group.Partial && !group.HasAttribution && !group.OwnAttributionUnparsed)
        {
            _paragraphUnattributed.Add(_quotes.Count - 1);
            _paragraphUnattributedPos.Add(group.FirstPos);
        }
        if (speaker is not null)
        {
            _lastSpeakerName = speaker;
            _lastSpeaker = person;
            _lastSpeakerPara = group.LastPara;
        }
        group.Reset();
        _freeGroups.Push(group);
    }

    /// <summary>
    /// A full quote with no attribution of its own continues a statement: it takes the speaker of the nearest quote of
    /// the same paragraph that has one (the one before, else the one after), or, in a paragraph where nobody else is
    /// named as speaker, the speaker of the previous paragraph's last quote. Costs the paragraph's quote count.
    /// </summary>
    private void ContinueStatements(string? previousSpeaker, Person? previousPerson)
    {
        if (_paragraphUnattributed.Count == 0) return;
        var a = 0;
        for (var k = 0; k < _paragraphUnattributed.Count; k++)
        {
            var u = _paragraphUnattributed[k];
            while (a + 1 < _paragraphAttributed.Count && _paragraphAttributed[a + 1] < u) a++;
            Quote? from = null;
            if (_paragraphAttributed.Count > 0)
            {
                var before = _paragraphAttributed[a] < u ? _paragraphAttributed[a] : -1;
                var after = a + (before >= 0 ? 1 : 0) < _paragraphAttributed.Count ? _paragraphAttributed[a + (before >= 0 ? 1 : 0)] : -1;
                // “A.” Okafor replied, “B.”: a quote after it whose speaker is named before it starts a turn of its
                // own; A does not borrow that speaker (“A.” “B,” Okafor said. still does)
                if (before < 0 && after >= 0 && _paragraphLeadAttributed.Contains(after)) after = -1;
                from = before >= 0 ? _quotes[before] : after >= 0 ? _quotes[after] : null;
            }
            var q = _quotes[u];
            if (from is not null)
                _quotes[u] = q.WithAttribution(from.Speaker, from.SpeakerRole, null);
            // Jo Roe, a teacher, said she … . “…”: a statement carried over from the previous paragraph does not cross
            // someone else named as a subject before the quote in this one
            else if (previousSpeaker is not null && !OtherSubjectBefore(_paragraphUnattributedPos[k], previousPerson))
            {
                _quotes[u] = q.WithAttribution(previousSpeaker, previousPerson?.Role, null);
                _lastSpeakerName = previousSpeaker;
                _lastSpeaker = previousPerson;
                _lastSpeakerPara = _para;
            }
        }
    }

    /// <summary>
    /// Whether a subject other than <paramref name="person"/> (another person, an unnamed one, a group or organisation) is
    /// mentioned in this paragraph before <paramref name="pos"/>. Bounded like pronoun resolution.
    /// </summary>
    private bool OtherSubjectBefore(long pos, Person? person)
    {
        var from = Pos(_para, 0);
        for (var m = _mentionPos.Count - 1; m >= 0 && m >= _mentionPos.Count - PronounLookBack && _mentionPos[m] >= from; m--)
        {
            if (_mentionPos[m] < pos && !ReferenceEquals(_mentionPerson[m], person)) return true;
        }
        return false;
    }

    /// <summary>Runs of letters or digits in <paramref name="text"/>, counting no further than <paramref name="enough"/>.</summary>
    private static int CountWords(ReadOnlySpan<char> text, int enough)
    {
        var words = 0;
        var inWord = false;
        for (var i = 0; i < text.Length && words < enough; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    private (string? Speaker, string? Role, Person? Person) Resolve(NounPhrase np, int para, bool knownOnly)
    {
        switch (np.Kind)
        {
            case NpKind.Name:
            {
                var person = knownOnly ? Lookup(np.Name!, np.NameTokens) : LookupOrRegister(np.Name!, np.NameTokens, np.Role, np.Gender);
                if (person is null || knownOnly && !person.PersonLike) return (null, null, null);
                person.PersonLike = true;
                return (person.Name, np.Role ?? person.Role, person);
            }
            case NpKind.Pronoun:
            {
                var person = ResolvePronoun(np.Pronoun!, Pos(para, np.Token), out var mentionPara);
                // a candidate from an earlier paragraph, when this one names another person of the pronoun's gender before
                // it and not the candidate: two people fit, and the nearer is no subject — no speaker rather than a guess
                if (person is not null && !ReferenceEquals(person, _anonymous) && mentionPara < para && np.Pronoun is "he" or "she" &&
                    OtherOfGenderNamedBefore(Pos(para, np.Token), person, np.Pronoun == "he" ? 1 : 2))
                    return (null, null, null);
                // Orr was his first client … His goal is … “…,” he said: when the nearest candidate was named two or more
                // paragraphs back, recency is weak evidence; the person of that gender named most often in the look-back
                // window (the one the story is about) is taken instead, the nearer on a tie — unless the nearest is the one who
                // spoke last (Daniel, a senior, said … “…,” he said. “…,” he said: the statement goes on)
                if (person is not null && !ReferenceEquals(person, _anonymous) && !ReferenceEquals(person, _lastSpeaker) && mentionPara < para - 1 &&
                    np.Pronoun is "he" or "she")
                    person = MostMentioned(person, np.Pronoun == "he" ? 1 : 2, Pos(para, np.Token));
                return person is null || ReferenceEquals(person, _anonymous) ? (null, null, null) : (person.Name, person.Role, person);
            }
            case NpKind.RoleOnly:
            {
                var person = knownOnly ? null : ResolveRole(np.Role, Pos(para, np.Token));
                // the actress says, says the son: a definite role of one gender is the person of that gender last named, as a pronoun would be
                if (person is null && !knownOnly && GenderedRolePronoun(np.Role) is { } rolePronoun && ResolvePronoun(rolePronoun, Pos(para, np.Token)) is { } gendered &&
                    !ReferenceEquals(gendered, _anonymous))
                    person = gendered;
                if (person is null && !knownOnly && IsOrganisationReference(np.Role) && _options.OrganisationsAsSpeakers &&
                    RecentOrganisation(Pos(para, np.Token)) is { } organisation)
                    return (ExpandOrganisation(organisation), null, null);
                return person is null ? (null, np.Role, null) : (person.Name, person.Role, person);
            }
            case NpKind.Org:
                return knownOnly || !_options.OrganisationsAsSpeakers || !np.HasName ? (null, null, null) : (ExpandOrganisation(np.Name!), null, null);
            case NpKind.Common:
            {
                // the company said: the organisation the article was just talking about
                var organisation = IsOrganisationReference(np.Role) ? RecentOrganisation(Pos(para, np.Token)) : null;
                if (organisation is not null && _options.OrganisationsAsSpeakers) return (ExpandOrganisation(organisation), null, null);
                // his brother told me: the relative named earlier with that kinship (Voss’s brother Anton)
                if (!knownOnly && IsKinRole(np.Role) && ResolveRole(np.Role, Pos(para, np.Token)) is { } relative)
                    return (relative.Name, relative.Role, relative);
                // (the actress says as a common noun phrase is not resolved by gender: on the development part it gained one
                // speaker and lost another, docs/quality.md)
                return (null, np.Role, null);
            }
            default:
                return (null, null, null);
        }
    }

    // ---- people -------------------------------------------------------------------------------------------------

    private void CollectMentions(QuoteGrammar g)
    {
        // a headline in Title Case (Lady Gaga Shares Photo of …) names no one reliably: capitalised words run together;
        // only a known given name and the word after it are kept, as the full form of a surname (Picture Of Demi Lovato)
        if (_para == 0 && IsTitleCaseLine(g))
        {
            CollectGivenNamePairs(g, headline: true);
            return;
        }
        CollectGivenNamePairs(g, headline: false);
        for (var i = 0; i < g.Count; i++)
        {
            if (!g.IsWord(i)) continue;
            if (g.StartsRegion(i))
            {
                var np = g.ParseRegion(i, out var end);
                if (np.Kind == NpKind.Name && g.IsPlaceAfterName(i, end)) { i = end; continue; }
                // a New Hampshire Republican said he …: somebody described, not named; he/she after it means that person
                // (a big Trump supporter: the run only modifies a noun after it, so it stays a name)
                if (np.Kind is NpKind.Name or NpKind.Org && g.IndefiniteBefore(i, g.SentStart[i]) >= 0 && !g.ModifiesNounAfter(end))
                {
                    if (g.SubjectStrength(i, end) > 0) AddMention(Pos(_para, end), _anonymous);
                    i = end;
                    continue;
                }
                // envoy for Ukraine Kurt Volker: the run after a role's preposition starts with the role's object, not the name
                if (np.Kind == NpKind.Name && np.NameTokens >= 3 && g.FollowsRolePreposition(i)) { i = end; continue; }
                // read several times below: one string
                np.Pin();
                // The U.S. Federal Reserve raised …: a capitalised run after “the” may be an organisation named in full
                if (np.Kind is NpKind.Name or NpKind.Org && np.Name is not null && (g.Is(i - 1, "the") || np.Kind == NpKind.Org)) AddOrganisationName(np.Name);
                if (np.Kind == NpKind.Name && np.NameTokens >= 2 && !g.EndsPossessive(end)) _fullNames.AddPerson(np.Name!);
                else if (np.Kind == NpKind.Org && np.Name is not null) _fullNames.AddOrganisation(np.Name, g.EndsWithLegalSuffix(end));
                else if (np.Kind == NpKind.RoleOnly && g.TitledPossessiveName(i, end, out var ownerRole) is { } titled)
                {
                    // President-elect Jo Roe’s team announced …: the title is the person's role (the president-elect said)
                    _fullNames.AddPerson(titled);
                    var sp = titled.IndexOf(' ');
                    var gender = sp > 0 && titled.IndexOf(' ', sp + 1) < 0 ? QuoteGrammar.GivenNameGender(titled.AsSpan(0, sp), 2) : 0;
                    if (gender != 0)
                    {
                        var owner = LookupOrRegister(titled, 2, ownerRole, gender);
                        owner.PersonLike = true;
                        AddRoleHolder(Pos(_para, end), owner);
                    }
                }
                else if (np.Kind == NpKind.RoleOnly && g.PossessiveName(i, end) is { } owner)
                {
                    _fullNames.AddPerson(owner);
                    // Ryan Gosling’s role: a possessive full name with a known given name is a person, later just Gosling
                    var sp = owner.IndexOf(' ');
                    var gender = sp > 0 && owner.IndexOf(' ', sp + 1) < 0 ? QuoteGrammar.GivenNameGender(owner.AsSpan(0, sp), 2) : 0;
                    if (gender != 0) LookupOrRegister(owner, 2, null, gender).PersonLike = true;
                }
                if (np.Kind == NpKind.Name)
                {
                    // Otto Brandt, the council’s treasurer, …: the appositive is the person's role (the treasurer said …)
                    if (np.Role is null && !g.EndsPossessive(end)) np.Role = g.AppositiveAfter(end);
                    // according to Harbour Lights, …: a name given only as a source, with no known given name, role or
                    // honorific, may be a publication; no later he or she means it (animacy)
                    // (H. David Rosenbloom, three words or an initial: a person's name)
                    if (np.Role is null && np.Gender == 0 && g.Is(i - 1, "to") && g.Is(i - 2, "according") && !GivenNameKnown(np) &&
                        np.NameTokens <= 2 && !HasInitial(np.Name!) && Lookup(np.Name!, np.NameTokens) is null)
                    {
                        i = end;
                        continue;
                    }
                    var strength = g.SubjectStrength(i, end);
                    // I asked the director of records, Greta Sollen, about …, she said: a person named in commas right after
                    // a role is someone the text is now about, subject or not, when the given name tells the gender
                    // (Kerr said the owner, Jo Roe, had …: a subject of that gender, or of none known, earlier in the sentence comes first)
                    if (strength == 0 && np.NameTokens >= 2 && GivenNameKnown(np) && !g.EndsPossessive(end) && g.IsPunct(end + 1, ',') && g.RoleEndsBefore(i) &&
                        !KnownPersonBefore(g, i, QuoteGrammar.GivenNameGender(np.Name.AsSpan(0, np.Name!.IndexOf(' ')), np.NameTokens)) &&
                        !SubjectOfGenderInSentence(Pos(_para, g.SentStart[i]), QuoteGrammar.GivenNameGender(np.Name.AsSpan(0, np.Name!.IndexOf(' ')), np.NameTokens)))
                    {
                        var named = LookupOrRegister(np.Name!, np.NameTokens, np.Role, QuoteGrammar.GivenNameGender(np.Name.AsSpan(0, np.Name!.IndexOf(' ')), np.NameTokens));
                        named.PersonLike = true;
                        AddMention(Pos(_para, np.Token), named);
                        i = end;
                        continue;
                    }
                    // a person already known may be the subject after a longer opening phrase
                    // (Despite a 70, Varga was …: a surname of a full name the article wrote, KC Varga, is a known person too)
                    if (strength == 0 && np.NameTokens == 1 && (Lookup(np.Name!, 1) is { PersonLike: true } || _fullNames.IsSurnameOfPerson(np.Name!)))
                        strength = g.SubjectStrength(i, end, known: true);
                    // Daniel, a senior who …, said: a given name alone as a subject is a person of that name's gender
                    // (not when the word is the surname of someone already named: Kellyanne Conway … Conway says)
                    if (np.NameTokens == 1 && np.Gender == 0 && strength > 0 && !_bySurname.ContainsKey(np.Name!)) np.Gender = QuoteGrammar.GivenNameGender(np.Name.AsSpan(), 2);
                    Person? person;
                    if (np.NameTokens >= 2 || np.Role is not null || np.Gender != 0 || strength == 2)
                        person = LookupOrRegister(np.Name!, np.NameTokens, np.Role, np.Gender);
                    else
                        person = Lookup(np.Name!, np.NameTokens);
                    if (person is not null)
                    {
                        if (np.Role is not null && person.Role is not null) AddRoleHolder(Pos(_para, np.Token), person);
                        // Desmond Achterberg, chief executive of …, expects: a full name opening a sentence with an appositive
                        // … But Makarov, during a panel, drew …: the surname of a person named in full, as a subject, is that person
                        if (strength == 2 || np.Role is not null || np.Gender != 0 || GivenNameKnown(np) || g.IsAgeModifier(i - 1) ||
                            strength > 0 && np.NameTokens == 1 && person.Name.EndsWith(" " + np.Name, StringComparison.Ordinal) ||
                            strength == 1 && np.NameTokens >= 2 && (g.IsPunct(i - 1, ',') || g.IsPunct(end + 1, ',') || NoOneElseFits(g.NextSentenceQuotedByHeOrShe(i)))) person.PersonLike = true;
                        if (strength > 0 && person.PersonLike) AddMention(Pos(_para, np.Token), person);
                        else if (person.PersonLike) AddOtherMention(Pos(_para, np.Token), person);
                    }
                }
                else if (np.Kind == NpKind.Org)
                {
                    var strength = g.SubjectStrength(i, end);
                    if (strength == 2) AddMention(Pos(_para, i), null);
                    if (strength > 0 && np.Name is not null) AddOrganisation(Pos(_para, i), np.Name);
                }
                // Boeing is …, Acme said …: a one-word subject of unknown gender may be the company “the company” means
                // (the Fed sees …: a name after “the” that a verb follows is a subject too, wherever it stands)
                if (np.Kind == NpKind.Name && np.NameTokens <= 3 && np.Gender == 0 && np.Role is null && !g.EndsPossessive(end) && !GivenNameKnown(np) &&
                    (g.SubjectStrength(i, end) > 0 || g.Is(i - 1, "the") && g.VerbFollows(end)))
                    AddOrganisation(Pos(_para, i), np.Name!);
                i = end;
                continue;
            }
            if (g.In(i, QuoteLexicons.GroupNouns) && (i == g.SentStart[i] || g.IsSpeechVerb(i + 1)))
                AddMention(Pos(_para, i), null);
            // One student at Duke said he …, Another student, Brittany, …: an unnamed person as the sentence's subject;
            // he/she after it means that unnamed person, not someone named earlier
            else if (i == g.SentStart[i] && g.In(i, QuoteLexicons.IndefiniteSubjects) && g.IsWord(i + 1) && !g.T[i + 1].Cap && !g.IsPunct(i + 2, ','))
                AddMention(Pos(_para, i), _anonymous);
            // …, a student at Wesleyan, wrote that he …: an unnamed person as a speech verb's subject anywhere in the sentence
            else if (g.IsSpeechVerb(i) && !g.IsObjectVerb(i) && g.ParseBackward(i - 1, g.SentStart[i]) is { Kind: NpKind.Common or NpKind.RoleOnly } unnamed &&
                     g.In(unnamed.Start, QuoteLexicons.IndefiniteSubjects) && !g.Is(unnamed.Token, "who") && !g.Is(unnamed.Token, "that") && !g.Is(unnamed.Token, "which"))
                AddMention(Pos(_para, i), _anonymous);
            // …, a student at Wesleyan, the college in Middletown, Connecticut, wrote that he …: the appositives end with a
            // name, but the verb's subject is the unnamed person they describe
            else if (g.IsSpeechVerb(i) && !g.IsObjectVerb(i) && UnnamedSubjectBeforeAppositives(g, i))
                AddMention(Pos(_para, i), _anonymous);
        }
    }

    /// <summary>
    /// When Voss spotted Jo Roe: a capitalised word between the sentence start and token <paramref name="i"/> (at most 40
    /// tokens back) that names a known person of <paramref name="gender"/> or of unknown gender.
    /// </summary>
    private bool KnownPersonBefore(QuoteGrammar g, int i, int gender)
    {
        for (var t = Math.Max(g.SentStart[i], i - 40); t < i - 1; t++)
        {
            if (!g.IsCap(t) || g.EndsPossessive(t)) continue;
            if (Lookup(g.Span(t).ToString(), 1) is { PersonLike: true } p && (p.Gender == gender || p.Gender == 0)) return true;
        }
        return false;
    }

    /// <summary><c>H. David</c>, <c>Jo R. Roe</c>: a one-letter initial with its period among the name's words.</summary>
    private static bool HasInitial(string name)
    {
        for (var i = 0; i + 1 < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && name[i + 1] == '.' && (i == 0 || name[i - 1] == ' ') && (i + 2 == name.Length || name[i + 2] == ' ')) return true;
        }
        return false;
    }

    /// <summary>
    /// <c>…, a student at Wesleyan, the college in Middletown, Connecticut, wrote</c>: the speech verb at <paramref name="i"/>
    /// follows a comma closing appositives, and an unnamed subject (<c>a</c>, <c>an</c>, <c>one</c>, <c>another</c> and a
    /// lower-case word) opens after a comma (not right after a name) or a quote at most 30 tokens back in its sentence, with
    /// no quote or other speech verb between.
    /// </summary>
    private static bool UnnamedSubjectBeforeAppositives(QuoteGrammar g, int i)
    {
        if (!g.IsPunct(i - 1, ',')) return false;
        var ss = g.SentStart[i];
        for (var k = i - 2; k > ss && k >= i - 30; k--)
        {
            if (g.IsPiece(k) || g.IsSpeechVerb(k)) return false;
            // (Ned Lipton, a teacher at …, wrote: an appositive after a name describes that name, who is the subject)
            if ((g.IsPunct(k - 1, ',') || g.IsPiece(k - 1)) && g.In(k, QuoteLexicons.IndefiniteSubjects) && !g.T[k].Cap && g.IsWord(k + 1) && !g.T[k + 1].Cap)
                return !(g.IsPunct(k - 1, ',') && g.IsCap(k - 2));
        }
        return false;
    }

    /// <summary>Whether a person of <paramref name="gender"/> or of unknown gender was mentioned since <paramref name="from"/> (bounded).</summary>
    private bool SubjectOfGenderInSentence(long from, int gender)
    {
        for (var m = _mentionPos.Count - 1; m >= 0 && m >= _mentionPos.Count - PronounLookBack && _mentionPos[m] >= from; m--)
        {
            if (_mentionPerson[m] is { } p && (p.Gender == gender || p.Gender == 0)) return true;
        }
        return false;
    }

    /// <summary>
    /// Helmut Adler was not convinced. “…,” he said: a new name opening the sentence before is the person meant, unless
    /// someone of the pronoun's known gender was already named in this paragraph (Kacey Lorne … Big Loud Records … she).
    /// </summary>
    private bool NoOneElseFits(string? pronoun)
    {
        if (pronoun is null) return false;
        var gender = pronoun == "he" ? 1 : 2;
        // bounded like pronoun resolution: the last PronounLookBack mentions
        for (var m = _mentionPos.Count - 1; m >= 0 && m >= _mentionPos.Count - PronounLookBack && (int)(_mentionPos[m] >> 32) == _para; m--)
        {
            if (_mentionPerson[m] is { } p && p.Gender == gender) return false;
        }
        return true;
    }

    private void AddOrganisationName(string name)
    {
        if (name.IndexOf(' ') < 0 || _organisationFullNames.Contains(name)) return;
        if (_organisationFullNames.Count == OrganisationMemory) _organisationFullNames.RemoveAt(0);
        _organisationFullNames.Add(name);
    }

    /// <summary>
    /// <c>the Fed</c> after <c>the U.S. Federal Reserve</c>, <c>EMA</c> after <c>the European Medicines Agency</c>: a one-word
    /// organisation that begins a word of exactly one organisation named in full, or is its initials, is that organisation.
    /// </summary>
    private string ExpandOrganisation(string name)
    {
        if (name.Length < 2 || name.IndexOf(' ') >= 0) return name;
        string? found = null;
        foreach (var full in _organisationFullNames)
        {
            if (!IsShortFormOf(name, full)) continue;
            if (found is not null && found != full) return name;
            found = full;
        }
        return found ?? name;
    }

    private static bool IsShortFormOf(string shortName, string full)
    {
        var acronym = shortName.Length >= 2;
        foreach (var c in shortName) acronym &= char.IsUpper(c);
        var initials = 0;
        var i = 0;
        while (i < full.Length)
        {
            while (i < full.Length && full[i] == ' ') i++;
            var start = i;
            while (i < full.Length && full[i] != ' ') i++;
            if (i == start) break;
            var word = full.AsSpan(start, i - start);
            if (shortName.Length >= 3 && !acronym && word.StartsWith(shortName.AsSpan(), StringComparison.Ordinal)) return true;
            if (!acronym || !char.IsUpper(word[0])) continue;
            if (initials >= shortName.Length || shortName[initials] != word[0]) return false;
            initials++;
        }
        return acronym && initials == shortName.Length;
    }

    private void AddOrganisation(long pos, string name)
    {
        AddOrganisationName(name);
        if (_organisationPos.Count > 0 && _organisationPos[_organisationPos.Count - 1] > pos) return;
        _organisationPos.Add(pos);
        _organisationName.Add(name);
    }

    /// <summary><c>the actress</c> → <c>she</c>, <c>the son</c> → <c>he</c>: a definite role of two words whose noun has a gender; else null.</summary>
    private static string? GenderedRolePronoun(string? role)
    {
        if (role is null || !role.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || role.IndexOf(' ', 4) >= 0) return null;
        var head = role.AsSpan(4);
        if (QuoteLexicons.FemaleRoleNouns.Contains(head)) return "she";
        if (QuoteLexicons.MaleRoleNouns.Contains(head)) return "he";
        return null;
    }

    /// <summary><c>his brother</c>, <c>Voss’s wife</c>: a possessive and a kinship noun, nothing else.</summary>
    private static bool IsKinRole(string? role)
    {
        if (role is null) return false;
        var sp = role.IndexOf(' ');
        return sp > 0 && role.IndexOf(' ', sp + 1) < 0 && QuoteLexicons.KinNouns.Contains(role.AsSpan(sp + 1)) &&
               (QuoteLexicons.PossessiveDeterminers.Contains(role.AsSpan(0, sp)) || role[sp - 1] is 's' && sp >= 2 && role[sp - 2] is '\'' or '\u2019');
    }

    /// <summary><c>the company</c>, <c>the bank</c>: a definite phrase whose head is a kind of organisation.</summary>
    private static bool IsOrganisationReference(string? role)
    {
        if (role is null || !(role.StartsWith("the ", StringComparison.OrdinalIgnoreCase))) return false;
        var sp = role.LastIndexOf(' ');
        // the company, the bank — one noun; a longer phrase (the state agriculture department) names a body of its own,
        // unless the word before the noun only says what kind of organisation it is (the central bank, the parent company)
        if (sp <= 0 || !QuoteLexicons.OrganisationNouns.Contains(role.AsSpan(sp + 1))) return false;
        var first = role.IndexOf(' ');
        if (first == sp) return true;
        return role.IndexOf(' ', first + 1) == sp && QuoteLexicons.OrganisationKindWords.Contains(role.AsSpan(first + 1, sp - first - 1));
    }

    /// <summary>The organisation last named as a subject in this or the two paragraphs before, or null.</summary>
    private string? RecentOrganisation(long pos)
    {
        int lo = 0, hi = _organisationPos.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (_organisationPos[mid] < pos) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        if (found < 0 || (int)(_organisationPos[found] >> 32) < (int)(pos >> 32) - 2) return null;
        return _organisationName[found];
    }

    /// <summary>
    /// A known given name and one capitalised word after it (<c>Demi Lovato</c> in a Title Case headline, <c>the Jane Roe
    /// campaign</c> where the name only modifies a noun) give a surname's full form, so a later bare <c>Roe said</c> names
    /// Jane Roe. In the body only a run of exactly two capitalised words counts (a longer run is parsed as a whole).
    /// Recorded as a surname's expansion only: in a headline the pair may be a name and a verb (<c>Clinton Cancels</c>).
    /// </summary>
    private void CollectGivenNamePairs(QuoteGrammar g, bool headline)
    {
        for (var i = 0; i + 1 < g.Count; i++)
        {
            if (!g.IsCap(i) || !g.IsCap(i + 1) || g.Span(i + 1).Length < 2) continue;
            // Picture Of Demi Lovato For …: in a headline, two capitalised words standing alone between minor words are a
            // full name even when the given name is not a listed one
            var bounded = headline && g.Span(i).Length >= 2 && !MinorWords.Contains(g.Span(i)) && g.In(i - 1, MinorWords) &&
                          (!g.IsWord(i + 2) || g.In(i + 2, MinorWords));
            if (QuoteGrammar.GivenNameGender(g.Span(i), 2) == 0 && !bounded || MinorWords.Contains(g.Span(i + 1))) continue;
            if (g.EndsPossessive(i) || g.EndsPossessive(i + 1) || QuoteGrammar.GivenNameGender(g.Span(i + 1), 2) != 0) continue;
            if (!headline && (g.IsCap(i + 2) || g.IsCap(i - 1) && !(i - 1 == g.SentStart[i] && g.Is(i - 1, "the")))) continue;
            _fullNames.AddSurnameForm(g.Text(i, i + 1), g.Text(i + 1, i + 1));
            i++;
        }
    }

    private static bool IsTitleCaseLine(QuoteGrammar g)
    {
        int words = 0, capitals = 0;
        for (var i = 0; i < g.Count; i++)
        {
            // Clinton Cancels Joint Events with Sanders: a lower-case minor word does not make a headline sentence case
            if (!g.IsWord(i) || g.Span(i).Length < 4 || !g.IsCap(i) && MinorWords.Contains(g.Span(i))) continue;
            words++;
            if (g.IsCap(i)) capitals++;
        }
        return words >= 5 && capitals * 10 >= words * 9;
    }

    private static bool GivenNameKnown(NounPhrase np)
    {
        if (np.NameTokens < 2 || np.Name is not { } name) return false;
        var sp = name.IndexOf(' ');
        var first = sp < 0 ? name.AsSpan() : name.AsSpan(0, sp);
        return QuoteGrammar.GivenNameGender(first, np.NameTokens) != 0;
    }

    private void AddRoleHolder(long pos, Person person)
    {
        if (_roleHolderPos.Count > 0 && _roleHolderPos[_roleHolderPos.Count - 1] > pos) return;
        _roleHolderPos.Add(pos);
        _roleHolder.Add(person);
    }

    private void AddOtherMention(long pos, Person person)
    {
        if (_otherMentionPos.Count > 0 && _otherMentionPos[_otherMentionPos.Count - 1] > pos) return;
        _otherMentionPos.Add(pos);
        _otherMentionPerson.Add(person);
    }

    /// <summary>
    /// He seemed wounded by her question about Trump. “…,” he said: whether someone other than <paramref name="person"/> of
    /// <paramref name="gender"/> is named (as no subject) in this paragraph before <paramref name="pos"/>, while
    /// <paramref name="person"/> is not. Bounded: the last PronounLookBack such mentions.
    /// </summary>
    private bool OtherOfGenderNamedBefore(long pos, Person person, int gender)
    {
        var from = Pos((int)(pos >> 32), 0);
        var other = false;
        for (var m = _otherMentionPos.Count - 1; m >= 0 && m >= _otherMentionPos.Count - PronounLookBack && _otherMentionPos[m] >= from; m--)
        {
            if (_otherMentionPos[m] >= pos) continue;
            var p = _otherMentionPerson[m];
            if (ReferenceEquals(p, person)) return false;
            if (p.Gender == gender) other = true;
        }
        return other;
    }

    private void AddMention(long pos, Person? person)
    {
        if (_mentionPos.Count > 0 && _mentionPos[_mentionPos.Count - 1] > pos) return;
        _mentionPos.Add(pos);
        _mentionPerson.Add(person);
    }

    private Person? Lookup(string name, int tokens)
    {
        if (_byName.TryGetValue(name, out var p)) return p;
        if (tokens == 1)
        {
            if (_bySurname.TryGetValue(name, out p)) return p;
            if (_byGiven.TryGetValue(name, out p)) return p;
        }
        return null;
    }

    private Person LookupOrRegister(string name, int tokens, string? role, int gender)
    {
        var person = Lookup(name, tokens);
        if (person is null)
        {
            person = new Person(name);
            // text that is a run of capitalised words (Title Case, all caps, junk) would register every run as somebody:
            // past MaxPeople a new name is still a person here, but none the session remembers (memory bounded, issue 9 item 7)
            if (_byName.Count >= MaxPeople) return Update(person, name, role, gender);
            _byName[name] = person;
            var parts = name.Split(' ');
            var last = parts.Length - 1;
            while (last > 0 && IsSuffix(parts[last])) last--;
            // Jerry Jr.: a given name with a suffix is no surname
            if (parts.Length > 1 && last > 0)
            {
                if (!_bySurname.ContainsKey(parts[last])) _bySurname[parts[last]] = person;
                if (!_byGiven.ContainsKey(parts[0])) _byGiven[parts[0]] = person;
                // Later mentions may drop a particle-led surname's first part (“ten Hag” → “Hag” is rare; keep the last word).
            }
            else if (!_bySurname.ContainsKey(name))
            {
                _bySurname[name] = person;
            }
        }
        return Update(person, name, role, gender);
    }

    private static Person Update(Person person, string name, string? role, int gender)
    {
        if (person.Role is null && role is not null) person.Role = role;
        if (person.Gender == 0 && gender != 0)
        {
            person.Gender = gender;
            person.GenderFromNameList = QuoteGrammar.GenderFromNameListOnly(name);
        }
        return person;
    }

    private static bool IsSuffix(string w) => w is "Jr." or "Sr." or "Jr" or "Sr" or "II" or "III" or "IV";

    private int LastMentionBefore(long pos)
    {
        int lo = 0, hi = _mentionPos.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (_mentionPos[mid] < pos) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    private Person? ResolvePronoun(string pronoun, long pos) => ResolvePronoun(pronoun, pos, out _);

    /// <summary>
    /// Among the last <see cref="PronounLookBack"/> mentions before <paramref name="pos"/>, the person of
    /// <paramref name="gender"/> mentioned most often; <paramref name="nearest"/> unless another is mentioned more often.
    /// Bounded: at most PronounLookBack² steps.
    /// </summary>
    private Person MostMentioned(Person nearest, int gender, long pos)
    {
        var idx = LastMentionBefore(pos);
        var stop = Math.Max(0, idx - PronounLookBack);
        var best = nearest;
        var bestCount = MentionCount(nearest, idx, stop);
        for (var i = idx; i >= stop; i--)
        {
            var p = _mentionPerson[i];
            if (p is null || ReferenceEquals(p, best) || ReferenceEquals(p, nearest) || ReferenceEquals(p, _anonymous) || p.Gender != gender) continue;
            var count = MentionCount(p, idx, stop);
            if (count > bestCount) { best = p; bestCount = count; }
        }
        return best;
    }

    private int MentionCount(Person person, int from, int stop)
    {
        var n = 0;
        for (var i = from; i >= stop; i--)
        {
            if (ReferenceEquals(_mentionPerson[i], person)) n++;
        }
        return n;
    }

    /// <summary>As <see cref="ResolvePronoun(string, long)"/>, also giving the paragraph of the mention found (-1 when none).</summary>
    private Person? ResolvePronoun(string pronoun, long pos, out int mentionPara)
    {
        mentionPara = -1;
        var idx = LastMentionBefore(pos);
        var stop = Math.Max(0, idx - PronounLookBack);
        // a person whose gender only the long given-name list told (it has errors): taken when nobody else fits
        Person? listedOtherwise = null;
        // Quadrant announced …: a one-word name of unknown gender and no role may be a company; he or she means it only
        // when nobody else fits (animacy)
        Person? maybeOrganisation = null;
        var maybeSameParagraph = false;
        for (var i = idx; i >= stop; i--)
        {
            var person = _mentionPerson[i];
            if (person is null)
            {
                if (pronoun == "they") return null;
                continue;
            }
            if (pronoun == "he" && person.Gender == 2 || pronoun == "she" && person.Gender == 1)
            {
                if (listedOtherwise is null && person.GenderFromNameList && (int)(_mentionPos[i] >> 32) == (int)(pos >> 32)) listedOtherwise = person;
                continue;
            }
            // (a one-word name passed over above in the pronoun's own paragraph is still nearer than an unnamed person before it)
            if (ReferenceEquals(person, _anonymous)) return pronoun == "they" ? null : maybeSameParagraph ? maybeOrganisation : person;
            if (person.Gender == 0 && person.Role is null && pronoun != "they" && person.Name.IndexOf(' ') < 0)
            {
                if (maybeOrganisation is null) maybeSameParagraph = (int)(_mentionPos[i] >> 32) == (int)(pos >> 32);
                maybeOrganisation ??= person;
                continue;
            }
            if (person.Gender == 0 && pronoun != "they") person.Gender = pronoun == "he" ? 1 : 2;
            mentionPara = (int)(_mentionPos[i] >> 32);
            return person;
        }
        if (listedOtherwise is null && maybeOrganisation is not null) maybeOrganisation.Gender = pronoun == "he" ? 1 : 2;
        return listedOtherwise ?? maybeOrganisation;
    }

    private Person? ResolveRole(string? role, long pos)
    {
        if (role is null) return null;
        // another student, a spokesman: an indefinite role is somebody not named, not the last person with that role
        var sp0 = role.IndexOf(' ');
        if (sp0 > 0 && QuoteLexicons.IndefiniteSubjects.Contains(role.AsSpan(0, sp0))) return null;
        var sp = role.LastIndexOf(' ');
        var head = sp < 0 ? role : role.Substring(sp + 1);
        if (head.Length < 3) return null;
        var idx = LastMentionBefore(pos);
        var stop = Math.Max(0, idx - PronounLookBack);
        for (var i = idx; i >= stop; i--)
        {
            var person = _mentionPerson[i];
            if (person?.Role is null) continue;
            if (ContainsWord(person.Role, head)) return person;
        }
        // the president-elect said: the person given that role next to their name, even where that was no subject
        // (President-elect Jo Roe’s team announced …); bounded like the mentions
        int lo = 0, hi = _roleHolderPos.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (_roleHolderPos[mid] < pos) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        for (var i = found; i >= 0 && i > found - PronounLookBack; i--)
        {
            if (_roleHolder[i].Role is { } r && ContainsWord(r, head)) return _roleHolder[i];
        }
        return null;
    }

    private static bool ContainsWord(string text, string word)
    {
        var at = 0;
        while (true)
        {
            var i = text.IndexOf(word, at, StringComparison.OrdinalIgnoreCase);
            if (i < 0) return false;
            var before = i == 0 || !char.IsLetter(text[i - 1]);
            var after = i + word.Length >= text.Length || !char.IsLetter(text[i + word.Length]);
            if (before && after) return true;
            at = i + 1;
        }
    }
}

/// <summary>Maps offsets in a paragraph's normalised text to offsets in the document text, walking both forwards.</summary>
internal sealed class OffsetMapper
{
    private string _source = string.Empty;
    private ParagraphText _text;
    private int _base;
    private bool _direct;

    private int _i;
    private int _j;

    public OffsetMapper(ArticleDocument document, Paragraph paragraph, ParagraphText text) => Reset(document, paragraph, text);

    /// <summary>
    /// Back to a new mapper's state for another paragraph, as the constructor leaves it: a session keeps one mapper for
    /// all its paragraphs (issue 13 item 2). Every field is set here.
    /// </summary>
    public void Reset(ArticleDocument document, Paragraph paragraph, ParagraphText text)
    {
        _source = document.Text;
        _text = text;
        _i = 0;
        var span = paragraph.Span;
        // A reader that transformed its input (HTML) gives spans into the input: map the start back into the text.
        var start = document.SourceMap is { } map ? map.ToTextOffset(span.Start) : span.Start;
        _base = Math.Max(0, Math.Min(start, _source.Length));
        _direct = start >= 0 && start + _text.Length <= _source.Length &&
                  _source.AsSpan(start, _text.Length).SequenceEqual(_text.AsSpan());
        _j = _base;
    }

    public int Map(int offset)
    {
        if (_direct) return _base + offset;
        if (offset < _i)
        {
            _i = 0;
            _j = _base;
        }
        while (_i < offset && _i < _text.Length)
        {
            if (_j >= _source.Length) return _source.Length;
            var a = _text[_i];
            var b = _source[_j];
            if (a == b) { _i++; _j++; }
            else if (WhiteSpace.IsWhite(b)) _j++;
            else if (WhiteSpace.IsWhite(a)) _i++;
            else { _i++; _j++; }
        }
        if (_i < _text.Length && !WhiteSpace.IsWhite(_text[_i]))
        {
            while (_j < _source.Length && _source[_j] != _text[_i] && WhiteSpace.IsWhite(_source[_j])) _j++;
        }
        return Math.Min(_j, _source.Length);
    }
}
