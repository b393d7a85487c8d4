namespace ArticleModel.Cli.Scaffold;

/// <summary>One locator <c>scaffold</c> found for a field, written as schema text, with the value it gives on the page.</summary>
/// <param name="Locator">The locator as it is written in the schema (<c>@meta("og:title")</c>).</param>
/// <param name="Value">What it gives on the page, for the comment beside it (already shortened to one line).</param>
internal sealed record ScaffoldCandidate(string Locator, string Value);
