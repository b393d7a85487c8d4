using ArticleModel.Cli.Import.XPath;

namespace ArticleModel.Cli.Import.Ftr;

/// <summary>One title/author/date/body expression and what it converted to.</summary>
internal sealed record FtrFieldRule(string Directive, string XPath, int Line, CssConversion Conversion);
