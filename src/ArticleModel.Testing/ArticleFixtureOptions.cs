using System;
using System.Collections.Generic;

namespace ArticleModel.Testing;

/// <summary>How <see cref="ArticleFixtureAssert"/> compares a fixture and when it accepts the actual result.</summary>
public sealed class ArticleFixtureOptions
{
    /// <summary>The environment variable that turns accept mode on when it is <c>1</c> or <c>true</c>: <c>ARTICLEMODEL_ACCEPT_FIXTURES</c>.</summary>
    public const string AcceptEnvironmentVariable = "ARTICLEMODEL_ACCEPT_FIXTURES";

    private readonly List<string> _ignoredFields = new();

    /// <summary>
    /// Accept mode: write the actual JSON to the expected file (creating or refreshing it) instead of comparing.
    /// Null (the default) reads <see cref="AcceptEnvironmentVariable"/>; true or false overrides it.
    /// </summary>
    public bool? Accept { get; set; }

    /// <summary>
    /// Fields left out of the comparison (they are still written in accept mode). Each entry is a dotted path of JSON
    /// property names without array indexes, and <c>*</c> matches any one name: <c>quotes</c> ignores the whole field,
    /// <c>quotes.speaker</c> the speaker of every quote, <c>*.twitter</c> a <c>twitter</c> property one level down.
    /// </summary>
    public IReadOnlyList<string> IgnoredFields => _ignoredFields;

    /// <summary>At most this many differences are listed in a failure message (default 25); the count is always given.</summary>
    public int MaxReportedDifferences { get; set; } = 25;

    /// <summary>Adds fields to <see cref="IgnoredFields"/>.</summary>
    /// <param name="fields">Dotted field paths, for example <c>quotes</c> or <c>byline.twitter</c>.</param>
    /// <returns>This instance, for chaining.</returns>
    public ArticleFixtureOptions Ignore(params string[] fields)
    {
        if (fields is null) throw new ArgumentNullException(nameof(fields));
        foreach (var field in fields)
        {
            if (string.IsNullOrWhiteSpace(field)) throw new ArgumentException("An ignored field path must not be empty.", nameof(fields));
            _ignoredFields.Add(field.Trim());
        }
        return this;
    }

    /// <summary>
    /// Where accept mode reports each expected file it creates or updates (one line per file, with its path, and a
    /// warning when the accepted parse failed), for example an xunit <c>ITestOutputHelper.WriteLine</c>. Null (the
    /// default) writes the lines to the standard output, which <c>dotnet test</c> shows with
    /// <c>--logger "console;verbosity=detailed"</c>.
    /// </summary>
    public Action<string>? Log { get; set; }

    /// <summary>Whether accept mode is on: <see cref="Accept"/> when set, otherwise <see cref="AcceptEnvironmentVariable"/>.</summary>
    public bool IsAcceptMode => Accept ?? IsAcceptRequestedByEnvironment();

    /// <summary>True when <see cref="AcceptEnvironmentVariable"/> is <c>1</c> or <c>true</c> (any case).</summary>
    public static bool IsAcceptRequestedByEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(AcceptEnvironmentVariable)?.Trim();
        return value == "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
    }

    internal void Report(string line)
    {
        if (Log is not null)
        {
            Log(line);
            return;
        }
        Console.Out.WriteLine(line);
    }
}
