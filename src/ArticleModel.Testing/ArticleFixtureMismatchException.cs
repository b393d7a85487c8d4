using System;
using System.Collections.Generic;
using Xunit.Sdk;

namespace ArticleModel.Testing;

/// <summary>
/// Thrown by <see cref="ArticleFixtureAssert"/> when a fixture's actual JSON does not match its expected file, or when
/// the expected file is missing. xunit prints the message, which lists every difference by field path.
/// </summary>
public sealed class ArticleFixtureMismatchException : XunitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fixture">The fixture that failed.</param>
    /// <param name="differences">The differences; empty when the expected file is missing.</param>
    /// <param name="message">The full failure message.</param>
    public ArticleFixtureMismatchException(ArticleFixture fixture, IReadOnlyList<JsonFieldDifference> differences, string message)
        : base(message)
    {
        Fixture = fixture ?? throw new ArgumentNullException(nameof(fixture));
        Differences = differences ?? throw new ArgumentNullException(nameof(differences));
    }

    /// <summary>The fixture that failed.</summary>
    public ArticleFixture Fixture { get; }

    /// <summary>The differences between the expected and the actual JSON; empty when the expected file is missing.</summary>
    public IReadOnlyList<JsonFieldDifference> Differences { get; }
}
