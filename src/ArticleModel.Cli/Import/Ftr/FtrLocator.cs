using ArticleModel.Cli.Import.XPath;

namespace ArticleModel.Cli.Import.Ftr;

/// <summary>A locator of an imported field: its schema text, the rule it came from, and the substring step its field applies.</summary>
internal sealed record FtrLocator(string Directive, int Line, string Source, string Text, SubstringStep? Substring, bool Removed, bool IsContent);
