using System;
using System.Collections.Generic;

namespace ArticleModel.Quotes;

/// <summary>
/// The names an article uses, so a speaker found in a short form (<c>Gosling</c>, <c>Black Elk</c>, <c>Apple</c>)
/// can be given in its fullest form (<c>Ryan Gosling</c>, <c>Linda Black Elk</c>, <c>Apple Inc.</c>), wherever in the
/// article that form appears. A short form that fits two different full names (<c>Jones</c> for Jerry and Stephen
/// Jones) is left as it is. Memory and time are linear in the names seen.
/// </summary>
internal sealed class FullNames
{
    private const int MaxTokens = 5;

    // Past this many distinct names (no article has them; a run of Title Case junk does) nothing new is recorded, so
    // memory stays bounded (issue 9 item 7); names recorded before keep expanding.
    internal const int MaxNames = 4096;

    // short form → full name; null marks a short form that fits more than one full name
    private readonly Dictionary<string, string?> _bySuffix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _byFirst = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    // Donald Trump → Donald J. Trump: a name as written, without its middle initials → the name with them (null: ambiguous)
    private readonly Dictionary<string, string?> _withInitials = new(StringComparer.Ordinal);

    /// <summary>How many distinct names were recorded (at most <see cref="MaxNames"/>).</summary>
    public int Count => _seen.Count;

    /// <summary>Records a person's name as the article writes it (two to five words).</summary>
    public void AddPerson(string name)
    {
        if (_seen.Count >= MaxNames || !_seen.Add(name)) return;
        var words = Words(name);
        if (words.Count < 2 || words.Count > MaxTokens) return;
        var last = words.Count - 1;
        while (last > 0 && IsSuffix(name, words[last])) last--;
        // Jerry Jr.: a given name and a suffix name a relative, not a fuller form of anyone called Jerry
        if (last == 0) return;
        if (WithoutInitials(name) is { } plain)
        {
            if (!_withInitials.TryGetValue(plain, out var other)) _withInitials[plain] = name;
            else if (other is not null && other != name) _withInitials[plain] = null;
        }
        // every proper suffix ending at the surname (Black Elk, Elk), and the given name alone
        for (var i = 1; i <= last; i++) Add(_bySuffix, name.Substring(words[i].Start, words[last].End - words[i].Start), name);
        if (last < words.Count - 1) Add(_bySuffix, name.Substring(0, words[last].End), name);
        Add(_byFirst, name.Substring(words[0].Start, words[0].End - words[0].Start), name);
    }

    /// <summary>
    /// Records <paramref name="name"/> (<c>Jane Roe</c>) as the full form of <paramref name="surname"/> only, for a name
    /// seen where it cannot be parsed as a subject (a headline, a modifier); ambiguous surnames stay as they are.
    /// </summary>
    public void AddSurnameForm(string name, string surname)
    {
        if (_bySuffix.Count < MaxNames * MaxTokens) Add(_bySuffix, surname, name);
    }

    /// <summary>Records an organisation whose name ends in a legal suffix (<c>Apple Inc.</c>): <c>Apple</c> then means it.</summary>
    public void AddOrganisation(string name, bool legalSuffix)
    {
        if (!legalSuffix || _seen.Count >= MaxNames || !_seen.Add(name)) return;
        var words = Words(name);
        if (words.Count < 2 || words.Count > MaxTokens) return;
        Add(_byFirst, name.Substring(0, words[words.Count - 2].End), name);
    }

    /// <summary>
    /// Whether the one word <paramref name="word"/> ends a person's name the article writes out (<c>Varga</c> for
    /// <c>KC Varga</c>), even when two such names share it.
    /// </summary>
    public bool IsSurnameOfPerson(string word) => _bySuffix.ContainsKey(word);

    /// <summary>The fullest unambiguous form of <paramref name="speaker"/>, or <paramref name="speaker"/> itself.</summary>
    public string Expand(string speaker)
    {
        // the speaker is the fullest form the article gives: Donald J. Trump for Donald Trump, wherever either appears
        var expanded = ExpandWithoutInitials(speaker);
        return _withInitials.TryGetValue(expanded, out var initialled) && initialled is not null ? initialled : expanded;
    }

    private string ExpandWithoutInitials(string speaker)
    {
        // De Villiers at a sentence start for Peter de Villiers: a name particle capitalised only by its position
        var space = speaker.IndexOf(' ');
        if (space > 0 && char.IsUpper(speaker[0]) && QuoteLexicons.NameParticles.Contains(speaker.AsSpan(0, space)) &&
            _bySuffix.TryGetValue(char.ToLowerInvariant(speaker[0]) + speaker.Substring(1), out var withParticle) && withParticle is not null)
            return withParticle;
        // a name the article writes out in full stays as written (Stephen Jones, not John Stephen Jones)
        if (speaker.IndexOf(' ') > 0 && _seen.Contains(speaker))
        {
            // … unless it is a longer name's tail that does not start with a given name (Black Elk → Linda Black Elk)
            var sp = speaker.IndexOf(' ');
            if (QuoteGrammar.GivenNameGender(speaker.AsSpan(0, sp), 2) == 0 && _bySuffix.TryGetValue(speaker, out var longer) && longer is not null) return longer;
            return speaker;
        }
        if (_bySuffix.TryGetValue(speaker, out var full) && full is not null) return full;
        if (full is null && _bySuffix.ContainsKey(speaker)) return speaker;
        if (speaker.IndexOf(' ') < 0 && _byFirst.TryGetValue(speaker, out full) && full is not null) return full;
        if (_byFirst.TryGetValue(speaker, out full) && full is not null && full.EndsWith(".", StringComparison.Ordinal)) return full;
        return speaker;
    }

    private static void Add(Dictionary<string, string?> index, string key, string name)
    {
        if (key.Length == 0 || key == name) return;
        if (!index.TryGetValue(key, out var existing)) { index[key] = name; return; }
        if (existing is null || existing == name) return;
        // Donald Trump and Donald J. Trump: the same person, keep the form with the initial
        var plainName = WithoutInitials(name) ?? name;
        var plainExisting = WithoutInitials(existing) ?? existing;
        if (plainName == plainExisting)
        {
            if (plainName != name) index[key] = name;
            return;
        }
        // Jerry Jones and Jerry Jones Jr.: the same person, keep the shorter; otherwise ambiguous
        if (name.StartsWith(existing + " ", StringComparison.Ordinal)) return;
        if (existing.StartsWith(name + " ", StringComparison.Ordinal)) { index[key] = name; return; }
        index[key] = null;
    }

    /// <summary><c>Donald J. Trump</c> → <c>Donald Trump</c>: the name without the one-letter initials between its first and last word; null when it has none.</summary>
    private static string? WithoutInitials(string name)
    {
        var words = Words(name);
        if (words.Count < 3) return null;
        System.Text.StringBuilder? plain = null;
        for (var i = 1; i < words.Count - 1; i++)
        {
            var (start, end) = words[i];
            if (end - start != 2 || !char.IsUpper(name[start]) || name[start + 1] != '.') continue;
            plain ??= new System.Text.StringBuilder(name.Length);
        }
        if (plain is null) return null;
        for (var i = 0; i < words.Count; i++)
        {
            var (start, end) = words[i];
            if (i > 0 && i < words.Count - 1 && end - start == 2 && char.IsUpper(name[start]) && name[start + 1] == '.') continue;
            if (plain.Length > 0) plain.Append(' ');
            plain.Append(name, start, end - start);
        }
        // J. David Cox: an initial opening the name is no middle initial, and a name reduced to one word is no form of it
        return plain.ToString().IndexOf(' ') > 0 ? plain.ToString() : null;
    }

    private static bool IsSuffix(string name, (int Start, int End) w)
    {
        var s = name.AsSpan(w.Start, w.End - w.Start);
        return s.SequenceEqual("Jr.".AsSpan()) || s.SequenceEqual("Sr.".AsSpan()) || s.SequenceEqual("Jr".AsSpan()) ||
               s.SequenceEqual("Sr".AsSpan()) || s.SequenceEqual("II".AsSpan()) || s.SequenceEqual("III".AsSpan()) || s.SequenceEqual("IV".AsSpan());
    }

    private static List<(int Start, int End)> Words(string name)
    {
        var words = new List<(int, int)>(4);
        var i = 0;
        while (i < name.Length && words.Count <= MaxTokens)
        {
            while (i < name.Length && name[i] == ' ') i++;
            if (i >= name.Length) break;
            var start = i;
            while (i < name.Length && name[i] != ' ') i++;
            words.Add((start, i));
        }
        return words;
    }
}
