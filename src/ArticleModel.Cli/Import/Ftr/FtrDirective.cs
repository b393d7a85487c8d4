namespace ArticleModel.Cli.Import.Ftr;

/// <summary>
/// One line of a FiveFilters site-config file: <c>name: value</c>, or <c>name(argument): value</c>
/// (<c>replace_string(search): replacement</c>, <c>http_header(user-agent): …</c>), with its 1-based line number.
/// </summary>
internal sealed record FtrDirective(string Name, string? Argument, string Value, int Line);
