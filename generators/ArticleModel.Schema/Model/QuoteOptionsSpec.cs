using System.Collections.Generic;

namespace ArticleModel.Schema;

/// <summary>
/// The options of <c>@quotes(in: f, minWords: n, marks: kind | kind, organisations: true|false)</c>: what the runtime's
/// <c>ArticleModel.QuoteOptions</c> is built from.
/// </summary>
/// <param name="MinWords">The fewest words a quote has to have (1–100; checked: AM0200).</param>
/// <param name="Marks">The marks that count as quote marks (never <see cref="QuoteMarkKinds.None"/>).</param>
/// <param name="OrganisationsAsSpeakers">Whether an organisation can be a quote's speaker.</param>
public sealed record QuoteOptionsSpec(int MinWords, QuoteMarkKinds Marks, bool OrganisationsAsSpeakers)
{
    /// <summary>The fewest words <c>minWords:</c> accepts.</summary>
    public const int MinWordsLowest = 1;

    /// <summary>The most words <c>minWords:</c> accepts: a longer minimum would leave out nearly every quote.</summary>
    public const int MinWordsHighest = 100;

    /// <summary>What <c>@quotes(in: f)</c> without options means.</summary>
    public static QuoteOptionsSpec Default { get; } = new(1, QuoteMarkKinds.All, true);

    /// <summary>True when these are the defaults (the back ends then use the runtime's default options).</summary>
    public bool IsDefault => Equals(Default);

    /// <summary>The names <c>marks:</c> takes, each with its marks: groups first, the order <see cref="MarkNames"/> writes them in.</summary>
    public static IReadOnlyList<KeyValuePair<string, QuoteMarkKinds>> MarkKinds { get; } = new[]
    {
        new KeyValuePair<string, QuoteMarkKinds>("all", QuoteMarkKinds.All),
        new KeyValuePair<string, QuoteMarkKinds>("double", QuoteMarkKinds.Double),
        new KeyValuePair<string, QuoteMarkKinds>("single", QuoteMarkKinds.Single),
        new KeyValuePair<string, QuoteMarkKinds>("curly", QuoteMarkKinds.Curly),
        new KeyValuePair<string, QuoteMarkKinds>("straight", QuoteMarkKinds.Straight),
        new KeyValuePair<string, QuoteMarkKinds>("curlyDouble", QuoteMarkKinds.CurlyDouble),
        new KeyValuePair<string, QuoteMarkKinds>("straightDouble", QuoteMarkKinds.StraightDouble),
        new KeyValuePair<string, QuoteMarkKinds>("curlySingle", QuoteMarkKinds.CurlySingle),
        new KeyValuePair<string, QuoteMarkKinds>("straightSingle", QuoteMarkKinds.StraightSingle),
    };

    /// <summary>
    /// <paramref name="marks"/> as schema names that do not overlap, larger groups first: <c>double | curlySingle</c>. One spelling per set, so the display (and the generated code) does not depend on how
    /// the schema wrote it.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, QuoteMarkKinds>> MarkNames(QuoteMarkKinds marks)
    {
        var names = new List<KeyValuePair<string, QuoteMarkKinds>>();
        var left = marks;
        foreach (var kind in MarkKinds)
        {
            if ((kind.Value & ~left) != 0) continue;
            names.Add(kind);
            left &= ~kind.Value;
        }
        return names;
    }

    /// <summary>The non-default options as written in the schema, for <see cref="LocatorSpec.Display"/>: <c>minWords: 2, marks: curly</c>.</summary>
    public string Display
    {
        get
        {
            var parts = new List<string>();
            if (MinWords != Default.MinWords) parts.Add("minWords: " + MinWords.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (Marks != Default.Marks)
            {
                var names = new List<string>();
                foreach (var name in MarkNames(Marks)) names.Add(name.Key);
                parts.Add("marks: " + string.Join(" | ", names));
            }
            if (OrganisationsAsSpeakers != Default.OrganisationsAsSpeakers) parts.Add("organisations: " + (OrganisationsAsSpeakers ? "true" : "false"));
            return string.Join(", ", parts);
        }
    }
}
