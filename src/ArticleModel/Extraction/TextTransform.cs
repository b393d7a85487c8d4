using System;
using System.ComponentModel;
using System.Text.RegularExpressions;

namespace ArticleModel.CompilerServices;

/// <summary>
/// One step of a field's value transform pipeline (<c>| trim(" -") | titlecase</c>), created once per parser by
/// generated code and the interpreter alike and run by <see cref="ParseContext.Transform(FoundText, TextTransform[], string)"/>.
/// </summary>
/// <remarks>For generated code and the interpreter only; it may change between versions without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TextTransform
{
    private TextTransform(TextTransformKind kind, string? text, Regex? regex)
    {
        Kind = kind;
        Text = text;
        Regex = regex;
    }

    internal TextTransformKind Kind { get; }

    internal string? Text { get; }

    internal Regex? Regex { get; }

    /// <summary><c>trim("chars")</c>: removes the characters from both ends.</summary>
    public static TextTransform Trim(string chars) => new(TextTransformKind.Trim, chars ?? throw new ArgumentNullException(nameof(chars)), null);

    /// <summary><c>trimPrefix("literal")</c>: removes the literal from the start when the text starts with it (ordinal).</summary>
    public static TextTransform TrimPrefix(string literal) => new(TextTransformKind.TrimPrefix, literal ?? throw new ArgumentNullException(nameof(literal)), null);

    /// <summary><c>trimSuffix("literal")</c>: removes the literal from the end when the text ends with it (ordinal).</summary>
    public static TextTransform TrimSuffix(string literal) => new(TextTransformKind.TrimSuffix, literal ?? throw new ArgumentNullException(nameof(literal)), null);

    /// <summary><c>replace(/re/, "replacement")</c>: replaces every match (.NET substitutions).</summary>
    public static TextTransform Replace(Regex regex, string replacement) =>
        new(TextTransformKind.Replace, replacement ?? throw new ArgumentNullException(nameof(replacement)), regex ?? throw new ArgumentNullException(nameof(regex)));

    /// <summary><c>split(/re/)</c>: cuts the text at every match into several values, each run through the later steps.</summary>
    public static TextTransform Split(Regex separator) =>
        new(TextTransformKind.Split, null, separator ?? throw new ArgumentNullException(nameof(separator)));

    /// <summary><c>collapse</c>: every run of white space becomes one space; the ends are trimmed.</summary>
    public static TextTransform Collapse { get; } = new(TextTransformKind.Collapse, null, null);

    /// <summary><c>lowercase</c> (invariant culture).</summary>
    public static TextTransform Lowercase { get; } = new(TextTransformKind.Lowercase, null, null);

    /// <summary><c>uppercase</c> (invariant culture).</summary>
    public static TextTransform Uppercase { get; } = new(TextTransformKind.Uppercase, null, null);

    /// <summary><c>titlecase</c>: each word's first letter upper case, the rest lower case (invariant culture).</summary>
    public static TextTransform Titlecase { get; } = new(TextTransformKind.Titlecase, null, null);

    /// <summary>
    /// Title case: lower-cases every letter, then upper-cases the first letter of each word. A word starts at a letter
    /// that follows a non-letter — except after an apostrophe, where only a one-letter prefix such as <c>O'</c>,
    /// <c>D'</c>, <c>L'</c> starts a new word (<c>O'NEILL</c> → <c>O'Neill</c>, <c>DON'T</c> → <c>Don't</c>). Length
    /// preserving, so a span narrowed by other steps stays right.
    /// </summary>
    internal static string ToTitleCase(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (!char.IsLetter(c))
            {
                continue;
            }
            var startsWord = i == 0 || !char.IsLetter(chars[i - 1]) && !IsApostrophe(chars[i - 1]) && !char.IsDigit(chars[i - 1])
                || IsApostrophe(chars[i - 1]) && i >= 2 && char.IsLetter(chars[i - 2]) && (i == 2 || !char.IsLetter(chars[i - 3]));
            chars[i] = startsWord ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
        }
        return new string(chars);
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
