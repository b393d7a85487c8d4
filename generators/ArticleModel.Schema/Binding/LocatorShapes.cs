using System.Collections.Generic;

namespace ArticleModel.Schema.Binding;

/// <summary>The table of locators: which arguments each takes, of which kind, and which input format it applies to.</summary>
internal static class LocatorShapes
{
    private const string RegionForm = "[, after:|from: anchor] [, until:|through: anchor]";

    private static readonly LocatorParameter Position = new(null, ParameterKind.Position, requiredAs: "a position");
    private static readonly LocatorParameter Pattern = new(null, ParameterKind.Pattern, requiredAs: "a /regex/");
    private static readonly LocatorParameter Where = new("where", ParameterKind.Where);
    private static readonly LocatorParameter After = new("after", ParameterKind.RegionStart);
    private static readonly LocatorParameter From = new("from", ParameterKind.RegionStart, inclusive: true);
    private static readonly LocatorParameter Until = new("until", ParameterKind.RegionEnd);
    private static readonly LocatorParameter Through = new("through", ParameterKind.RegionEnd, inclusive: true);
    private static readonly LocatorParameter Format = new("format", ParameterKind.DateFormat);
    private static readonly LocatorParameter Zone = new("zone", ParameterKind.DateZone);
    private static readonly LocatorParameter In = new("in", ParameterKind.Source, requiredAs: "'in: field'");
    private static readonly LocatorParameter MinWords = new("minWords", ParameterKind.QuoteMinWords);
    private static readonly LocatorParameter Marks = new("marks", ParameterKind.QuoteMarks);
    private static readonly LocatorParameter Organisations = new("organisations", ParameterKind.QuoteOrganisations);
    private static readonly LocatorParameter Part = new("part", ParameterKind.Part);
    private static readonly LocatorParameter Strip = new("strip", ParameterKind.Strip);
    private static readonly LocatorParameter Attr = new("attr", ParameterKind.HtmlString);
    private static readonly LocatorParameter Clean = new("clean", ParameterKind.HtmlString);
    private static readonly LocatorParameter Kind = new("kind", ParameterKind.BlockKind);

    /// <summary>Every locator, plain-text ones first (the order did-you-mean suggestions consider them in).</summary>
    public static readonly LocatorShape[] All =
    {
        new("line", LocatorKind.Line, InputFormat.Text, "@line(n [, where: /re/] [, strip: /re/] [, format: \"…\"] [, zone: \"…\"])", true, Position, Where, Strip, Format, Zone),
        new("block", LocatorKind.Block, InputFormat.Text, "@block(n " + RegionForm + " [, where: /re/] [, strip: /re/] [, format: \"…\"] [, zone: \"…\"])", true, Position, After, From, Until, Through, Where, Strip, Format, Zone),
        new("blocks", LocatorKind.Blocks, InputFormat.Text, "@blocks([after:|from: anchor] [, until:|through: anchor] [, kind: kind | kind …] [, strip: /re/])", true, null, After, From, Until, Through, Kind, Strip),
        new("match", LocatorKind.Match, InputFormat.Text, "@match(/re/ " + RegionForm + " [, part: after|before] [, format: \"…\"] [, zone: \"…\"])", true, Pattern, After, From, Until, Through, Part, Format, Zone),
        // Derived from another field's text, so it applies whatever the input format.
        new("quotes", LocatorKind.Quotes, InputFormat.Any, "@quotes(in: field [, minWords: n] [, marks: kind | kind …] [, organisations: true|false])", false, null, In, MinWords, Marks, Organisations),
        // HTML locators (bound by Binder.HtmlLocators: several positional strings, checked selectors and paths).
        new("css", LocatorKind.Css, InputFormat.Html, "@css(\"selector\", … [, attr: \"attribute\"] [, clean: \"selectors\"] [, format: \"…\"] [, zone: \"…\"])", false, null, Attr, Clean, Format, Zone),
        new("xpath", LocatorKind.XPath, InputFormat.Html, "@xpath(\"expression\", … [, clean: \"selectors\"] [, format: \"…\"] [, zone: \"…\"])", false, null, Clean, Format, Zone),
        new("meta", LocatorKind.Meta, InputFormat.Html, "@meta(\"name\", … [, format: \"…\"] [, zone: \"…\"])", false, null, Format, Zone),
        new("jsonld", LocatorKind.JsonLd, InputFormat.Html, "@jsonld(\"path\" [, format: \"…\"] [, zone: \"…\"])", false, null, Format, Zone),
        // Markdown locators (bound by Binder.MarkdownLocators); on input not read from Markdown they find nothing.
        new("heading", LocatorKind.Heading, InputFormat.Markdown, "@heading(level [, n] [, format: \"…\"] [, zone: \"…\"])", false, null, Format, Zone),
        new("frontmatter", LocatorKind.FrontMatter, InputFormat.Markdown, "@frontmatter(\"key\" [, format: \"…\"] [, zone: \"…\"])", false, null, Format, Zone),

        // The page's main content, found by scoring; no positional argument.
        new("content", LocatorKind.Content, InputFormat.Html, "@content([clean: \"selectors\"])", false, null, Clean),
        // Retired: @css("selector", attr: "attribute") replaces it (AM0113).
        new("attr", null, InputFormat.Html, "@attr(\"selector\", \"attribute\")", false, null),
    };

    private static readonly Dictionary<string, LocatorShape> s_byName = ByName();

    /// <summary>The names of every locator, in table order.</summary>
    public static IEnumerable<string> Names
    {
        get
        {
            foreach (var shape in All) yield return shape.Name;
        }
    }

    /// <summary>The locator named <paramref name="name"/>, or null.</summary>
    public static LocatorShape? Find(string name) => s_byName.TryGetValue(name, out var shape) ? shape : null;

    /// <summary>True for a retired locator (<c>@attr</c>), reported with AM0113.</summary>
    public static bool IsIgnoredFormat(string name) => Find(name) is { Kind: null };

    private static Dictionary<string, LocatorShape> ByName()
    {
        var byName = new Dictionary<string, LocatorShape>(System.StringComparer.Ordinal);
        foreach (var shape in All) byName[shape.Name] = shape;
        return byName;
    }
}
