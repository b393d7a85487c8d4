namespace ArticleModel.Cli.Import.XPath;

/// <summary><c>substring-before(value, Literal)</c> (<see cref="Before"/>) or <c>substring-after(value, Literal)</c>.</summary>
internal sealed record SubstringStep(bool Before, string Literal);
