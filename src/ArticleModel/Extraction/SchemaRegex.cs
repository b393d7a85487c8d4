using System;
using System.ComponentModel;
using System.Text.RegularExpressions;

namespace ArticleModel.CompilerServices;

/// <summary>Builds the <see cref="Regex"/> objects for schema patterns the same way for generated and interpreted parsers.</summary>
/// <remarks>
/// <para>The rule (docs/architecture.md, "Time and determinism"): the schema compiler decides per pattern whether it
/// needs backtracking (backreferences, lookarounds, atomic groups, conditionals, balancing groups, <c>\G</c>; AM0142).
/// A pattern that does not runs with <c>RegexOptions.NonBacktracking</c>: linear in the block, no timeout, and so the
/// same result on every machine, under any load and with any number of threads. A pattern that does, runs on the
/// backtracking engine with a per-match timeout (<see cref="MatchTimeout"/>, AM3003) inside a time budget shared by
/// every backtracking match of one parse (<see cref="ParseBudget"/>, AM3005): only such patterns can give
/// machine-dependent results, and only on input that makes them run out of time.</para>
/// <para>The netstandard2.0 build of this library has no non-backtracking engine (it is .NET 7+): there every pattern
/// runs on the backtracking engine under the same timeout and budget. A pattern too large for the non-backtracking
/// engine also falls back to backtracking.</para>
/// <para>For generated code and the interpreter only; it may change between versions without notice.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SchemaRegex
{
    /// <summary>
    /// How long one backtracking match may run before it is abandoned (the locator then finds nothing there and the
    /// result gets an AM3003 warning).
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The time all backtracking matches of one parse may take together. When it is used up, the remaining
    /// backtracking matches of that parse are not run (AM3005), so one parse of any input takes at most about
    /// <see cref="ParseBudget"/> + <see cref="MatchTimeout"/> in pattern matching.
    /// </summary>
    public static readonly TimeSpan ParseBudget = TimeSpan.FromSeconds(2);

    /// <summary>Creates the regex for a schema pattern on the backtracking engine (code generated before the engine choice existed).</summary>
    /// <param name="pattern">The pattern text.</param>
    /// <param name="ignoreCase">The <c>i</c> flag.</param>
    /// <param name="multiline">The <c>m</c> flag.</param>
    public static Regex Create(string pattern, bool ignoreCase, bool multiline) => Create(pattern, ignoreCase, multiline, needsBacktracking: true);

    /// <summary>Creates the regex for a schema pattern.</summary>
    /// <param name="pattern">The pattern text.</param>
    /// <param name="ignoreCase">The <c>i</c> flag.</param>
    /// <param name="multiline">The <c>m</c> flag.</param>
    /// <param name="needsBacktracking">The schema compiler's decision (<c>RegexSpec.NeedsBacktracking</c>); false runs the pattern on the non-backtracking engine where there is one.</param>
    public static Regex Create(string pattern, bool ignoreCase, bool multiline, bool needsBacktracking)
    {
        var options = RegexOptions.CultureInvariant;
        if (ignoreCase) options |= RegexOptions.IgnoreCase;
        if (multiline) options |= RegexOptions.Multiline;
#if NET7_0_OR_GREATER
        if (!needsBacktracking)
        {
            try
            {
                return new Regex(pattern, options | RegexOptions.NonBacktracking);
            }
            catch (NotSupportedException)
            {
                // Too large for the non-backtracking engine (or a construct the analysis missed): backtracking, budgeted.
            }
        }
#endif
        return new Regex(pattern, options | RegexOptions.Compiled, MatchTimeout);
    }

    /// <summary>Whether <paramref name="regex"/> runs on the backtracking engine (and so counts against the parse's budget).</summary>
    public static bool IsBacktracking(Regex regex)
    {
#if NET7_0_OR_GREATER
        return (regex.Options & RegexOptions.NonBacktracking) == 0;
#else
        return true;
#endif
    }
}
