using System;
using System.Collections.Generic;

namespace ArticleModel.Quotes;

internal enum NpKind : byte { None, Name, Pronoun, RoleOnly, Org, Group, Common }

/// <summary>A noun phrase that may name a speaker.</summary>
internal struct NounPhrase
{
    public NpKind Kind;

    // The name: a string, or where its characters are in the paragraph's buffer, made a string only when read. Most
    // phrases are candidates that are dropped unread (on Title Case prose those names were half of the extraction's
    // garbage, issue 9 item 7). The buffer is reused for the next paragraph: a phrase kept past its paragraph must be
    // pinned first (Pin).
    private string? _name;
    private char[]? _nameChars;
    private int _nameStart;
    private int _nameLength;

    /// <summary>The name (built anew on each read until pinned), or null.</summary>
    public string? Name
    {
        readonly get => _name ?? (_nameChars is null ? null : new string(_nameChars, _nameStart, _nameLength));
        set
        {
            _name = value;
            _nameChars = null;
        }
    }

    /// <summary>True when the phrase has a name (reading <see cref="Name"/> would build it).</summary>
    public readonly bool HasName => _name is not null || _nameChars is not null;

    /// <summary>Sets the name to the <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>, without copying them.</summary>
    public void SetName(ParagraphText text, int start, int length)
    {
        _name = null;
        _nameChars = text.Buffer;
        _nameStart = start;
        _nameLength = length;
    }

    /// <summary>Makes the name a string, so the phrase can outlive its paragraph's buffer and be read often for free.</summary>
    public void Pin()
    {
        if (_nameChars is null) return;
        _name = new string(_nameChars, _nameStart, _nameLength);
        _nameChars = null;
    }

    public string? Role;
    public int Gender;    // 0 unknown, 1 male, 2 female
    public int Start;     // first token
    public int Token;     // token that stands for the phrase (for recency)
    public string? Pronoun;
    public int NameTokens;

    public readonly bool Found => Kind != NpKind.None;
}

/// <summary>How a quote is attributed: the speaker phrase and the relay, if any.</summary>
internal struct Attribution
{
    public NounPhrase Subject;
    public string? Source;
    public readonly bool Found => Subject.Found;

    /// <summary>Makes the subject's name a string (<see cref="NounPhrase.Pin"/>), to keep the attribution past its paragraph.</summary>
    public void Pin() => Subject.Pin();
}

/// <summary>
/// The grammar of attributions over one paragraph's tokens: noun phrases (names with titles and appositives,
/// pronouns, roles), speech verbs, <c>according to</c>. Every scan is bounded by a small window, so the whole
/// paragraph is analysed in linear time.
/// </summary>
internal sealed class QuoteGrammar
{
    private const int VerbWindow = 18;

    /// <summary>
    /// The most tokens a name-and-title region may span (<c>Former Deputy Prime Minister Jean-Pierre de la Tour</c> is
    /// 8). Every scan over capitalised words stops here, so a run of Title Case or ALL CAPS prose costs a constant
    /// per quote instead of its own length.
    /// </summary>
    internal const int MaxRegion = 16;

    /// <summary>How far <c>according to X</c> is looked for around a speech verb, in tokens each way.</summary>
    internal const int SourceWindow = 20;

    // Set by Reset for each paragraph: a session keeps one grammar for all its paragraphs (issue 13 item 2).
    public ParagraphText S { get; private set; }
    public PieceCounts PiecesBefore { get; private set; }

    /// <summary>Work done by the bounded scans (loop iterations), for the linear-time regression tests.</summary>
    internal long Steps;
    public TokenList T { get; private set; }

    // Sentence starts and pieces: int arrays for a paragraph of one token block, bit sets beyond (memory a fraction of a
    // byte per token however long the paragraph).
    public SentenceStarts SentStart { get; private set; }
    public SentenceEnds SentEnd { get; private set; }

    /// <param name="s">The paragraph text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="pieces">Its quoted pieces.</param>
    /// <param name="bitSets">Bit sets even for a short paragraph (the tests compare both ways).</param>
    /// <param name="buffers">A session's reusable arrays for a short paragraph; null allocates new ones.</param>
    public QuoteGrammar(ParagraphText s, TokenList tokens, List<QuotePiece> pieces, bool bitSets = false, ParagraphBuffers? buffers = null)
    {
        T = tokens;
        Reset(s, tokens, pieces, bitSets, buffers);
    }

    /// <summary>
    /// Back to a new grammar's state for another paragraph, as the constructor with the same arguments leaves it
    /// (every field is set here; <see cref="Steps"/> starts again from 0).
    /// </summary>
    public void Reset(ParagraphText s, TokenList tokens, List<QuotePiece> pieces, bool bitSets = false, ParagraphBuffers? buffers = null)
    {
        S = s;
        T = tokens;
        Steps = 0;
        if (tokens.Count <= TokenList.BlockSize && !bitSets)
        {
            // A paragraph of one block (nearly every real one): plain arrays, a few KB at most, read fastest.
            int[] sentStart, sentEnd, piecesBefore;
            if (buffers is not null) buffers.RentSentenceArrays(tokens.Count, out sentStart, out sentEnd, out piecesBefore);
            else
            {
                sentStart = new int[tokens.Count];
                sentEnd = new int[tokens.Count];
                piecesBefore = new int[tokens.Count + 1];
            }
            SentStart = new SentenceStarts(null, sentStart, tokens.Count);
            SentEnd = new SentenceEnds(null, sentEnd, tokens.Count);
            PiecesBefore = new PieceCounts(null, piecesBefore, tokens.Count + 1);
            for (var i = 0; i < tokens.Count; i++) piecesBefore[i + 1] = piecesBefore[i] + (tokens[i].Kind == TokenKind.Piece ? 1 : 0);
            var cur = 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                sentStart[i] = cur;
                if (EndsSentence(i, pieces)) cur = i + 1;
            }
            var end = tokens.Count - 1;
            for (var i = tokens.Count - 1; i >= 0; i--)
            {
                if (i < tokens.Count - 1 && sentStart[i + 1] == i + 1) end = i;
                sentEnd[i] = end;
            }
            return;
        }
        // A longer one: bit sets, a fraction of a byte per token, however long the paragraph.
        var starts = new TokenSet(tokens.Count);
        var pieceTokens = new TokenSet(tokens.Count);
        SentStart = new SentenceStarts(starts, null);
        SentEnd = new SentenceEnds(starts, null);
        if (tokens.Count > 0) starts.Add(0);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Piece) pieceTokens.Add(i);
            // EndsSentence looks ahead (ParseTail) where starts are not known yet: it reads them as 0, as it reads the
            // unfilled array entries above, so the sentences come out the same either way.
            starts.KnownThrough = i;
            if (EndsSentence(i, pieces) && i + 1 < tokens.Count) starts.Add(i + 1);
        }
        starts.Seal();
        pieceTokens.Seal();
        PiecesBefore = new PieceCounts(pieceTokens, null);
    }

    public int Count => T.Count;

    public ReadOnlySpan<char> Span(int i)
    {
        ref readonly var t = ref T[i];
        return S.AsSpan(t.Start, t.End - t.Start);
    }

    public bool IsWord(int i) => (uint)i < (uint)T.Count && T[i].Kind == TokenKind.Word;

    public bool IsPunct(int i, char c) => (uint)i < (uint)T.Count && T[i].Kind == TokenKind.Punct && S[T[i].Start] == c;

    public bool IsPiece(int i) => (uint)i < (uint)T.Count && T[i].Kind == TokenKind.Piece;

    public bool Is(int i, string word) => IsWord(i) && Span(i).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase);

    public bool In(int i, Lexicon lexicon) => IsWord(i) && lexicon.Contains(Span(i));

    public bool IsCap(int i) => IsWord(i) && T[i].Cap;

    public string Text(int from, int toInclusive) => S.Substring(T[from].Start, T[toInclusive].End - T[from].Start);

    /// <summary><paramref name="np"/> named by tokens [<paramref name="from"/>, <paramref name="toInclusive"/>], less <paramref name="cut"/> characters at the end; no string is made until the name is read.</summary>
    private NounPhrase Named(NounPhrase np, int from, int toInclusive, int cut = 0)
    {
        np.SetName(S, T[from].Start, T[toInclusive].End - cut - T[from].Start);
        return np;
    }

    /// <summary><c>he</c>, <c>she</c>, <c>they</c> for a pronoun written in any ASCII case, without a new string; anything else lower-cased.</summary>
    private static string LowerPronoun(ReadOnlySpan<char> w)
    {
        if (IsAsciiLower(w, "he")) return "he";
        if (IsAsciiLower(w, "she")) return "she";
        if (IsAsciiLower(w, "they")) return "they";
        return w.ToString().ToLowerInvariant();
    }

    private static bool IsAsciiLower(ReadOnlySpan<char> w, string lower)
    {
        if (w.Length != lower.Length) return false;
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            if (c != lower[i] && c != char.ToUpperInvariant(lower[i])) return false;
        }
        return true;
    }

    private bool IsClauseStop(int i) =>
        (uint)i >= (uint)T.Count || T[i].Kind == TokenKind.Piece ||
        (T[i].Kind == TokenKind.Punct && S[T[i].Start] is '.' or '!' or '?' or ';' or '\u2026');

    private bool EndsSentence(int i, List<QuotePiece> pieces)
    {
        var t = T[i];
        if (t.Kind == TokenKind.Punct)
        {
            var c = S[t.Start];
            // Rep. Jo Roe, Md., the …: a full stop right before a comma ends an abbreviation, not the sentence
            if (c == '.' && IsPunct(i + 1, ',')) return false;
            if (c is '.' or '!' or '?') return true;
            if (c == '\u2026') return IsCap(i + 1);
            return false;
        }
        // … chief executive of Acme Corp. “We will hire”: an abbreviation's full stop before a quote opening a sentence
        if (t.Kind == TokenKind.Word && S[t.End - 1] == '.' && IsPiece(i + 1))
        {
            var next = pieces[T[i + 1].Piece];
            var c0 = next.ContentStart;
            while (c0 < next.ContentEnd && !char.IsLetterOrDigit(S[c0])) c0++;
            return c0 < next.ContentEnd && char.IsUpper(S[c0]);
        }
        if (t.Kind != TokenKind.Piece) return false;
        var p = pieces[t.Piece];
        if (!p.Closed) return true;
        if (!EndsWithTerminal(p)) return false;
        if (i + 1 >= T.Count || IsPiece(i + 1)) return true;
        if (!IsWord(i + 1) || !T[i + 1].Cap) return false;
        return !ParseTail(i + 1, out _, allowSkip: false);
    }

    public bool EndsWithTerminal(QuotePiece p)
    {
        var j = p.ContentEnd - 1;
        while (j >= p.ContentStart && (WhiteSpace.IsWhite(S[j]) || S[j] is '\u2019' or '\u201D' or '\'' or '"')) j--;
        return j >= p.ContentStart && S[j] is '.' or '!' or '?' or '\u2026';
    }

    // ---- verbs ----------------------------------------------------------------------------------------------

    public bool IsSpeechVerb(int i)
    {
        if (!IsWord(i) || T[i].Cap && i != SentStart[i]) return false;
        var w = Span(i);
        if (!QuoteLexicons.SpeechVerbs.Contains(w)) return false;
        // did not respond to a request for comment, would never say: a negated verb attributes nothing
        if (Is(i - 1, "not") || Is(i - 1, "never") || IsWord(i - 1) && (Span(i - 1).EndsWith("n't".AsSpan(), StringComparison.OrdinalIgnoreCase) ||
                                                                        Span(i - 1).EndsWith("n\u2019t".AsSpan(), StringComparison.OrdinalIgnoreCase))) return false;
        if (w.Equals("put".AsSpan(), StringComparison.OrdinalIgnoreCase) || w.Equals("puts".AsSpan(), StringComparison.OrdinalIgnoreCase)) return Is(i + 1, "it");
        if (w.StartsWith("point".AsSpan(), StringComparison.OrdinalIgnoreCase)) return Is(i + 1, "out");
        if (w.StartsWith("weigh".AsSpan(), StringComparison.OrdinalIgnoreCase) || w.StartsWith("chime".AsSpan(), StringComparison.OrdinalIgnoreCase)) return Is(i + 1, "in");
        // a post, the report: nouns unless a subject stands right before them
        if ((w.StartsWith("post".AsSpan(), StringComparison.OrdinalIgnoreCase) || w.StartsWith("report".AsSpan(), StringComparison.OrdinalIgnoreCase) ||
             w.StartsWith("tweet".AsSpan(), StringComparison.OrdinalIgnoreCase)) && In(i - 1, QuoteLexicons.Determiners)) return false;
        // in a morning tweet, a new report: the bare noun after a determiner and one modifier
        if ((w.Equals("tweet".AsSpan(), StringComparison.OrdinalIgnoreCase) || w.Equals("post".AsSpan(), StringComparison.OrdinalIgnoreCase) ||
             w.Equals("report".AsSpan(), StringComparison.OrdinalIgnoreCase)) && IsWord(i - 1) && !T[i - 1].Cap && In(i - 2, QuoteLexicons.Determiners)) return false;
        return true;
    }

    /// <summary><c>told</c>, <c>urged</c>: speech verbs whose following name is the listener, not the speaker.</summary>
    public bool IsObjectVerb(int i) => In(i, QuoteLexicons.ObjectSpeechVerbs);

    /// <summary>
    /// <c>Middletown, Connecticut</c>, <c>University of California, Berkeley</c>, <c>Jason Chaffetz, R-Utah</c>: one or
    /// two capitalised words right after a name and a comma, not starting with a given name, name a place or party.
    /// </summary>
    public bool IsPlaceAfterName(int start, int end)
    {
        if (end - start > 1 || !IsPunct(start - 1, ',') || !IsNameWord(start - 2)) return false;
        // …on Nigeria, SBM Intel, a Lagos firm, says: an appositive after it describes a speaker, not a place
        if (IsPunct(end + 1, ',') && In(end + 2, QuoteLexicons.Determiners)) return false;
        // Writing in Slate, Fred Kaplan analyzed …: a two-word run whose first word is a given name (the long list too), or
        // that a past-tense or speech verb follows, is a person
        if (end > start && (GivenNames.Male.Contains(Span(start)) || GivenNames.Female.Contains(Span(start)) ||
                            IsWord(end + 1) && !T[end + 1].Cap && (IsSpeechVerb(end + 1) || IsCharacterizationVerb(end + 1) ||
                                                                   Span(end + 1).EndsWith("ed".AsSpan(), StringComparison.Ordinal)))) return false;
        return !QuoteLexicons.MaleNames.Contains(Span(start)) && !QuoteLexicons.FemaleNames.Contains(Span(start));
    }

    /// <summary>A name that cannot be a verb's subject: a place after a name and comma, or a preposition's object.</summary>
    private bool IsNotSubject(int start, int end) =>
        IsPlaceAfterName(start, end) || IsWord(start - 1) && !T[start - 1].Cap && SubjectlessPrepositions.Contains(Span(start - 1)) && !Is(start - 2, "according");

    public bool IsCharacterizationVerb(int i) => IsWord(i) && !T[i].Cap && QuoteLexicons.CharacterizationVerbs.Contains(Span(i));

    // ---- tail: “…,” X said / said X / according to X -------------------------------------------------------

    /// <summary>Parses an attribution that starts at token <paramref name="k"/> (just after a closing mark).</summary>
    public bool ParseTail(int k, out Attribution attribution, bool allowSkip = true)
    {
        attribution = default;
        if (allowSkip && k < T.Count && T[k].Kind == TokenKind.Punct && S[T[k].Start] is ',' or '\u2014' or '\u2013' or '-' or ':') k++;
        // “…,” [Bruck] said: a name the writer put in brackets
        if (IsPunct(k, '[') && IsPunct(k + 2, ']') || IsPunct(k, '[') && IsPunct(k + 3, ']'))
        {
            var close = IsPunct(k + 2, ']') ? k + 2 : k + 3;
            var inner = ParseForward(k + 1);
            if (inner.Kind is NpKind.Name or NpKind.Pronoun && inner.Token == close - 1 && IsSpeechVerb(close + 1) && !IsObjectVerb(close + 1))
            {
                attribution.Subject = inner;
                return true;
            }
            return false;
        }
        if (!IsWord(k)) return false;
        // “…,” as NPR’s Jo Roe reported: the clause after “as” attributes like one without it
        if (allowSkip && Is(k, "as") && !T[k].Cap && (IsCap(k + 1) || Is(k + 1, "the") || In(k + 1, QuoteLexicons.Pronouns)) && !IsSpeechVerb(k + 1)) k++;
        if (Is(k, "according") && Is(k + 1, "to"))
        {
            var np = ParseSource(k + 2);
            if (!np.Found) return false;
            if (np.Kind == NpKind.Name || np.Kind == NpKind.Pronoun) attribution.Subject = np;
            else return false;
            return true;
        }
        if (IsSpeechVerb(k))
        {
            var np = ParseForward(k + 1);
            if (np.Kind is NpKind.RoleOnly or NpKind.Common && RoleThenName(k + 1) is { Found: true } roleThenName) np = roleThenName;
            if (!np.Found || np.Kind == NpKind.Common && np.Role is null)
            {
                // said branch manager Colin Ashby: lower-case words in front of the title belong to the role
                for (var skip = 1; skip <= 3 && !(np.Found && np.Kind == NpKind.Name); skip++)
                {
                    var inner = ParseForward(k + 1 + skip);
                    if (!inner.Found || inner.Kind != NpKind.Name || !IsCompoundRolePrefix(k + 1, inner.Start)) continue;
                    inner.Role = Text(k + 1, inner.Start - 1) + (inner.Role is null ? "" : " " + inner.Role);
                    inner.Start = k + 1;
                    np = inner;
                }
            }
            if (!np.Found || np.Kind == NpKind.Common && np.Role is null) return false;
            attribution.Subject = np;
            attribution.Source = FindSource(k, k + 1);
            return true;
        }
        var limit = Math.Min(T.Count, k + VerbWindow);
        // “…,” Jo Roe, PhD student in Classical Archaeology at the University of Tolva and leader of the dig, said: a name,
        // then an appositive too long for the window below, then the verb
        if (LongAppositiveSpeaker(k) is { Found: true } described)
        {
            attribution.Subject = described;
            return true;
        }
        for (var v = k + 1; v < limit; v++)
        {
            Steps++;
            if (IsClauseStop(v)) break;
            if (!IsSpeechVerb(v)) continue;
            var np = ParseBackward(v - 1, k);
            if (np.Found && np.Start > k && IsCompoundRolePrefix(k, np.Start))
            {
                // port authority director Kostas Marinos said: lower-case words in front of the role belong to it
                if (np.Role is not null || np.Kind == NpKind.Name) np.Role = Text(k, np.Start - 1) + (np.Role is null ? "" : " " + np.Role);
                np.Start = k;
            }
            // investment banker Jo Roe said: lower-case words naming what the person is, in front of the name
            if (np.Kind == NpKind.Name && np.NameTokens >= 2 && np.Start > k && np.Role is null && IsLowerCaseRole(k, np.Start))
            {
                np.Role = Text(k, np.Start - 1);
                np.Start = k;
            }
            // Voss’s brother Anton told me, her sister Mara said: a relative named after a possessive speaks, the kinship is the role
            if (np.Kind == NpKind.Name && np.Start == k + 2 && np.Role is null && In(k + 1, QuoteLexicons.KinNouns) && !T[k + 1].Cap &&
                (EndsPossessive(k) || In(k, QuoteLexicons.PossessiveDeterminers)))
            {
                np.Role = Text(k, k + 1);
                np.Start = k;
                if (np.Gender == 0) np.Gender = QuoteLexicons.MaleRoleNouns.Contains(Span(k + 1)) ? 1 : QuoteLexicons.FemaleRoleNouns.Contains(Span(k + 1)) ? 2 : 0;
            }
            if (np.Found && np.Start == k)
            {
                // Energoatam wrote that Vasiliev added: the speaker of the reported clause said the quote
                if (Is(v + 1, "that") && ParseForward(v + 2) is { Kind: NpKind.Name } reported && IsSpeechVerb(reported.Token + 1)) np = reported;
                // she recalls him saying, Jo Roe recalled Voss saying: the one recalled saying it is the speaker
                else if (HeardSaying(v + 1) is { Found: true } heard) np = heard;
                attribution.Subject = np;
                attribution.Source = FindSource(v, v + 1);
                return true;
            }
        }
        return IndefiniteDescriptorTail(k, out attribution);
    }

    /// <summary>
    /// <c>the director of records, Greta Sollen,</c>: token <paramref name="start"/> follows a comma that ends a phrase
    /// whose role word (a title, lower case) is at most four words back. Bounded.
    /// </summary>
    public bool RoleEndsBefore(int start)
    {
        if (!IsPunct(start - 1, ',')) return false;
        for (var t = start - 2; t >= 0 && t >= start - 5; t--)
        {
            if (!IsWord(t)) return false;
            if (!T[t].Cap && QuoteLexicons.Titles.Contains(Span(t))) return true;
        }
        return false;
    }

    /// <summary>
    /// “…,” a Harbour Lines anchor said / one Tarrow Shipping executive told me: an unnamed person described by
    /// capitalised words and a lower-case head noun is the speaker (not named: the speaker stays empty and the
    /// description is the role), so neither the sentence before nor the next quote lends the quote a speaker.
    /// </summary>
    private bool IndefiniteDescriptorTail(int k, out Attribution attribution)
    {
        attribution = default;
        // lower case: the attribution runs on from the quote (“…,” a …); An Iowa voter answered … opens a new sentence
        if (!In(k, QuoteLexicons.IndefiniteSubjects) || T[k].Cap) return false;
        var limit = Math.Min(T.Count, k + 8);
        for (var v = k + 2; v < limit; v++)
        {
            Steps++;
            if (!IsWord(v)) return false;
            if (!IsSpeechVerb(v)) continue;
            // the head noun right before the verb is a lower-case word (anchor, executive), not a name or a verb form
            var head = v - 1;
            while (head > k + 1 && In(head, QuoteLexicons.Auxiliaries)) head--; // a Fox anchor later said
            if (T[head].Cap || In(head, QuoteLexicons.Auxiliaries) || IsSpeechVerb(head) || Span(head).EndsWith("ly".AsSpan(), StringComparison.Ordinal)) return false;
            attribution.Subject = new NounPhrase { Kind = NpKind.Common, Role = Text(k, head), Start = k, Token = head };
            return true;
        }
        return false;
    }

    // ---- lead: X said: “…” -----------------------------------------------------------------------------------

    /// <summary>Parses an attribution in the same sentence before the quote at token <paramref name="p"/>.</summary>
    public bool ParseLead(int p, out Attribution attribution, out bool introduced)
    {
        attribution = default;
        introduced = false;
        var ss = SentStart[p];
        var j = p - 1;
        if (j < ss) return false;
        var colon = IsPunct(j, ':');
        var comma = IsPunct(j, ',');
        if (colon || comma) j--;
        if (Is(j, "that")) j--;
        // She remembers Voss’s reply: “…”: whose reply, answer or words the colon introduces speaks
        if (colon && In(j, ReplyNouns) && StatementOwner(j, ss) is { Found: true } replier)
        {
            attribution.Subject = replier;
            introduced = true;
            return true;
        }
        var min = Math.Max(ss, j - 24);
        var unnamedSource = false;
        for (var v = j; v >= min; v--)
        {
            Steps++;
            if (IsPiece(v)) break;
            // Jo Roe left, telling her friends, “…”; she was filmed telling the crowd, “…”: a speech participle with a short
            // lower-case object before the comma or colon hangs on the passive verb's subject or the sentence's subject
            if (v < j && (comma || colon) && !T[v].Cap && In(v, SpeechParticiples) && j - v <= 6 && IsLowerCaseRun(v + 1, j) &&
                ParticipleOwner(v, ss) is { Found: true } owner)
            {
                attribution.Subject = owner;
                attribution.Source = FindSource(v, ss);
                introduced = true;
                return true;
            }
            if (IsSpeechVerb(v) || v == j && (comma || colon) && In(v, SpeechParticiples))
            {
                var np = ParseBackward(v - 1, ss);
                if (!np.Found && v == ss) np = ParseForward(v + 1);
                // After losing that bid, says Jones, “…”: the verb before its subject, right before the quote
                if (!np.Found && (comma || colon) && ParseForward(v + 1) is { Kind: NpKind.Name or NpKind.Pronoun } inverted && inverted.Token == j && !IsObjectVerb(v))
                    np = inverted;
                // Jo Roe issued a statement, saying, “…”; Jo Roe spoke to reporters, saying: “…”: a participle with no subject
                // of its own (a comma, after, while … before it) hangs on the sentence's subject — a name of two words or more,
                // or one after an opening phrase, with no other named clause between
                if (!np.Found && !T[v].Cap && Span(v).EndsWith("ing".AsSpan(), StringComparison.Ordinal) && StartsParticiplePhrase(v) &&
                    ParseSubject(ss) is { Kind: NpKind.Name or NpKind.Pronoun } participleSubject &&
                    (participleSubject.Kind != NpKind.Name || participleSubject.NameTokens >= 2 || participleSubject.Start != ss) &&
                    !HasNamedClauseBetween(participleSubject.Token + 1, v))
                    np = participleSubject;
                if (np.Found)
                {
                    attribution.Subject = np;
                    attribution.Source = FindSource(v, ss);
                    introduced = colon || comma || v >= j - 1;
                    return true;
                }
            }
            if (Is(v, "according") && Is(v + 1, "to"))
            {
                var np = ParseSource(v + 2);
                if (np.Kind is NpKind.Name or NpKind.Pronoun)
                {
                    attribution.Subject = np;
                    introduced = colon || comma;
                    return true;
                }
                unnamedSource = true;
            }
        }
        if (colon && HeadingSource(p - 2, ss) is { Found: true } heading)
        {
            // TRUMP SPAC — WSJ’s Jo Roe: “…”, AP: “…”: a source named alone before the colon (opening the sentence or after a dash)
            attribution.Subject = heading;
            introduced = true;
            return true;
        }
        // According to a former aide, Roe kept two diaries: “…”: the account, and the quote it introduces, come from the
        // unnamed source, not from the sentence's subject
        if (colon && !unnamedSource)
        {
            // Here, Jerry picks up the story: “…”
            var np = ParseSubject(ss);
            if (np.Kind is NpKind.Name or NpKind.Pronoun)
            {
                attribution.Subject = np;
                introduced = true;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The subject opening the sentence at <paramref name="ss"/>: a name or pronoun, after a connective (<c>But Jerry
    /// was …</c>) or a short opening phrase and a comma (<c>As a boy, Gosling was …</c>, <c>Here, Jerry picks up …</c>).
    /// Looks at most <see cref="OpeningPhrase"/> tokens ahead.
    /// </summary>
    public NounPhrase ParseSubject(int ss)
    {
        var np = ParseForward(ss);
        if (np.Kind is NpKind.Name or NpKind.Pronoun || !IsWord(ss)) return np;
        var k = ss;
        if (In(k, QuoteLexicons.SentenceConnectives))
        {
            k++;
            if (IsPunct(k, ',')) k++;
            np = ParseForward(k);
            if (np.Kind is NpKind.Name or NpKind.Pronoun && !EndsPossessive(np.Token)) return np;
        }
        var limit = Math.Min(T.Count - 1, ss + OpeningPhrase);
        k = -1;
        for (var c = ss + 1; c <= limit; c++)
        {
            Steps++;
            if (IsPunct(c, ',')) { k = c + 1; break; }
            if (!IsWord(c) || IsSpeechVerb(c) || IsCharacterizationVerb(c)) return default;
        }
        if (k < 0 || !IsWord(k)) return default;
        np = ParseForward(k);
        if (np.Kind == NpKind.Pronoun) return np;
        if (np.Kind != NpKind.Name || EndsPossessive(np.Token)) return default;
        // the name must be followed by its verb (or an aside), not be the start of a list or a place
        var after = np.Token + 1;
        if (IsPunct(after, '\u2014') || IsPunct(after, ',')) return np;
        return IsWord(after) && !T[after].Cap && !QuoteLexicons.Determiners.Contains(Span(after)) && !Prepositions.Contains(Span(after)) && !Is(after, "and") ? np : default;
    }

    /// <summary>
    /// <c>HEADING — WSJ’s Jo Roe: “…”</c>, <c>AP: “…”</c>: a name or organisation ending at <paramref name="j"/> (just before a
    /// colon) that makes up the whole clause: it opens the sentence or follows a dash. Not one of several names
    /// (<c>… Reynolds and Jo Roe:</c>) and not an object (<c>The message from Washington:</c>).
    /// </summary>
    private NounPhrase HeadingSource(int j, int ss)
    {
        if (j < ss || !IsCap(j)) return default;
        var np = ParseBackward(j, ss);
        if (np.Kind is not (NpKind.Name or NpKind.Org) || np.Token != j) return default;
        var before = np.Start - 1;
        if (np.Start == ss || IsPunct(before, '\u2014') || IsPunct(before, '\u2013') || IsPunct(before, '-')) return np;
        return default;
    }

    /// <summary>
    /// <c>…, former Fed Vice Chair Jo Roe said.</c>: the speaker of the sentence ending at token <paramref name="end"/> when it
    /// ends in a speech verb (a time word may follow: <c>said Monday</c>); else nothing. Looks at three tokens.
    /// </summary>
    public NounPhrase EndingSpeaker(int end)
    {
        if (!IsPunct(end, '.')) return default;
        var ss = SentStart[end];
        var v = end - 1;
        if (IsWord(v) && !IsSpeechVerb(v) && (QuoteLexicons.NonNameWords.Contains(Span(v)) && IsCap(v) || Is(v, "today") || Is(v, "yesterday"))) v--;
        if (v <= ss || !IsSpeechVerb(v) || IsObjectVerb(v)) return default;
        var np = ParseBackward(v - 1, ss);
        return np.Kind is NpKind.Name or NpKind.Pronoun or NpKind.Org ? np : default;
    }

    /// <summary>
    /// <c>“A” that money in taxes, he said.</c>: the quote at <paramref name="p"/> opens its sentence, the reporter's words
    /// run on after it in lower case, and the sentence ends with <c>, he said</c> (a time word may follow). Returns the
    /// speaker, or nothing. Looks at most 30 tokens ahead.
    /// </summary>
    public NounPhrase RunsOnToAttribution(int p)
    {
        if (!IsWord(p + 1) || T[p + 1].Cap || IsSpeechVerb(p + 1)) return default;
        var end = SentEnd[p];
        if (end - p > 30 || !IsPunct(end, '.')) return default;
        var speaker = EndingSpeaker(end);
        return speaker.Kind is NpKind.Name or NpKind.Pronoun && IsPunct(speaker.Start - 1, ',') && speaker.Start - 1 > p + 1 ? speaker : default;
    }

    /// <summary>
    /// <c>“And that”—taking a lineman …—“was right …”</c>: between the pieces at <paramref name="a"/> and <paramref name="b"/>
    /// only an aside set off by two dashes (at most 30 tokens, no sentence end).
    /// </summary>
    public bool IsDashAside(int a, int b)
    {
        if (b - a < 3 || b - a > 32 || !IsDash(a + 1) || !IsDash(b - 1)) return false;
        for (var t = a + 2; t < b - 1; t++)
        {
            if (IsPiece(t) || IsClauseStop(t) || IsDash(t)) return false;
        }
        return true;
    }

    private bool IsDash(int i) => IsPunct(i, '\u2014') || IsPunct(i, '\u2013') || IsPunct(i, '-');

    /// <summary>
    /// The name at <paramref name="k"/> followed by a comma, an aside of up to 40 tokens (no sentence end, no quote, no
    /// speech verb) closed by a comma, and a speech verb: the name, with the aside as its role; else nothing.
    /// </summary>
    private NounPhrase LongAppositiveSpeaker(int k)
    {
        if (!IsCap(k) || !StartsRegionAt(k)) return default;
        var np = ParseRegion(k, out var end);
        if (np.Kind != NpKind.Name || np.NameTokens < 2 || !IsPunct(end + 1, ',') || !IsWord(end + 2)) return default;
        var c = end + 2;
        var limit = Math.Min(T.Count - 1, end + 42);
        while (c < limit && !IsPunct(c, ','))
        {
            Steps++;
            if (IsClauseStop(c) || IsSpeechVerb(c) || Is(c, "who") || Is(c, "which")) return default;
            c++;
        }
        if (!IsPunct(c, ',') || c - end - 2 <= 14) return default;
        var v = c + 1;
        if (IsWord(v) && !T[v].Cap && Span(v).EndsWith("ly".AsSpan(), StringComparison.Ordinal)) v++;
        if (!IsSpeechVerb(v) || IsObjectVerb(v)) return default;
        np.Role ??= Text(end + 2, c - 1);
        return np;
    }

    private static readonly Lexicon WordsNouns = new("words", "remarks", "comments", "comment", "remark", "statement", "message", "warning", "quote", "plea");

    /// <summary>
    /// <c>“…” The words came from Mayor Jo Roe.</c>: the sentence at <paramref name="k"/> says whose the quote before it was;
    /// returns that name or organisation, or nothing. Looks at six tokens.
    /// </summary>
    public NounPhrase WordsCameFrom(int k)
    {
        if (!In(k, QuoteLexicons.Determiners) || !In(k + 1, WordsNouns)) return default;
        var v = k + 2;
        if (!(Is(v, "came") || Is(v, "come") || Is(v, "were") || Is(v, "was"))) return default;
        if (!Is(v + 1, "from")) return default;
        var np = ParseForward(v + 2);
        return np.Kind is NpKind.Name or NpKind.Org ? np : default;
    }

    /// <summary>The most tokens an opening phrase before a sentence's subject may have (<c>After the vote on Monday,</c>).</summary>
    private const int OpeningPhrase = 8;

    /// <summary>
    /// A paragraph whose last sentence introduces a quote in the next paragraph: it ends with a colon and has a speech
    /// verb with a subject (<c>Here’s how Acme CEO Jo Roe responded to the critics:</c>). Looks back at most 30 tokens.
    /// </summary>
    public bool ParseIntroduction(out Attribution attribution)
    {
        attribution = default;
        var last = T.Count - 1;
        // … Trump said the following. / “…”: as good as a colon
        if (last < 2 || !(IsPunct(last, ':') || IsPunct(last, '.') && Is(last - 1, "following") && Is(last - 2, "the"))) return false;
        var ss = SentStart[last];
        var min = Math.Max(ss, last - 30);
        for (var v = last - 1; v >= min; v--)
        {
            Steps++;
            if (IsPiece(v)) return false;
            if (!IsSpeechVerb(v)) continue;
            var np = ParseBackward(v - 1, ss);
            if (np.Kind is not (NpKind.Name or NpKind.Pronoun or NpKind.Org)) return false;
            attribution.Subject = np;
            return true;
        }
        return false;
    }

    /// <summary>Finds the speaker of the sentence around an in-sentence quoted fragment at token <paramref name="p"/>.</summary>
    public bool ParseSentenceSpeaker(int p, out Attribution attribution)
    {
        attribution = default;
        var ss = SentStart[p];
        var min = Math.Max(ss, p - 60);
        NounPhrase participle = default;
        for (var v = p - 1; v >= min; v--)
        {
            Steps++;
            if (!IsWord(v)) continue;
            // one of Oster’s tweets, the reports: a speech verb's form after a possessive or an article is a noun
            if (IsSpeechVerb(v) && (EndsPossessive(v - 1) || In(v - 1, QuoteLexicons.PossessiveDeterminers) || Is(v - 1, "the") || Is(v - 1, "a") || Is(v - 1, "an")))
                continue;
            if (IsSpeechVerb(v) || IsCharacterizationVerb(v))
            {
                var np = ParseBackward(v - 1, ss);
                // X issued a statement, saying it was “…”: the participle after a comma hangs on the statement before it
                if (!np.Found && IsPunct(v - 1, ',') && Span(v).EndsWith("ing".AsSpan(), StringComparison.Ordinal) && IsStatementNoun(v - 2))
                    np = ParseBackward(v - 2, ss);
                // X released a statement condemning “…”, X issued a statement, saying “…”: the statement's author speaks
                if (np.Kind == NpKind.Common && np.Role is not null && IsStatementNoun(np.Token) && np.Start - 2 >= ss && IsWord(np.Start - 1) && !T[np.Start - 1].Cap)
                {
                    var author = ParseBackward(np.Start - 2, ss);
                    if (author.Kind is NpKind.Name or NpKind.Pronoun or NpKind.Org or NpKind.RoleOnly) np = author;
                }
                // Brask’s tweet calling her a “…”: the owner of the statement speaks
                if (np.Kind is NpKind.None or NpKind.Common or NpKind.RoleOnly && IsStatementNoun(v - 1) && StatementOwner(v - 1, ss) is { Found: true } owner) np = owner;
                // … by retweeting a post and accusing her of “…”: a participle joined by “and” has no subject right before it
                if (np.Found && Is(v - 1, "and") && Span(v).EndsWith("ing".AsSpan(), StringComparison.Ordinal) && !T[v].Cap) np = default;
                // Ireland filed an appeal after repeatedly saying the country “…”: a participle without a subject of its own
                // (after, before, while, by, or a comma before it) hangs on the sentence's subject
                // (asked only when no speech verb follows the quote: …, suggesting that 2023 “…” to many, he said)
                if (!np.Found && !participle.Found && Span(v).EndsWith("ing".AsSpan(), StringComparison.Ordinal) && StartsParticiplePhrase(v) &&
                    ParseSubject(ss) is { Kind: NpKind.Name or NpKind.Org or NpKind.Pronoun } participleSubject &&
                    (participleSubject.Kind != NpKind.Name || participleSubject.NameTokens >= 2 || participleSubject.Start != ss) &&
                    // He mocked an email Dean Jo Roe sent, acknowledging “…”: another named subject in between may own the participle
                    !HasNamedClauseBetween(participleSubject.Token + 1, v))
                    participle = participleSubject;
                // Obstfeld, who teaches at the University of California, Berkeley, has warned: not the place but the sentence's subject
                if (np.Kind == NpKind.Name && IsNotSubject(np.Token - np.NameTokens + 1, np.Token))
                {
                    np = ParseForward(ss);
                    if (np.Kind != NpKind.Name || IsNotSubject(np.Token - np.NameTokens + 1, np.Token)) np = default;
                }
                if (np.Found)
                {
                    attribution.Subject = np;
                    attribution.Source = FindSource(v, ss);
                    return true;
                }
            }
            if (Is(v, "according") && Is(v + 1, "to"))
            {
                var np = ParseSource(v + 2);
                if (np.Kind is NpKind.Name or NpKind.Pronoun) { attribution.Subject = np; return true; }
            }
            // in Lipman’s view, the university is known for “…”: the person whose view it is
            if (Is(v, "in") && !T[v].Cap || v == ss && Is(v, "in"))
            {
                var view = ViewOf(v + 1);
                if (view.Found) { attribution.Subject = view; return true; }
            }
        }
        var se = SentEnd[p];
        var max = Math.Min(se, p + 30);
        for (var v = p + 1; v <= max && v < T.Count; v++)
        {
            Steps++;
            if (!IsSpeechVerb(v)) continue;
            var np = ParseBackward(v - 1, p + 1);
            // … remain “roughly balanced” between factors, the Fed said: an organisation may speak after the quote too
            if (np.Kind is NpKind.Name or NpKind.Pronoun or NpKind.Org) { attribution.Subject = np; return true; }
        }
        if (participle.Found)
        {
            attribution.Subject = participle;
            return true;
        }
        return false;
    }

    private static readonly Lexicon ViewNouns = new("view", "words", "opinion", "estimation", "telling", "account", "assessment", "judgment", "judgement");

    /// <summary><c>Lipman’s view</c> from token <paramref name="k"/>: a possessive name (up to four words) before a noun of opinion, as a name; else nothing.</summary>
    private NounPhrase ViewOf(int k)
    {
        var e = k;
        while (e - k < 4 && IsNameWord(e) && !IsPossessive(e)) e++;
        if (!IsCap(e) || !IsPossessive(e) || !In(e + 1, ViewNouns)) return default;
        var w = Span(e);
        var cut = w[w.Length - 1] is 's' or 'S' ? 2 : 1;
        return Named(new NounPhrase { Kind = NpKind.Name, NameTokens = e - k + 1, Start = k, Token = e }, k, e, cut);
    }

    /// <summary>
    /// Whether a capitalised run of two words or more, not opening the sentence, is followed by a lower-case word that is
    /// no preposition or conjunction, and no determiner before it, between tokens <paramref name="from"/> and <paramref name="to"/> (exclusive): a clause
    /// with a named subject of its own (<c>an email Dean Jo Roe sent</c>). The caller bounds the range.
    /// </summary>
    public bool HasNamedClauseBetween(int from, int to)
    {
        for (var i = from; i + 2 < to; i++)
        {
            Steps++;
            if (!IsCap(i) || !IsCap(i + 1) || i == SentStart[i] || IsPossessive(i)) continue;
            // a New York University senior: a run after a determiner describes a noun, it names no subject — unless a
            // speech verb follows it (with the New York Post tweeting that “…”: that body is the one speaking)
            if (In(i - 1, QuoteLexicons.Determiners))
            {
                while (i + 1 < to && IsCap(i + 1)) i++;
                if (i + 1 < to && (IsSpeechVerb(i + 1) || In(i + 1, SpeechParticiples))) return true;
                continue;
            }
            var e = i + 1;
            while (e + 1 < to && IsCap(e + 1)) e++;
            if (e + 1 < to && IsWord(e + 1) && !T[e + 1].Cap && !IsPossessive(e) && !Prepositions.Contains(Span(e + 1)) &&
                !Is(e + 1, "and") && !Is(e + 1, "or") && !Is(e + 1, "to")) return true;
            i = e;
        }
        return false;
    }

    /// <summary>Whether tokens <paramref name="from"/> … <paramref name="to"/> (inclusive) are all lower-case words (<c>her friends</c>, <c>the crowd and the police</c>).</summary>
    private bool IsLowerCaseRun(int from, int to)
    {
        for (var i = from; i <= to; i++)
            if (!IsWord(i) || T[i].Cap) return false;
        return true;
    }

    /// <summary>
    /// Who speaks a participle at <paramref name="v"/> that has no subject right before it: the subject of a passive verb
    /// just before it (<c>she was filmed telling</c>), or, when it opens a participle phrase, the sentence's subject (a
    /// name of two words or more, or one after an opening phrase, or a pronoun) with no other named clause between.
    /// </summary>
    private NounPhrase ParticipleOwner(int v, int ss)
    {
        var b = v - 1;
        if (IsWord(b) && !T[b].Cap && Span(b).EndsWith("ed".AsSpan(), StringComparison.Ordinal) && (Is(b - 1, "was") || Is(b - 1, "were")))
            return ParseBackward(b - 2, ss) is { Kind: NpKind.Name or NpKind.Pronoun } passive ? passive : default;
        if (StartsParticiplePhrase(v) && ParseSubject(ss) is { Kind: NpKind.Name or NpKind.Pronoun } subject &&
            (subject.Kind != NpKind.Name || subject.NameTokens >= 2 || subject.Start != ss) && !HasNamedClauseBetween(subject.Token + 1, v))
            return subject;
        return default;
    }

    /// <summary><c>after repeatedly saying</c>, <c>, saying</c>: the participle at <paramref name="v"/> opens a phrase that has no subject of its own.</summary>
    private bool StartsParticiplePhrase(int v)
    {
        var b = v - 1;
        if (IsWord(b) && !T[b].Cap && Span(b).EndsWith("ly".AsSpan(), StringComparison.Ordinal)) b--;
        return IsPunct(b, ',') || Is(b, "after") || Is(b, "before") || Is(b, "while") || Is(b, "by") || Is(b, "when") || Is(b, "and");
    }

    private static readonly Lexicon SpeechParticiples = new("saying", "telling", "tweeting", "posting", "writing", "announcing", "reporting", "declaring", "adding");

    private bool IsStatementNoun(int i) => In(i, StatementNouns);

    private static readonly Lexicon StatementNouns = new(
        "statement", "letter", "post", "tweet", "message", "release", "tweets", "posts", "email", "e-mail", "memo", "op-ed", "blog", "column", "speech");

    private static readonly Lexicon CommaAdverbs = new(
        "however", "meanwhile", "though", "too", "also", "instead", "therefore", "moreover", "nonetheless", "nevertheless", "likewise",
        "similarly", "apparently", "reportedly", "notably", "indeed", "then", "later", "again");

    private static readonly Lexicon ReplyNouns = new(
        "reply", "response", "answer", "retort", "words", "advice", "verdict", "explanation", "excuse", "comment", "comments", "remarks", "statement", "message");

    /// <summary>
    /// <c>Brask’s tweet calling her …</c>: the capitalised possessive (up to four words) right before the statement noun at
    /// <paramref name="noun"/>, as a name; else nothing.
    /// </summary>
    private NounPhrase StatementOwner(int noun, int min)
    {
        var e = noun - 1;
        if (!IsCap(e) || !IsPossessive(e)) return default;
        var b = e;
        while (b - 1 >= min && e - b < 3 && IsNameWord(b - 1)) b--;
        var w = Span(e);
        var cut = w[w.Length - 1] is 's' or 'S' ? 2 : 1;
        return Named(new NounPhrase { Kind = NpKind.Name, NameTokens = e - b + 1, Start = b, Token = e }, b, e, cut);
    }

    /// <summary>The relay: the object of <c>told</c> when it is a name, or <c>according to X</c> in the same clause.</summary>
    private string? FindSource(int verb, int from)
    {
        if (IsWord(verb) && (Is(verb, "told") || Is(verb, "tells") || Is(verb, "telling")))
        {
            var o = verb + 1;
            var the = Is(o, "the");
            if (the) o++;
            if (IsCap(o) && !QuoteLexicons.NonNameWords.Contains(Span(o)) || the && IsCap(o))
            {
                var e = o;
                while (IsCap(e + 1) || IsWord(e + 1) && QuoteLexicons.NameParticles.Contains(Span(e + 1)) && IsCap(e + 2)) e++;
                if (e - o < 6) return Text(o, e);
            }
        }
        // according to X anywhere in the clause around the verb: a window of its own size, never back to the
        // sentence start (a long sentence with many quotes made this quadratic)
        var lo = Math.Max(0, verb - SourceWindow);
        if (from < verb && from > lo) lo = from;
        var hi = Math.Min(T.Count - 2, verb + SourceWindow);
        for (var i = lo; i <= hi; i++)
        {
            Steps++;
            if (IsPiece(i) && i > verb) break;
            if (!Is(i, "according") || !Is(i + 1, "to")) continue;
            var a = i + 2;
            var e = a;
            while (e < T.Count && e - a < 10 && IsWord(e)) e++;
            if (e > a) return StripThe(Text(a, e - 1));
        }
        return null;
    }

    private static string StripThe(string s) => s.StartsWith("the ", StringComparison.Ordinal) ? s.Substring(4) : s;

    // ---- noun phrases ----------------------------------------------------------------------------------------

    /// <summary>Eligible inside a name-and-title region: capitalised words, honorifics, titles, role modifiers, particles.</summary>
    private bool Eligible(int i, bool afterName)
    {
        if (!IsWord(i)) return false;
        var w = Span(i);
        if (T[i].Cap)
        {
            // Replied Stephen, Ask Damien Chazelle: a speech verb opening the sentence is not part of a name
            if (i == SentStart[i] && QuoteLexicons.SpeechVerbs.Contains(w) && !QuoteLexicons.SurnameTitles.Contains(w)) return false;
            if (!QuoteLexicons.NonNameWords.Contains(w)) return !IsSentenceAdverb(i) && !IsHyphenAdjective(w);
            if (IsPronounSurname(i)) return true;
            if (IsHonorific(w) || QuoteLexicons.Titles.Contains(w)) return true;
            // said State Police Lt. Jo Roe: Police inside a run of capitalised words is part of the role, not the run's end
            // (else “State” alone would be the speaker)
            if (w.Equals("police".AsSpan(), StringComparison.OrdinalIgnoreCase) && IsCap(i - 1) && IsCap(i + 1)) return true;
            return afterName && QuoteLexicons.Months.Contains(w);
        }
        if (QuoteLexicons.Titles.Contains(w) || QuoteLexicons.RoleModifiers.Contains(w)) return true;
        if (QuoteLexicons.NameParticles.Contains(w)) return IsCap(i + 1) && IsCap(i - 1);
        var dash = w.IndexOf('-');
        return dash > 0 && dash + 1 < w.Length && char.IsUpper(w[dash + 1]);
    }

    /// <summary>
    /// <c>Baker-ish</c>, <c>Kafka-esque</c>, <c>Obama-era</c>: a name turned into an adjective is no name word; nor is a
    /// modifier such as <c>Under-siege</c> or <c>Out-of-form</c> (a listed first part, a hyphen, a lower-case part).
    /// </summary>
    private static bool IsHyphenAdjective(ReadOnlySpan<char> w)
    {
        var first = w.IndexOf('-');
        if (first > 0 && first + 1 < w.Length && char.IsLower(w[first + 1]) && QuoteLexicons.HyphenModifierHeads.Contains(w.Slice(0, first))) return true;
        var dash = w.LastIndexOf('-');
        if (dash <= 0) return false;
        var tail = w.Slice(dash + 1);
        return tail.Equals("ish".AsSpan(), StringComparison.OrdinalIgnoreCase) || tail.Equals("esque".AsSpan(), StringComparison.OrdinalIgnoreCase) ||
               tail.Equals("like".AsSpan(), StringComparison.OrdinalIgnoreCase) || tail.Equals("style".AsSpan(), StringComparison.OrdinalIgnoreCase) ||
               tail.Equals("era".AsSpan(), StringComparison.OrdinalIgnoreCase) || tail.Equals("based".AsSpan(), StringComparison.OrdinalIgnoreCase);
    }

    private bool IsSentenceAdverb(int i)
    {
        var w = Span(i);
        return i == SentStart[i] && w.Length > 4 && w.EndsWith("ly".AsSpan(), StringComparison.Ordinal) && !IsCap(i + 1);
    }

    public static bool IsHonorific(ReadOnlySpan<char> w) =>
        QuoteLexicons.MaleHonorifics.Contains(w) || QuoteLexicons.FemaleHonorifics.Contains(w) || QuoteLexicons.NeutralHonorifics.Contains(w);

    private bool IsPossessive(int i)
    {
        var w = Span(i);
        return w.Length > 2 && (w[w.Length - 2] is '\'' or '\u2019' && w[w.Length - 1] is 's' or 'S' || w[w.Length - 1] is '\'' or '\u2019');
    }

    /// <summary><c>said He Jianxiong</c>: a capitalised <c>He</c> inside a sentence, before another name word, is a surname.</summary>
    private bool IsPronounSurname(int i) =>
        i != SentStart[i] && T[i].Cap && QuoteLexicons.Pronouns.Contains(Span(i)) && IsCap(i + 1) && !QuoteLexicons.NonNameWords.Contains(Span(i + 1)) &&
        !QuoteLexicons.Titles.Contains(Span(i + 1));

    private bool IsNameWord(int i) =>
        IsCap(i) && !IsPossessive(i) && !IsHonorific(Span(i)) && !QuoteLexicons.Titles.Contains(Span(i)) &&
        (!QuoteLexicons.NonNameWords.Contains(Span(i)) || IsPronounSurname(i) || QuoteLexicons.Months.Contains(Span(i)) && IsCap(i - 1) && !QuoteLexicons.NonNameWords.Contains(Span(i - 1)));

    /// <summary>Splits the region [b, e] into role and name and makes the phrase.</summary>
    private NounPhrase Split(int b, int e, int start)
    {
        var np = new NounPhrase { Start = start, Token = e };
        // the name: the trailing run of capitalised non-title words (with particles)
        var n = e;
        // Tom Baker, Ann Judge: a title word that ends the region after a given name is a surname
        if (n > b && IsCap(n) && QuoteLexicons.SurnameTitles.Contains(Span(n)) && IsNameWord(n - 1)) n--;
        while (n >= b && (IsNameWord(n) || IsWord(n) && !T[n].Cap && QuoteLexicons.NameParticles.Contains(Span(n)) && n > b && IsNameWord(n - 1))) n--;
        var nameStart = n + 1;
        var runStart = nameStart;
        while (nameStart <= e && IsWord(nameStart) && !T[nameStart].Cap) nameStart++;
        while (nameStart < e && (QuoteLexicons.RoleModifiers.Contains(Span(nameStart)) || QuoteLexicons.Titles.Contains(Span(nameStart)))) nameStart++;
        // Chief of Staff Reince Fulbright, Director of National Intelligence Jo Roe: the title's “of” object belongs to the
        // role; the name keeps its last two words, or more from a known given name on
        var ofTitle = runStart - 2 >= 0 && Is(runStart - 1, "of") && IsWord(runStart - 2) && QuoteLexicons.Titles.Contains(Span(runStart - 2));
        var ofStart = runStart;
        if (ofTitle)
        {
            while (e - nameStart + 1 > 2 && GivenNameGender(Span(nameStart), 2) == 0) nameStart++;
        }
        // the region began after “Chief of”: the role is the title with its object
        if (ofTitle && ofStart == b && nameStart > b)
        {
            np.Role = Text(b - 2, nameStart - 1);
            b = nameStart;
        }
        var roleEnd = nameStart - 1;
        for (var i = b; i <= roleEnd; i++)
        {
            var w = Span(i);
            if (QuoteLexicons.MaleHonorifics.Contains(w)) np.Gender = 1;
            else if (QuoteLexicons.FemaleHonorifics.Contains(w)) np.Gender = 2;
        }
        // drop honorifics from the end of the role (Ms. Okafor) and from its start
        while (roleEnd >= b && IsHonorific(Span(roleEnd))) roleEnd--;
        var roleStart = b;
        while (roleStart <= roleEnd && IsHonorific(Span(roleStart))) roleStart++;
        if (roleStart <= roleEnd && np.Role is null) np.Role = Text(roleStart, roleEnd);
        // Lady Gaga, Dame Edna: a single name word after Lady or Dame is a stage name that keeps the word (“Gaga” alone
        // would be no name the article gives)
        if (nameStart == e && nameStart - 1 >= b && T[nameStart - 1].Cap && (Is(nameStart - 1, "Lady") || Is(nameStart - 1, "Dame"))) nameStart--;
        if (nameStart > e)
        {
            np.Kind = NpKind.RoleOnly;
            return np;
        }
        var org = false;
        for (var i = nameStart; i <= e; i++)
        {
            if (QuoteLexicons.OrganisationWords.Contains(Span(i))) { org = true; break; }
        }
        np = Named(np, nameStart, e);
        np.NameTokens = e - nameStart + 1;
        // NASA, MBA, UD: a lone acronym names an organisation or a thing, never a person
        if (np.NameTokens == 1 && IsAcronym(nameStart)) org = true;
        if (org || np.NameTokens > 5)
        {
            np.Kind = NpKind.Org;
            np.Role = null;
            return np;
        }
        if (np.Gender == 0) np.Gender = GivenNameGender(Span(nameStart), np.NameTokens);
        np.Kind = NpKind.Name;
        return np;
    }

    private bool IsAcronym(int i)
    {
        var w = Span(i);
        var letters = 0;
        foreach (var c in w)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    /// <summary>True when the first word of <paramref name="name"/> has a gender only in the long list (<see cref="GivenNames"/>).</summary>
    public static bool GenderFromNameListOnly(string name)
    {
        var sp = name.IndexOf(' ');
        var first = sp <= 0 ? name.AsSpan() : name.AsSpan(0, sp);
        return !QuoteLexicons.MaleNames.Contains(first) && !QuoteLexicons.FemaleNames.Contains(first) &&
               (GivenNames.Male.Contains(first) || GivenNames.Female.Contains(first));
    }

    public static int GivenNameGender(ReadOnlySpan<char> first, int nameTokens)
    {
        if (nameTokens < 2) return 0;
        if (QuoteLexicons.MaleNames.Contains(first)) return 1;
        if (QuoteLexicons.FemaleNames.Contains(first)) return 2;
        if (GivenNames.Male.Contains(first)) return 1;
        if (GivenNames.Female.Contains(first)) return 2;
        return 0;
    }

    /// <summary>A noun phrase starting at token <paramref name="k"/> (after <c>said</c> or <c>according to</c>).</summary>
    public NounPhrase ParseForward(int k)
    {
        if (!IsWord(k)) return default;
        var w = Span(k);
        if (!T[k].Cap || k == SentStart[k])
        {
            if (QuoteLexicons.Pronouns.Contains(w)) return new NounPhrase { Kind = NpKind.Pronoun, Pronoun = LowerPronoun(w), Start = k, Token = k };
        }
        // Fans responded to …: a plural noun for a group, capitalised only because it opens the sentence, is no name
        if (k == SentStart[k] && T[k].Cap && QuoteLexicons.GroupNouns.Contains(w) && !IsCap(k + 1))
            return new NounPhrase { Kind = NpKind.Group, Start = k, Token = k };
        if ((!T[k].Cap || k == SentStart[k]) && QuoteLexicons.IndefiniteSubjects.Contains(w))
        {
            // said a New Hampshire Republican, said one bank official: somebody not named, described
            var e1 = k + 1;
            while (e1 < T.Count && e1 - k < 9 && IsWord(e1) && !IsSpeechVerb(e1) && !Prepositions.Contains(Span(e1)) && !Is(e1, "who")) { e1++; Steps++; }
            if (e1 > k + 1) return new NounPhrase { Kind = NpKind.RoleOnly, Role = Text(k, e1 - 1), Start = k, Token = e1 - 1 };
        }
        if ((!T[k].Cap || k == SentStart[k]) && QuoteLexicons.Determiners.Contains(w))
        {
            // the Kremlin / the chair of the talks, Maria Okafor
            if (IsCap(k + 1) && !QuoteLexicons.NonNameWords.Contains(Span(k + 1)))
            {
                var e0 = k + 1;
                while (e0 - k < MaxRegion && Eligible(e0 + 1, true)) { e0++; Steps++; }
                // said the Dallas police department: lower-case words ending in a body's noun belong to the name
                var tail = e0;
                while (tail + 1 < T.Count && tail - e0 < 3 && IsWord(tail + 1) && !T[tail + 1].Cap && !IsSpeechVerb(tail + 1) &&
                       !QuoteLexicons.Determiners.Contains(Span(tail + 1)) && !Prepositions.Contains(Span(tail + 1))) tail++;
                for (var h = tail; h > e0; h--)
                {
                    if (QuoteLexicons.OrganisationNouns.Contains(Span(h)) || QuoteLexicons.OrganisationWords.Contains(Span(h)))
                        return Named(new NounPhrase { Kind = NpKind.Org, Start = k, Token = h }, k + 1, h);
                }
                var inner = Split(k + 1, e0, k);
                if (inner.Kind == NpKind.Name) inner.Kind = NpKind.Org;
                if (inner.Kind == NpKind.RoleOnly) inner.Role = Text(k, e0);
                return inner;
            }
            var e = k + 1;
            while (e < T.Count && e - k < 9 && IsWord(e) && !T[e].Cap && !IsSpeechVerb(e)) e++;
            if (e == k + 1) return default;
            var role = Text(k, e - 1);
            if (IsPunct(e, ',') && IsCap(e + 1))
            {
                var named = ParseForward(e + 1);
                if (named.Kind == NpKind.Name)
                {
                    named.Role ??= role;
                    named.Start = k;
                    return named;
                }
            }
            var kind = QuoteLexicons.GroupNouns.Contains(Span(e - 1)) ? NpKind.Group
                : QuoteLexicons.Titles.Contains(Span(e - 1)) || ContainsTitle(k + 1, e - 1) ? NpKind.RoleOnly : NpKind.Common;
            return new NounPhrase { Kind = kind, Role = role, Start = k, Token = e - 1 };
        }
        if (!Eligible(k, false)) return default;
        var end = k;
        while (end - k < MaxRegion && Eligible(end + 1, IsNameWord(end))) { end++; Steps++; }
        var np = Split(k, end, k);
        // says Doctor, a physician at …: a lone title word that is also a surname, described by an appositive, names someone
        if (np.Kind == NpKind.RoleOnly && end == k && T[k].Cap && k != SentStart[k] && QuoteLexicons.SurnameTitles.Contains(Span(k)) &&
            IsPunct(k + 1, ',') && (Is(k + 2, "a") || Is(k + 2, "an") || Is(k + 2, "the")))
            np = Named(new NounPhrase { Kind = NpKind.Name, NameTokens = 1, Start = k, Token = k }, k, k);
        if (np.Kind == NpKind.RoleOnly && IsPunct(end + 1, ',') && IsWord(end + 2) && StartsRegionAt(end + 2))
        {
            var named = ParseRegion(end + 2, out _);
            if (named.Kind == NpKind.Name)
            {
                named.Role ??= np.Role;
                named.Start = k;
                return named;
            }
        }
        if (np.Kind == NpKind.Name && np.Role is null && IsPunct(end + 1, ','))
        {
            var role = Appositive(end + 2, forward: true, out _);
            if (role is not null) np.Role = role;
        }
        return np;
    }

    /// <summary>True when token <paramref name="start"/> follows a preposition that ends lower-case role words with a title (<c>envoy for</c>).</summary>
    public bool FollowsRolePreposition(int start)
    {
        var prep = start - 1;
        if (!IsWord(prep) || T[prep].Cap || !Prepositions.Contains(Span(prep))) return false;
        var a = prep - 1;
        while (a >= 0 && prep - a <= 6 && IsWord(a) && !T[a].Cap && !IsSpeechVerb(a)) a--;
        return a + 1 < prep && ContainsTitle(a + 1, prep - 1);
    }

    /// <summary>
    /// <c>said former special envoy for Ukraine Kurt Volker</c>: lower-case role words with a title, a preposition and a
    /// capitalised run whose first word is the role's object (a place or body) and whose last two words are the name.
    /// </summary>
    private NounPhrase RoleThenName(int k)
    {
        var i = k;
        var prep = -1;
        while (i < T.Count && i - k < 10 && IsWord(i) && !T[i].Cap && !IsSpeechVerb(i))
        {
            if (Prepositions.Contains(Span(i))) prep = i;
            i++;
            Steps++;
        }
        if (!IsCap(i) || prep != i - 1 || !ContainsTitle(k, prep - 1)) return default;
        var e = i;
        while (e - i < 5 && IsNameWord(e + 1)) { e++; Steps++; }
        if (e - i < 2 || !IsNameWord(i)) return default;
        var first = e - 1;
        // Elijah E. Cummings: a middle initial keeps the given name in
        if (first - 1 > i && Span(first).Length <= 2) first--;
        var np = Split(first, e, k);
        if (np.Kind != NpKind.Name) return default;
        np.Role = Text(k, first - 1);
        return np;
    }

    private bool ContainsTitle(int a, int b)
    {
        for (var i = a; i <= b; i++)
        {
            if (QuoteLexicons.Titles.Contains(Span(i))) return true;
        }
        return false;
    }

    /// <summary>A noun phrase ending at token <paramref name="j"/> (the subject before a speech verb), not before <paramref name="min"/>.</summary>
    public NounPhrase ParseBackward(int j, int min) => ParseBackward(j, min, 0);

    private NounPhrase ParseBackward(int j, int min, int depth)
    {
        var skipped = 0;
        // she later said, Clinton can be heard saying, he was quoted as saying: words between the subject and its verb
        while (j >= min && IsWord(j) && !T[j].Cap && skipped < 3 && (QuoteLexicons.Auxiliaries.Contains(Span(j)) || ReportedPassive.Contains(Span(j)) ||
                                                                  Span(j).EndsWith("ly".AsSpan(), StringComparison.Ordinal)))
        {
            j--;
            skipped++;
        }
        // Philip Voss, who said …
        if (j - 1 >= min && (Is(j, "who") || Is(j, "which")) && IsPunct(j - 1, ',') && depth < 2)
            return ParseBackward(j - 2, min, depth + 1);
        string? appositiveRole = null;
        if (j >= min && IsPunct(j, ','))
        {
            var c = j - 1;
            var lo = Math.Max(min, j - 16);
            while (c >= lo && !IsPunct(c, ',') && !IsClauseStop(c)) c--;
            if (c < lo || !IsPunct(c, ',')) return default;
            // The actor, via USA Today, said: an aside naming the channel, not the speaker; Chief of Staff Reince Fulbright,
            // however, did note: a sentence adverb in commas
            if (c + 2 == j && In(c + 1, CommaAdverbs) || Is(c + 1, "via") || Is(c + 1, "in") && Is(c + 2, "a") && IsStatementNoun(c + 3)) j = c - 1;
            // my friend, the labor organizer Piet Rolder, points out: the name that ends the description in commas speaks
            else if (DescribedNameInCommas(c, j) is { Found: true } described) return described;
            else
            {
                appositiveRole = Appositive(c + 1, forward: false, out var ok, j - 1);
                if (!ok) return NameInCommas(c, j, min);
                j = c - 1;
            }
        }
        if (j < min || !IsWord(j)) return default;
        var w = Span(j);
        if (QuoteLexicons.Pronouns.Contains(w) && (!T[j].Cap || j == SentStart[j]))
            return new NounPhrase { Kind = NpKind.Pronoun, Pronoun = LowerPronoun(w), Start = j, Token = j };
        // Lawmakers praised the deal as “…”: a plural noun for a group, capitalised only because it opens the sentence,
        // names a group, not a person
        if (j == SentStart[j] && T[j].Cap && QuoteLexicons.GroupNouns.Contains(w))
            return new NounPhrase { Kind = NpKind.Group, Start = j, Token = j };
        if (Eligible(j, IsNameWord(j - 1)))
        {
            var b = j;
            while (b - 1 >= min && j - b < MaxRegion && Eligible(b - 1, IsNameWord(b - 2))) { b--; Steps++; }
            while (b < j && IsWord(b) && !T[b].Cap && QuoteLexicons.NameParticles.Contains(Span(b))) b++;
            var start = b;
            var det = b - 1 >= min && IsWord(b - 1) && (!T[b - 1].Cap || b - 1 == SentStart[b - 1]) && QuoteLexicons.Determiners.Contains(Span(b - 1));
            if (det) start = b - 1;
            var np = Split(b, j, start);
            // Scott & Scott announced, Procter & Gamble said: capitalised words joined by an ampersand name a firm
            if (np.Kind is NpKind.Name or NpKind.Org && np.HasName && np.Role is null && j - b < 3 && IsPunct(b - 1, '&') && IsCap(b - 2))
            {
                var f = b - 2;
                while (f - 1 >= min && b - 2 - f < 3 && IsNameWord(f - 1)) f--;
                return Named(new NounPhrase { Kind = NpKind.Org, Start = f, Token = j }, f, j);
            }
            // a New Hampshire Republican said, another commonwealth Democrat added: a description of somebody not named
            if (np.Kind is NpKind.Name or NpKind.Org && IndefiniteBefore(b, min) is var indefinite && indefinite >= 0)
                return new NounPhrase { Kind = NpKind.RoleOnly, Role = Text(indefinite, j), Start = indefinite, Token = j };
            if (det)
            {
                // the Kremlin is an organisation; in the Gazette’s Lena Marsh the determiner belongs to the possessive role
                if (np.Kind == NpKind.Name && !(np.Role is not null && IsPossessive(b) && np.NameTokens >= 2)) np.Kind = NpKind.Org;
                else if (np.Kind == NpKind.RoleOnly) np.Role = Text(start, j);
            }
            else if (!T[b].Cap && np.Kind == NpKind.RoleOnly && b - 1 >= min && IsWord(b - 1))
            {
                // a bare lower-case role word after another word (“the club manager” without its determiner): not a subject;
                // another student, one official: an unnamed person of that role
                if (In(b - 1, QuoteLexicons.IndefiniteSubjects) && (!T[b - 1].Cap || b - 1 == SentStart[b - 1]))
                {
                    np.Start = b - 1;
                    np.Role = Text(b - 1, j);
                }
                // a board spokesman, another senior official: lower-case modifiers between the indefinite and the role
                else if (IndefiniteBefore(b, min) is var modified && modified >= 0)
                {
                    np.Start = modified;
                    np.Role = Text(modified, j);
                }
                else if (!IsPossessive(b - 1)) return default;
            }
            if (appositiveRole is not null && np.Kind == NpKind.Name) np.Role ??= appositiveRole;
            return AttachPreposition(np, min, depth);
        }
        if (!T[j].Cap)
        {
            // continued to describe: “to”, a preposition or an auxiliary heads no noun phrase
            if (Prepositions.Contains(w) || QuoteLexicons.Auxiliaries.Contains(w) || QuoteLexicons.NonNameWords.Contains(w)) return default;
            var d = j - 1;
            var lo = Math.Max(min, j - 6);
            // the Dallas police department, the U.S. attorney’s office: capitalised words inside a body's description
            var body = QuoteLexicons.OrganisationNouns.Contains(w) || QuoteLexicons.OrganisationWords.Contains(w);
            var capitals = 0;
            while (d >= lo && IsWord(d) && (!T[d].Cap || d == SentStart[d] || body) && !QuoteLexicons.Determiners.Contains(Span(d)) && !IsSpeechVerb(d))
            {
                if (T[d].Cap) capitals++;
                d--;
            }
            if (body && capitals > 0 && d >= lo && Is(d, "the") && T[d + 1].Cap)
                return AttachPreposition(Named(new NounPhrase { Kind = NpKind.Org, Start = d, Token = j }, d + 1, j), min, depth);
            var group = QuoteLexicons.GroupNouns.Contains(w);
            // Elton John’s publicist retorted: somebody described by whose they are, not named
            if (!body && d >= lo && d == j - 1 && IsCap(d) && IsPossessive(d) && !group)
            {
                var b = d;
                while (b - 1 >= min && d - b < 4 && IsNameWord(b - 1)) { b--; Steps++; }
                return new NounPhrase { Kind = NpKind.RoleOnly, Role = Text(b, j), Start = b, Token = j };
            }
            if (d >= lo && IsWord(d) && QuoteLexicons.Determiners.Contains(Span(d)))
                return AttachPreposition(new NounPhrase { Kind = group ? NpKind.Group : NpKind.Common, Role = group ? null : Text(d, j), Start = d, Token = j }, min, depth);
            if (group) return new NounPhrase { Kind = NpKind.Group, Start = j, Token = j };
        }
        else if (QuoteLexicons.GroupNouns.Contains(w))
        {
            return new NounPhrase { Kind = NpKind.Group, Start = j, Token = j };
        }
        return default;
    }

    /// <summary>
    /// <c>a New Hampshire Republican</c>, <c>another commonwealth Democrat</c>, <c>one GOP insider</c>: the token of an
    /// indefinite determiner before the capitalised run starting at <paramref name="b"/> (at most two lower-case modifiers
    /// between), or -1. Such a run describes somebody; it does not name them.
    /// </summary>
    public int IndefiniteBefore(int b, int min)
    {
        for (var d = b - 1; d >= min && d >= b - 3; d--)
        {
            if (!IsWord(d)) return -1;
            if (In(d, QuoteLexicons.IndefiniteSubjects) && (!T[d].Cap || d == SentStart[d])) return d;
            // a man named Jo Roe: a participle or a preposition between means the run is a name after all
            if (T[d].Cap || Prepositions.Contains(Span(d)) || IsSpeechVerb(d) || QuoteLexicons.Auxiliaries.Contains(Span(d)) ||
                Span(d).EndsWith("ed".AsSpan(), StringComparison.Ordinal) || Span(d).EndsWith("ing".AsSpan(), StringComparison.Ordinal) ||
                QuoteLexicons.Determiners.Contains(Span(d)) || IsPossessive(d)) return -1;
        }
        return -1;
    }

    /// <summary><c>the Fed sees</c>, <c>the Fed appeared</c>: a lower-case finite verb right after token <paramref name="end"/>.</summary>
    public bool VerbFollows(int end)
    {
        var v = end + 1;
        if (!IsWord(v) || T[v].Cap) return false;
        if (IsSpeechVerb(v) || IsCharacterizationVerb(v) || QuoteLexicons.Auxiliaries.Contains(Span(v))) return true;
        var w = Span(v);
        if (QuoteLexicons.NonNameWords.Contains(w) || Prepositions.Contains(w) || QuoteLexicons.Determiners.Contains(w)) return false;
        return w.Length > 3 && (w.EndsWith("ed".AsSpan(), StringComparison.Ordinal) || w.EndsWith("s".AsSpan(), StringComparison.Ordinal) && !w.EndsWith("ss".AsSpan(), StringComparison.Ordinal));
    }

    /// <summary><c>a big Trump supporter</c>: the capitalised run ending at <paramref name="end"/> is followed by a lower-case noun it modifies.</summary>
    public bool ModifiesNounAfter(int end) =>
        IsWord(end + 1) && !T[end + 1].Cap && !IsSpeechVerb(end + 1) && !IsCharacterizationVerb(end + 1) && !QuoteLexicons.Auxiliaries.Contains(Span(end + 1)) &&
        !Is(end + 1, "who") && !Is(end + 1, "that") && !Span(end + 1).EndsWith("ly".AsSpan(), StringComparison.Ordinal) &&
        !Span(end + 1).EndsWith("ed".AsSpan(), StringComparison.Ordinal) && !Prepositions.Contains(Span(end + 1)) && !Is(end + 1, "and");

    private static readonly Lexicon ReportedPassive = new("be", "been", "heard", "quoted", "as");

    /// <summary>Conjunctions after a comma that open a clause with its own subject (<c>…, but Okafor said</c>).</summary>
    private static readonly Lexicon ClauseConjunctions = new("but", "yet", "though", "although", "while", "whereas");

    private static readonly Lexicon SubjectlessPrepositions = new("in", "at", "from", "of", "to", "near", "for", "with", "by", "on", "into", "outside", "across");

    private static readonly Lexicon Prepositions = new("of", "for", "at", "from", "with", "in", "on", "by", "to", "inside", "within");

    /// <summary>
    /// <c>Haddad of the Coastal Institute said</c>, <c>a spokesperson for the board said</c>: a phrase after a
    /// preposition is not the subject; the phrase before the preposition is.
    /// </summary>
    private NounPhrase AttachPreposition(NounPhrase np, int min, int depth)
    {
        var prep = np.Start - 1;
        // a spokesperson for Harlow Mining said: the organisation speaks through its spokesperson (our one rule)
        if (np.Kind is NpKind.Name or NpKind.Org && depth < 2 && prep - 2 >= min && (Is(prep, "for") || Is(prep, "of")) &&
            In(prep - 1, QuoteLexicons.Spokespeople))
        {
            var relay = ParseBackward(prep - 1, min, depth + 1);
            if (relay.Found && relay.Kind is NpKind.RoleOnly or NpKind.Common)
            {
                np.Kind = NpKind.Org;
                np.Role = null;
                np.Start = relay.Start;
                return np;
            }
        }
        // Joost Roe of the Fontys University of Applied Sciences writes, Rep. Jo Roe of Texas said: the person before “of”
        if (np.Kind == NpKind.Name && depth < 2 && prep - 1 >= min && Is(prep, "of") && !T[prep].Cap)
        {
            var person = ParseBackward(prep - 1, min, depth + 1);
            if (person.Kind == NpKind.Name) return person;
        }
        // Jo Roe of the Nuclear, Biological, and Chemical Troops told: the last item of a capitalised list after “of”
        if (np.Kind is NpKind.Name or NpKind.Org && depth < 2 && Is(prep, "and") && !T[prep].Cap && OfBeforeCapitalList(prep, min) is var of && of > min)
        {
            var person = ParseBackward(of - 1, min, depth + 1);
            if (person.Kind == NpKind.Name) return person;
        }
        if (np.Kind is not (NpKind.Org or NpKind.Common or NpKind.Group)) return np;
        if (depth >= 2 || prep - 1 < min || !IsWord(prep) || T[prep].Cap || !Prepositions.Contains(Span(prep))) return np;
        var head = ParseBackward(prep - 1, min, depth + 1);
        if (!head.Found) return np;
        if (head.Kind is NpKind.RoleOnly or NpKind.Common && head.Role is not null)
            head.Role = Text(head.Start, np.Token);
        return head;
    }

    /// <summary>
    /// From the <c>and</c> at <paramref name="and"/>, back over capitalised words and commas (at most 12 tokens) to a
    /// lower-case <c>of</c>: its token, or -1.
    /// </summary>
    private int OfBeforeCapitalList(int and, int min)
    {
        var i = and - 1;
        if (IsPunct(i, ',')) i--;
        var lo = Math.Max(min, and - 12);
        var words = 0;
        for (; i >= lo; i--)
        {
            Steps++;
            if (IsPunct(i, ',')) continue;
            if (IsCap(i)) { words++; continue; }
            if (Is(i, "the")) continue;
            return words > 0 && Is(i, "of") ? i : -1;
        }
        return -1;
    }

    /// <summary><c>the union’s regional organiser, Dev Patel, said</c>: the name sits between the commas, the role before them.</summary>
    /// <summary>
    /// <c>, the labor organizer Piet Rolder,</c> between the commas at <paramref name="c"/> and <paramref name="j"/>: a
    /// determiner, lower-case words and a name of two words or more that ends the segment; the name with the words as its role.
    /// </summary>
    private NounPhrase DescribedNameInCommas(int c, int j)
    {
        if (j - c < 5 || !IsCap(j - 1) || !In(c + 1, QuoteLexicons.Determiners) || T[c + 1].Cap && c + 1 != SentStart[c + 1]) return default;
        var s0 = j - 1;
        while (s0 - 1 > c + 1 && j - s0 < 4 && IsNameWord(s0 - 1)) s0--;
        if (j - s0 < 2 || T[s0 - 1].Cap || !IsWord(s0 - 1)) return default;
        for (var t = c + 2; t < s0; t++)
        {
            if (!IsWord(t) || T[t].Cap) return default;
        }
        var np = Split(s0, j - 1, s0);
        if (np.Kind != NpKind.Name || np.NameTokens < 2) return default;
        np.Role = Text(c + 1, s0 - 1);
        return np;
    }

    private NounPhrase NameInCommas(int c, int j, int min)
    {
        if (!IsWord(c + 1) || !StartsRegionAt(c + 1)) return default;
        var np = ParseRegion(c + 1, out var end);
        if (np.Kind != NpKind.Name || end != j - 1) return default;
        var r = c - 1;
        var lo = Math.Max(min, c - 9);
        while (r >= lo && IsWord(r) && !(T[r].Cap && QuoteLexicons.NonNameWords.Contains(Span(r)) && !QuoteLexicons.Determiners.Contains(Span(r)))) r--;
        var roleStart = r + 1;
        if (roleStart > c - 1) return default;
        np.Role = Text(roleStart, c - 1);
        np.Start = roleStart;
        return np;
    }

    /// <summary>
    /// <c>him saying</c> / <c>Voss saying</c> at token <paramref name="k"/>, the object of a speech verb (<c>she recalls him
    /// saying</c>): the person recalled is the speaker, as a pronoun (he/she) or a name.
    /// </summary>
    private NounPhrase HeardSaying(int k)
    {
        if (!IsWord(k)) return default;
        if ((Is(k, "him") || Is(k, "her")) && Is(k + 1, "saying"))
            return new NounPhrase { Kind = NpKind.Pronoun, Pronoun = Is(k, "him") ? "he" : "she", Start = k, Token = k };
        if (!T[k].Cap) return default;
        var np = ParseForward(k);
        return np.Kind == NpKind.Name && Is(np.Token + 1, "saying") ? np : default;
    }

    /// <summary>
    /// The source after <c>according to</c> at token <paramref name="k"/>: a noun phrase, or a name after up to four
    /// lower-case role words ending in a title (<c>according to mental health therapist Jo Roe</c>, <c>author and
    /// psychologist Jo Roe</c>), whose words become the role.
    /// </summary>
    public NounPhrase ParseSource(int k)
    {
        var np = ParseForward(k);
        if (np.Kind is NpKind.Name or NpKind.Pronoun || !IsWord(k) || T[k].Cap) return np;
        var start = k;
        while (start < T.Count && start - k < 4 && IsWord(start) && !T[start].Cap) { start++; Steps++; }
        if (start == k || !IsCap(start) || !QuoteLexicons.Titles.Contains(Span(start - 1))) return np;
        for (var i = k; i < start; i++)
        {
            var w = Span(i);
            if (i > k && i < start - 1 && w.Equals("and".AsSpan(), StringComparison.Ordinal)) continue;
            if (QuoteLexicons.Determiners.Contains(w) || QuoteLexicons.Pronouns.Contains(w) || QuoteLexicons.Auxiliaries.Contains(w) ||
                QuoteLexicons.NonNameWords.Contains(w) || Prepositions.Contains(w) || IsSpeechVerb(i) || IsCharacterizationVerb(i)) return np;
        }
        var named = ParseForward(start);
        if (named.Kind != NpKind.Name) return np;
        named.Role = Text(k, start - 1) + (named.Role is null ? "" : " " + named.Role);
        named.Start = k;
        return named;
    }

    private bool IsCompoundRolePrefix(int k, int start)
    {
        if (start - k > 3 || !IsWord(start) || T[start].Cap || !(QuoteLexicons.Titles.Contains(Span(start)) || QuoteLexicons.RoleModifiers.Contains(Span(start)))) return false;
        for (var i = k; i < start; i++)
        {
            if (!IsWord(i) || T[i].Cap || QuoteLexicons.Determiners.Contains(Span(i)) || QuoteLexicons.Pronouns.Contains(Span(i)) ||
                QuoteLexicons.Auxiliaries.Contains(Span(i)) || IsSpeechVerb(i) || IsCharacterizationVerb(i)) return false;
        }
        return true;
    }

    /// <summary>
    /// <c>investment banker</c> in <c>investment banker Jo Roe said</c>: one to three lower-case words from <paramref name="k"/>
    /// up to the name at <paramref name="start"/>, none a function word, verb or adverb.
    /// </summary>
    private bool IsLowerCaseRole(int k, int start)
    {
        if (start - k > 3) return false;
        for (var i = k; i < start; i++)
        {
            if (!IsWord(i) || T[i].Cap) return false;
            var w = Span(i);
            if (QuoteLexicons.NonNameWords.Contains(w) || QuoteLexicons.Determiners.Contains(w) || QuoteLexicons.Pronouns.Contains(w) ||
                QuoteLexicons.Auxiliaries.Contains(w) || Prepositions.Contains(w) || IsSpeechVerb(i) || IsCharacterizationVerb(i) ||
                w.EndsWith("ly".AsSpan(), StringComparison.Ordinal) || w.EndsWith("ed".AsSpan(), StringComparison.Ordinal) ||
                w.EndsWith("ing".AsSpan(), StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>
    /// <c>President-elect Donald Trump’s team</c>: the possessive name after leading titles in the region [start, end], with
    /// the titles as its role; else null.
    /// </summary>
    public string? TitledPossessiveName(int start, int end, out string? role)
    {
        role = null;
        var f = start;
        while (f < end && !IsNameWord(f) && IsCap(f) && (IsHonorific(Span(f)) || QuoteLexicons.Titles.Contains(Span(f)))) f++;
        if (f == start || PossessiveName(f, end) is not { } name) return null;
        role = Text(start, f - 1);
        return name;
    }

    private bool HasVerbBetween(int a, int b)
    {
        for (var i = a; i <= b; i++)
        {
            if (IsSpeechVerb(i) || IsCharacterizationVerb(i)) return true;
        }
        return false;
    }

    private bool StartsRegionAt(int k) => IsWord(k) && Eligible(k, false);

    /// <summary>True when a name-and-title region can start at token <paramref name="k"/>.</summary>
    public bool StartsRegion(int k) => IsWord(k) && Eligible(k, false) && !(k > 0 && Eligible(k - 1, IsNameWord(k - 2)));

    /// <summary>The name-and-title region starting at <paramref name="k"/>, split into role and name.</summary>
    public NounPhrase ParseRegion(int k, out int end)
    {
        end = k;
        while (end - k < MaxRegion && Eligible(end + 1, IsNameWord(end))) { end++; Steps++; }
        return Split(k, end, k);
    }

    /// <summary><c>Vladimir Putin’s</c>: the name of a possessive run of two or more name words, without the <c>’s</c>; else null.</summary>
    public string? PossessiveName(int start, int end)
    {
        if (end <= start || end - start > 4 || !EndsPossessive(end)) return null;
        for (var i = start; i < end; i++)
        {
            if (!IsNameWord(i)) return null;
        }
        var w = Span(end);
        var cut = w[w.Length - 1] is 's' or 'S' ? 2 : 1;
        return S.Substring(T[start].Start, T[end].End - cut - T[start].Start);
    }

    /// <summary>True when token <paramref name="i"/> is a company's legal suffix (<c>Inc.</c>, <c>Co.</c>, <c>Corp.</c>, <c>Ltd</c>, <c>plc</c>).</summary>
    public bool EndsWithLegalSuffix(int i) => In(i, QuoteLexicons.LegalSuffixes);

    /// <summary>True when token <paramref name="i"/> ends in a possessive (<c>Lavrov’s</c>).</summary>
    public bool EndsPossessive(int i) => IsWord(i) && IsPossessive(i);

    /// <summary>
    /// How the region [start, end] is used: 2 when it is the subject of a speech verb (or follows one), 1 when it
    /// starts its sentence, 0 otherwise.
    /// </summary>
    public int SubjectStrength(int start, int end, bool known = false)
    {
        if (EndsPossessive(end)) return 0;
        // according to Jo Roe, …: the relayed speaker is as good as a speech verb's subject
        if (Is(start - 1, "to") && Is(start - 2, "according")) return 2;
        // a belief reflected by Groene, the attacks were ordered by Putin: a passive's agent is its logical subject
        // (followed by Cam Neely, Joe Juneau and Glen Wesley: the first of a list of names is no single agent a pronoun could mean)
        if (Is(start - 1, "by") && IsWord(start - 2) && !T[start - 2].Cap && Span(start - 2).EndsWith("ed".AsSpan(), StringComparison.Ordinal))
            return StartsNameList(end) ? 0 : 1;
        // in Middletown, from Acme: the object of a preposition is no subject (according to X still relays a speaker)
        if (IsWord(start - 1) && !T[start - 1].Cap && SubjectlessPrepositions.Contains(Span(start - 1)) && !Is(start - 2, "according")) return 0;
        // said Okafor: the subject; told Okafor: the listener
        if (start > 0 && IsSpeechVerb(start - 1)) return IsObjectVerb(start - 1) ? 0 : 2;
        var limit = Math.Min(T.Count, end + 18);
        for (var v = end + 1; v < limit; v++)
        {
            Steps++;
            if (IsClauseStop(v)) break;
            if (IsSpeechVerb(v) || IsCharacterizationVerb(v) && !Span(v).EndsWith("ing".AsSpan(), StringComparison.Ordinal))
            {
                var np = ParseBackward(v - 1, Math.Max(0, start - 10));
                if (np.Found && (np.Token == end || np.Start <= start + 1 && np.Start >= start - 10)) return 2;
                break;
            }
            if (IsWord(v) && !T[v].Cap && !QuoteLexicons.Auxiliaries.Contains(Span(v)) && !IsPunct(end + 1, ',')) break;
        }
        // 21-year-old Ryan Dubicki rolled …: an age in front of the name belongs to it
        var first = IsAgeModifier(start - 1) ? start - 1 : start;
        var ss = SentStart[start];
        // But Jerry was …: a connective opening the sentence leaves the name its subject
        var opens = first == ss || first == ss + 1 && In(ss, QuoteLexicons.SentenceConnectives);
        if (opens && (IsWord(end + 1) && !T[end + 1].Cap || IsPunct(end + 1, ','))) return 1;
        // …, but Okafor is unfazed / …, though Okafor, in a talk, argued …: a contrastive conjunction after a comma opens a
        // new clause whose subject the name is (not “and”: Roe, Kim and Okafor is a list)
        if (IsPunct(first - 2, ',') && In(first - 1, ClauseConjunctions) && !T[first - 1].Cap &&
            (IsWord(end + 1) && !T[end + 1].Cap && !QuoteLexicons.Determiners.Contains(Span(end + 1)) && !Prepositions.Contains(Span(end + 1)) &&
             !Is(end + 1, "and") || IsPunct(end + 1, ','))) return 1;
        // Every evening at dusk, Fergus MacLeod climbs …: a name after a short opening phrase, followed by its verb (a
        // person already known may follow a longer one: With his film in production, Gosling has …)
        if (IsPunct(first - 1, ',') && first - 1 - ss <= (known || first < start ? 16 : 6) && (end > start || known) && IsWord(end + 1) && !T[end + 1].Cap &&
            !QuoteLexicons.Determiners.Contains(Span(end + 1)) && !Prepositions.Contains(Span(end + 1)) && !Is(end + 1, "and") &&
            !HasVerbBetween(ss, first - 2)) return 1;
        if (end > start && IsNameWord(end - 1) && IntroducesQuote(end + 1)) return 1;
        // Her neighbour, Bill Saunders, 71, stayed …: a name in commas followed by its verb
        if (IsPunct(start - 1, ',') && IsPunct(end + 1, ',') && start - 1 - SentStart[start] <= 6 && !HasVerbBetween(SentStart[start], start - 2))
        {
            var k = end + 1;
            if (IsWord(k + 1) && !T[k + 1].Cap && !QuoteLexicons.Determiners.Contains(Span(k + 1))) return 1;
            var c = k + 1;
            while (c < T.Count && c - k < 14 && !IsPunct(c, ',') && !IsClauseStop(c)) c++;
            if (IsPunct(c, ',') && IsWord(c + 1) && !T[c + 1].Cap) return 1;
        }
        return 0;
    }

    /// <summary>
    /// <c>Cam Neely, Joe Juneau and Glen Wesley</c>: the name ending at <paramref name="end"/> is followed by more
    /// capitalised names joined by commas and a final <c>and</c> (looks at most 12 tokens ahead).
    /// </summary>
    private bool StartsNameList(int end)
    {
        if (!IsPunct(end + 1, ',') && !Is(end + 1, "and")) return false;
        var limit = Math.Min(T.Count - 1, end + 12);
        for (var k = end + 1; k < limit; k++)
        {
            Steps++;
            if (Is(k, "and")) return IsCap(k + 1) && !IsHonorific(Span(k + 1));
            if (!IsPunct(k, ',') && !IsCap(k)) return false;
        }
        return false;
    }

    /// <summary>
    /// <c>Helmut Adler was not convinced. “…,” he said.</c>: the sentence of token <paramref name="i"/> is followed by one
    /// that opens with a quote attributed to <c>he</c> or <c>she</c> (returned; else null), which may make a name opening it a person.
    /// </summary>
    public string? NextSentenceQuotedByHeOrShe(int i)
    {
        var next = SentEnd[i] + 1;
        if (!IsPiece(next) || !ParseTail(next + 1, out var tail)) return null;
        return tail.Subject.Kind == NpKind.Pronoun && tail.Subject.Pronoun is "he" or "she" ? tail.Subject.Pronoun : null;
    }

    /// <summary><c>21-year-old</c>, <c>71-year-old</c>: an age written in front of a name.</summary>
    public bool IsAgeModifier(int i) => IsWord(i) && char.IsDigit(S[T[i].Start]) && Span(i).EndsWith("-year-old".AsSpan(), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Listen to how Jo Roe put it last night: “…”: the clause from <paramref name="from"/> runs to a colon that opens
    /// a quote, so the name before it introduces that quote. Looks at most 30 tokens ahead.
    /// </summary>
    private bool IntroducesQuote(int from)
    {
        var limit = Math.Min(T.Count - 1, from + 30);
        for (var v = from; v < limit; v++)
        {
            Steps++;
            if (IsPunct(v, ':')) return IsPiece(v + 1);
            if (IsClauseStop(v) || IsSpeechVerb(v)) return false;
        }
        return false;
    }

    /// <summary><c>Otto Brandt, the council’s treasurer,</c>: the role in an appositive right after the name ending at <paramref name="end"/>, or null.</summary>
    public string? AppositiveAfter(int end)
    {
        if (!IsPunct(end + 1, ',') || IsWord(end - 1) && !T[end - 1].Cap && SubjectlessPrepositions.Contains(Span(end - 1))) return null;
        // closed by a comma: an aside, not a phrase running on into a quote or the end of the sentence
        var e = end + 2;
        while (e < T.Count && e - end < 16 && (IsWord(e) || IsPunct(e, '-'))) e++;
        return IsPunct(e, ',') ? Appositive(end + 2, forward: true, out _) : null;
    }

    /// <summary>
    /// Reads an appositive (<c>the chair of the talks</c>, <c>54</c>, <c>who chairs the talks</c>) from token
    /// <paramref name="a"/>. Returns the role text, or null when it is not a role; <paramref name="ok"/> says whether it
    /// reads as an appositive at all.
    /// </summary>
    private string? Appositive(int a, bool forward, out bool ok, int endInclusive = -1)
    {
        ok = false;
        if (!IsWord(a)) return null;
        var e = endInclusive;
        if (forward)
        {
            e = a;
            while (e + 1 < T.Count && e - a < 14 && (IsWord(e + 1) || IsPunct(e + 1, '-'))) e++;
            if (!(e + 1 >= T.Count || IsPunct(e + 1, ',') || IsPunct(e + 1, '.') || IsPiece(e + 1))) return null;
        }
        if (e < a || e - a > 14) return null;
        var w = Span(a);
        for (var i = a; i <= e; i++)
        {
            if (IsSpeechVerb(i) && !T[i].Cap) return null;
        }
        if (char.IsDigit(w[0])) { ok = true; return null; }
        if (Is(a, "who") || Is(a, "whose") || Is(a, "which")) { ok = !forward; return null; }
        if (!T[a].Cap && (Is(a, "the") || Is(a, "a") || Is(a, "an") || Is(a, "his") || Is(a, "her") || Is(a, "their") || Is(a, "its") ||
                         Is(a, "one") || Is(a, "another") || Is(a, "now") || QuoteLexicons.Titles.Contains(w) || QuoteLexicons.RoleModifiers.Contains(w)))
        {
            ok = true;
            return Text(a, e);
        }
        if (T[a].Cap && (IsPossessive(a) || QuoteLexicons.Titles.Contains(w) || ContainsTitle(a, e)))
        {
            ok = true;
            return Text(a, e);
        }
        return null;
    }
}
