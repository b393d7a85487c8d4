using System.Collections.Generic;
using System.Globalization;

namespace ArticleModel.Schema;

/// <summary>
/// One schema diagnostic: its ID, severity, short title and message format (composite format
/// placeholders). Every diagnostic the schema compiler reports comes from one of these.
/// </summary>
/// <param name="Id">The ID, <c>AM0001</c>…: <c>AM00xx</c> syntax, <c>AM01xx</c>/<c>AM02xx</c> binding, <c>AM0999</c> internal error.</param>
/// <param name="Severity">The severity every diagnostic with this ID has.</param>
/// <param name="Title">A short title, as docs/diagnostics.md uses for its section heading.</param>
/// <param name="MessageFormat">The message with <c>{0}</c>… placeholders.</param>
public sealed record SchemaDiagnosticDescriptor(string Id, SchemaSeverity Severity, string Title, string MessageFormat)
{
    /// <summary>Formats the message with <paramref name="args"/> (invariant culture).</summary>
    public string Format(params object?[] args) => string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}

/// <summary>
/// The table of every schema diagnostic. <c>AM00xx</c> are syntax errors (lexer and parser), <c>AM01xx</c> and <c>AM02xx</c> (<c>@quotes</c> options) binding errors,
/// <c>AM1xxx</c> is reserved for the source generator, <c>AM2xxx</c>/<c>AM3xxx</c> for the runtime. docs/diagnostics.md has
/// one section per ID.
/// </summary>
public static class SchemaDiagnosticIds
{
    private const SchemaSeverity E = SchemaSeverity.Error;
    private const SchemaSeverity W = SchemaSeverity.Warning;

    private static SchemaDiagnosticDescriptor D(string id, SchemaSeverity severity, string title, string format) => new(id, severity, title, format);

    // ---- Syntax (AM00xx) ----

    /// <summary>AM0001: a character that starts no token.</summary>
    public static readonly SchemaDiagnosticDescriptor UnexpectedCharacter = D("AM0001", E, "Unexpected character",
        "unexpected character '{0}'; expected an identifier, integer, string, regex, comment or one of {{ }} ( ) : ; , ? [ ] @ | .");

    /// <summary>AM0002: a string without its closing quote on the same line.</summary>
    public static readonly SchemaDiagnosticDescriptor UnterminatedString = D("AM0002", E, "Unterminated string",
        "unterminated string; expected a closing '\"' before the end of the line");

    /// <summary>AM0003: a regex literal without its closing slash on the same line.</summary>
    public static readonly SchemaDiagnosticDescriptor UnterminatedRegex = D("AM0003", E, "Unterminated regex",
        "unterminated regex literal; expected a closing '/' before the end of the line (write '\\/' for a slash inside the pattern)");

    /// <summary>AM0004: an integer that does not fit 32 bits.</summary>
    public static readonly SchemaDiagnosticDescriptor IntegerOutOfRange = D("AM0004", E, "Integer out of range",
        "integer '{0}' is out of range; expected a value between -2147483648 and 2147483647");

    /// <summary>AM0005: a specific token was expected.</summary>
    public static readonly SchemaDiagnosticDescriptor ExpectedToken = D("AM0005", E, "Expected token",
        "expected {0}; found {1}");

    /// <summary>AM0006: something other than a declaration at the top level.</summary>
    public static readonly SchemaDiagnosticDescriptor ExpectedDeclaration = D("AM0006", E, "Expected declaration",
        "expected 'article' or 'record' declaration; found {0}");

    /// <summary>AM0007: something other than a field or drop rule inside a declaration.</summary>
    public static readonly SchemaDiagnosticDescriptor ExpectedMember = D("AM0007", E, "Expected member",
        "expected a field ('name : type @locator(...)'), 'drop @locator(...)' or '}}'; found {0}");

    /// <summary>AM0008: no type after a field's colon.</summary>
    public static readonly SchemaDiagnosticDescriptor ExpectedType = D("AM0008", E, "Expected type",
        "expected a type after ':' (text, paragraph, int, date, url, handle, quote or a record name); found {0}");

    /// <summary>AM0009: no value where a locator argument needs one.</summary>
    public static readonly SchemaDiagnosticDescriptor ExpectedValue = D("AM0009", E, "Expected value",
        "expected a value (an integer, a /regex/, a \"string\" or a field name); found {0}");

    /// <summary>AM0010: a namespace line after a declaration, or a second one.</summary>
    public static readonly SchemaDiagnosticDescriptor MisplacedNamespace = D("AM0010", E, "Misplaced namespace",
        "'namespace' {0}; expected at most one 'namespace' line, before every declaration");

    /// <summary>AM0011: a keyword where a name is needed.</summary>
    public static readonly SchemaDiagnosticDescriptor KeywordAsName = D("AM0011", E, "Keyword used as a name",
        "'{0}' is a keyword and cannot name {1}; expected an identifier that is not namespace, article, record or drop");

    /// <summary>AM0012: a doc comment followed by no declaration or member.</summary>
    public static readonly SchemaDiagnosticDescriptor OrphanDocComment = D("AM0012", W, "Doc comment not attached",
        "'///' documentation comment is followed by {0}; expected a declaration, a field or a 'drop' rule after it, so it is ignored");

    /// <summary>AM0013: a slash where a regex literal cannot start.</summary>
    public static readonly SchemaDiagnosticDescriptor MisplacedRegex = D("AM0013", E, "Misplaced regex",
        "a regex literal cannot start here; expected '/' only where a value is expected, after '(', ',', ':' or '|'");

    /// <summary>AM0014: a '/' inside a regex literal that does not end it.</summary>
    public static readonly SchemaDiagnosticDescriptor UnescapedSlashInRegex = D("AM0014", E, "Unescaped slash in regex",
        "unescaped '/' inside a regex literal; expected '\\/' for a slash in the pattern (a literal ends at a '/' followed by its flags and then ')', ',', white space or the end of the line)");

    // ---- Binding (AM01xx) ----

    /// <summary>AM0101: two declarations with one name.</summary>
    public static readonly SchemaDiagnosticDescriptor DuplicateDeclaration = D("AM0101", E, "Duplicate declaration",
        "'{0}' is already declared at {1}; expected each article and record name once per file");

    /// <summary>AM0102: a type name that is neither built in nor a record of the file.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownType = D("AM0102", E, "Unknown type",
        "unknown type '{0}'; expected text, paragraph, int, date, url, handle, quote or a record declared in this file{1}");

    /// <summary>AM0103: a declaration named like a built-in type.</summary>
    public static readonly SchemaDiagnosticDescriptor BuiltInTypeName = D("AM0103", E, "Declaration named like a built-in type",
        "{0} '{1}' has the name of a built-in type; expected a name other than text, paragraph, int, date, url, handle or quote");

    /// <summary>AM0104: <c>[]?</c>.</summary>
    public static readonly SchemaDiagnosticDescriptor OptionalList = D("AM0104", E, "Optional list",
        "list fields are never null; remove '?' from '{0}' (expected '{1}', which is empty when nothing is found)");

    /// <summary>AM0105: a record member of a type records cannot hold.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidRecordMemberType = D("AM0105", E, "Invalid record member type",
        "record member '{0}' has type '{1}'; expected a scalar type: text, int, date, url or handle (with '?' for optional)");

    /// <summary>AM0106: a locator on a record member.</summary>
    public static readonly SchemaDiagnosticDescriptor LocatorInRecord = D("AM0106", E, "Locator in record",
        "record member '{0}' has a locator; expected 'name : type' only, since record members are filled from the named groups of the field's @match");

    /// <summary>AM0107: a drop rule in a record.</summary>
    public static readonly SchemaDiagnosticDescriptor DropInRecord = D("AM0107", E, "Drop rule in record",
        "'drop' rule in record '{0}'; expected drop rules only in an article");

    /// <summary>AM0108: two fields with one name.</summary>
    public static readonly SchemaDiagnosticDescriptor DuplicateField = D("AM0108", E, "Duplicate field",
        "'{0}' already has a field or member named '{1}'; expected each name once per declaration");

    /// <summary>AM0109: two names with one PascalCase property name.</summary>
    public static readonly SchemaDiagnosticDescriptor PropertyNameCollision = D("AM0109", E, "Property name collision",
        "'{0}' becomes the C# property '{1}', which '{2}' also becomes; expected names that differ after PascalCase");

    /// <summary>AM0110: a property named like its enclosing type.</summary>
    public static readonly SchemaDiagnosticDescriptor PropertyNameIsTypeName = D("AM0110", E, "Property named like its type",
        "'{0}' becomes the C# property '{1}', the name of its enclosing type; expected a different name (C# members cannot share their type's name)");

    /// <summary>AM0111: a property named like a generated member.</summary>
    public static readonly SchemaDiagnosticDescriptor ReservedMemberName = D("AM0111", E, "Property named like a generated member",
        "'{0}' becomes the C# property '{1}', which the generated type already has; expected a name other than the generated members ({2})");

    /// <summary>AM0112: a locator name that is not known.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownLocator = D("AM0112", E, "Unknown locator",
        "unknown locator '@{0}'; expected @line, @block, @blocks, @match or @quotes (or the HTML locators @css, @meta, @jsonld){1}");

    /// <summary>AM0113: the retired <c>@attr</c> locator (HTML locators were ignored with this warning before they were read).</summary>
    public static readonly SchemaDiagnosticDescriptor HtmlLocatorIgnored = D("AM0113", E, "Retired locator @attr",
        "locator '@{0}' is retired; expected @css(\"selector\", attr: \"attribute\"), which takes an attribute's value");

    /// <summary>AM0114: a named argument a locator does not take.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownArgument = D("AM0114", E, "Unknown argument",
        "unknown argument '{0}' for @{1}; expected {2}");

    /// <summary>AM0115: a required argument is missing.</summary>
    public static readonly SchemaDiagnosticDescriptor MissingArgument = D("AM0115", E, "Missing argument",
        "@{0} needs {1}; expected {2}");

    /// <summary>AM0116: an argument given twice.</summary>
    public static readonly SchemaDiagnosticDescriptor DuplicateArgument = D("AM0116", E, "Duplicate argument",
        "argument '{0}' is given more than once; expected {1}");

    /// <summary>AM0117: an argument value of the wrong kind.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidArgumentValue = D("AM0117", E, "Invalid argument value",
        "{0} of @{1} cannot be {2}; expected {3}");

    /// <summary>AM0118: both bounds of one side of a region.</summary>
    public static readonly SchemaDiagnosticDescriptor ConflictingRegionBounds = D("AM0118", E, "Conflicting region bounds",
        "'{0}' and '{1}' both set where the region {2}; expected at most one of them");

    /// <summary>AM0119: a positional value where the locator takes none.</summary>
    public static readonly SchemaDiagnosticDescriptor UnexpectedPositionalArgument = D("AM0119", E, "Unexpected positional argument",
        "unexpected positional argument for @{0}; expected {1}");

    /// <summary>AM0120: a single-value locator on a list field.</summary>
    public static readonly SchemaDiagnosticDescriptor SingleLocatorOnList = D("AM0120", E, "Single-value locator on a list",
        "@{0} gives one value but field '{1}' is a list ('{2}'); expected a non-list type, or @blocks/@match for many values");

    /// <summary>AM0121: @blocks on a field that is not text[] or paragraph[].</summary>
    public static readonly SchemaDiagnosticDescriptor BlocksNeedsTextList = D("AM0121", E, "@blocks needs a text list",
        "@blocks gives many blocks but field '{0}' has type '{1}'; expected text[] or paragraph[]");

    /// <summary>AM0122: a locator that cannot give the field's type.</summary>
    public static readonly SchemaDiagnosticDescriptor LocatorTypeMismatch = D("AM0122", E, "Locator does not fit the type",
        "@{0} cannot fill field '{1}' of type '{2}'; expected {3}");

    /// <summary>AM0123: a quote field located by something other than @quotes.</summary>
    public static readonly SchemaDiagnosticDescriptor QuoteNeedsQuotes = D("AM0123", E, "Quote type without @quotes",
        "field '{0}' has type '{1}', which only @quotes can fill; expected @quotes(in: field) instead of @{2}");

    /// <summary>AM0124: a named group that names no record member.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownGroup = D("AM0124", E, "Group matches no record member",
        "named group '{0}' matches no member of record '{1}'; expected one of {2}");

    /// <summary>AM0125: a required record member without a named group.</summary>
    public static readonly SchemaDiagnosticDescriptor MissingGroup = D("AM0125", E, "Required member has no group",
        "required member '{0}' of record '{1}' has no named group in the pattern; expected (?<{0}>...) in the pattern, or make the member optional ('{0}: {2}?')");

    /// <summary>AM0126: @quotes over a field that is not text.</summary>
    public static readonly SchemaDiagnosticDescriptor QuotesSourceType = D("AM0126", E, "@quotes source is not text",
        "@quotes(in: {0}) searches field '{0}' of type '{1}'; expected a field of type paragraph[], text[], paragraph or text");

    /// <summary>AM0127: a field with no locator.</summary>
    public static readonly SchemaDiagnosticDescriptor NoLocator = D("AM0127", E, "Field has no locator",
        "field '{0}' has no locator; expected one of @line, @block, @blocks, @match, @quotes");

    /// <summary>AM0128: a fallback locator that repeats an earlier locator of the same field exactly, so it can never yield.</summary>
    public static readonly SchemaDiagnosticDescriptor UnreachableFallback = D("AM0128", W, "Unreachable fallback locator",
        "locator {0} of field '{1}' repeats locator {2} of the same field, so it can never find a value the first did not; expected a different fallback, or none");

    /// <summary>AM0129: a drop rule with a locator drops cannot use.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidDropLocator = D("AM0129", E, "Invalid drop locator",
        "'drop' cannot use @{0}; expected @line, @block, @blocks or @match");

    /// <summary>AM0130: a field name as an anchor of a drop rule.</summary>
    public static readonly SchemaDiagnosticDescriptor DropAnchorField = D("AM0130", E, "Field anchor in drop rule",
        "anchor '{0}' in a 'drop' rule names a field; expected a /regex/ (drop rules run before any field is located)");

    /// <summary>AM0131: an anchor or <c>in:</c> naming no field.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownField = D("AM0131", E, "Unknown field",
        "unknown field '{0}' in '{1}:'; expected a field of article '{2}'{3}");

    /// <summary>AM0132: a field referring to itself.</summary>
    public static readonly SchemaDiagnosticDescriptor SelfReference = D("AM0132", E, "Field refers to itself",
        "field '{0}' refers to itself in '{1}:'; expected another field");

    /// <summary>AM0133: fields depending on each other in a loop.</summary>
    public static readonly SchemaDiagnosticDescriptor DependencyCycle = D("AM0133", E, "Dependency cycle",
        "cycle: {0}; expected fields whose anchors and 'in:' sources do not depend on each other in a loop");

    /// <summary>AM0134: a pattern .NET cannot compile.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidRegex = D("AM0134", E, "Invalid regex",
        "invalid regex /{0}/: {1}; expected a .NET regular expression");

    /// <summary>AM0135: an unknown or repeated regex flag.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidRegexFlag = D("AM0135", E, "Invalid regex flag",
        "regex flag '{0}' is unknown or repeated; expected each of i (ignore case) and m (multiline) at most once");

    /// <summary>AM0136: an article with no fields.</summary>
    public static readonly SchemaDiagnosticDescriptor EmptyArticle = D("AM0136", W, "Empty article",
        "article '{0}' has no fields; expected at least one field, or its parser finds nothing");

    /// <summary>AM0137: a record no field uses.</summary>
    public static readonly SchemaDiagnosticDescriptor UnusedRecord = D("AM0137", W, "Unused record",
        "record '{0}' is not used by any field; expected a field of type '{0}' (for example with @match), or remove it");

    /// <summary>AM0138: a name that is a C# keyword where it becomes a C# name verbatim.</summary>
    public static readonly SchemaDiagnosticDescriptor CSharpKeyword = D("AM0138", E, "C# keyword as a name",
        "'{0}' is a C# keyword and cannot name the generated {1}; expected another name");

    /// <summary>AM0139: a name with no usable PascalCase form.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidPropertyName = D("AM0139", E, "No usable property name",
        "'{0}' gives no usable C# property name ('{1}'); expected a name with a letter before its first digit");

    /// <summary>AM0140: a name longer than the generated code can carry.</summary>
    public static readonly SchemaDiagnosticDescriptor NameTooLong = D("AM0140", E, "Name too long",
        "the {0} name '{1}' is {2} characters long; expected at most {3}");

    /// <summary>AM0141: a type or namespace name the generated code needs for itself.</summary>
    public static readonly SchemaDiagnosticDescriptor ReservedName = D("AM0141", E, "Name reserved by the generated code",
        "'{0}' cannot name the generated {1}: {2}; expected another name, such as '{3}'");

    /// <summary>AM0142: a pattern that needs the backtracking regex engine, and so runs under the parse's time budget.</summary>
    public static readonly SchemaDiagnosticDescriptor BacktrackingPattern = D("AM0142", W, "Pattern needs backtracking",
        "the pattern {0} uses {1}, which only the backtracking regex engine supports; it runs under the parse's time budget, so on hostile input it may be abandoned (AM3005) and results can then depend on the machine; expected a pattern without backreferences, lookarounds, atomic groups or conditionals");

    /// <summary>AM0143: a schema file with no article declaration.</summary>
    public static readonly SchemaDiagnosticDescriptor NoArticle = D("AM0143", W, "Schema declares no article",
        "the schema declares no article, so it generates no parser and the CLI has nothing to parse with; expected at least one 'article Name {{ … }}' declaration");

    // ---- Value transforms and fallbacks (AM0150–AM0169) ----

    /// <summary>AM0150: a transform step that does not exist.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownTransform = D("AM0150", E, "Unknown transform",
        "unknown transform '{0}'; expected trim, trimPrefix, trimSuffix, replace, split, collapse, lowercase, uppercase or titlecase{1}");

    /// <summary>AM0151: a transform step with the wrong arguments.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidTransformArguments = D("AM0151", E, "Invalid transform arguments",
        "transform '{0}' {1}; expected {2}");

    /// <summary>AM0152: transforms on a field whose values are quotations.</summary>
    public static readonly SchemaDiagnosticDescriptor TransformOnQuotes = D("AM0152", E, "Transform on quotes",
        "field '{0}' is {1}, and quotations cannot be transformed; expected transforms only on text, paragraph, int, date, url and handle values, or on a record's members");

    /// <summary>AM0153: a replacement that refers to a group the pattern does not have.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownReplacementGroup = D("AM0153", E, "Replacement refers to a missing group",
        "the replacement \"{0}\" refers to group '{1}', which the pattern {2} does not have (.NET would insert '{3}' literally); expected {4}, or '$$' for a literal '$'");

    /// <summary>AM0154: transforms written after a drop rule.</summary>
    public static readonly SchemaDiagnosticDescriptor TransformOnDrop = D("AM0154", E, "Transform on a drop rule",
        "a drop rule removes blocks and has no value to transform; expected no '| {0}' after a drop rule's locators");

    /// <summary>AM0155: <c>part:</c> where the value is not the match's text.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidPart = D("AM0155", E, "Part of a block not possible here",
        "'part: {0}' cannot be used on field '{1}': {2}; expected {3}");

    /// <summary>AM0156: transforms on a field whose type is a record.</summary>
    public static readonly SchemaDiagnosticDescriptor TransformOnRecordField = D("AM0156", E, "Transform on a record field",
        "field '{0}' is the record {1}, whose value is made of members; expected the transforms on the record's members, as in 'record {1} {{ name: text | trim(\" \") }}'");

    /// <summary>AM0157: <c>@quotes</c> together with another locator.</summary>
    public static readonly SchemaDiagnosticDescriptor QuotesWithFallback = D("AM0157", E, "@quotes with a fallback",
        "field '{0}' has @quotes and also @{1}; expected @quotes(in: field) alone on its field (to take quotes from several fields, give each its own quote[] field)");

    /// <summary>AM0158: <c>part:</c> or <c>strip:</c> on a drop rule, which removes whole blocks.</summary>
    public static readonly SchemaDiagnosticDescriptor ValueArgumentOnDrop = D("AM0158", E, "Value argument on a drop rule",
        "'{0}:' shapes a field's value, and a drop rule removes whole blocks; expected no '{0}:' on a drop rule's locator");

    // ---- Dates (AM0170–AM0179) ----

    /// <summary>AM0170: a date locator's <c>format:</c> that cannot read dates.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidDateFormat = D("AM0170", E, "Invalid date format",
        "invalid date format \"{0}\": {1}; expected a .NET custom date format (invariant culture) that reads a year, a month and a day, such as \"MMMM d, yyyy\" or \"yyyy-MM-dd HH:mm zzz\"");

    /// <summary>AM0171: a date locator's <c>zone:</c> that the build machine does not know.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownTimeZone = D("AM0171", W, "Unknown time zone",
        "time zone \"{0}\" is not known on this machine{1}; expected an IANA id such as \"America/New_York\" or a Windows id such as \"Eastern Standard Time\" (the runtime looks it up again and reports AM3015 where it is unknown)");

    /// <summary>AM0172: <c>format:</c> or <c>zone:</c> on a locator whose field is not a date.</summary>
    public static readonly SchemaDiagnosticDescriptor DateArgumentOnNonDate = D("AM0172", E, "Date argument on a field that is not a date",
        "'{0}:' applies only to a locator of a date field; {1}; expected it on a field of type date, date? or date[]");

    // ---- HTML locators (AM0180–AM0199) ----

    /// <summary>AM0180: a CSS selector of <c>@css</c> (or its <c>clean:</c>) that cannot be parsed.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidCssSelector = D("AM0180", E, "Invalid CSS selector",
        "invalid CSS selector '{0}', found and expected: {1}");

    /// <summary>AM0181: an <c>@jsonld</c> path that cannot be parsed.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidJsonLdPath = D("AM0181", E, "Invalid JSON-LD path",
        "invalid JSON-LD path, found and expected: {0}");

    /// <summary>AM0185: an <c>attr:</c> value that cannot be an attribute's name (a CSS selector written there, say).</summary>
    public static readonly SchemaDiagnosticDescriptor NotAnAttributeName = D("AM0185", W, "Not an attribute name",
        "attr: \"{0}\" is not an attribute name: {1}, so no element has it and the locator never finds a value; expected an attribute's name such as \"datetime\", \"src\" or \"data-published\" (to take the elements of several selectors, write one selector list: @css(\"figure.lead, .body\"))");

    // ---- @quotes options (AM0200–AM0209) ----

    /// <summary>AM0200: <c>minWords:</c> below 1 or beyond the highest sensible minimum.</summary>
    public static readonly SchemaDiagnosticDescriptor QuoteMinWordsOutOfRange = D("AM0200", E, "Quote word minimum out of range",
        "'minWords: {0}' is out of range; expected a whole number of words from {1} to {2} (quotes with fewer words are left out)");

    /// <summary>AM0201: a name in <c>marks:</c> that is no kind of quote mark.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownQuoteMark = D("AM0201", E, "Unknown quote mark",
        "unknown quote mark '{0}' in 'marks:'; expected {1}{2}");

    /// <summary>AM0202: a name in <c>marks:</c> whose marks an earlier name already counts.</summary>
    public static readonly SchemaDiagnosticDescriptor RedundantQuoteMark = D("AM0202", W, "Quote mark listed twice",
        "quote mark '{0}' in 'marks:' is already counted by '{1}'; expected each mark once (remove '{0}')");

    // ---- Markdown locators (AM0210–AM0219) ----

    /// <summary>AM0210: a name in <c>@blocks(kind: …)</c> that is no block kind.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownBlockKind = D("AM0210", E, "Unknown block kind",
        "unknown block kind '{0}' in 'kind:'; expected {1}{2}");

    /// <summary>AM0211: <c>@heading(level, n)</c> with a position on a list field, which takes every heading of the level.</summary>
    public static readonly SchemaDiagnosticDescriptor HeadingPositionOnList = D("AM0211", E, "Heading position on a list",
        "@heading({0}, {1}) names one heading but field '{2}' is a list ('{3}'); expected @heading({0}), which gives every level-{0} heading in order (or a single-value type to take heading {1} of the level)");

    /// <summary>AM0212: an <c>@frontmatter</c> key that is empty or has an empty part between dots.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidFrontMatterKey = D("AM0212", E, "Invalid front matter key",
        "invalid front matter key \"{0}\": {1}; expected a key such as \"date\", or nested keys joined by dots such as \"author.name\"");

    /// <summary>AM0213: a block kind listed twice in <c>kind:</c>.</summary>
    public static readonly SchemaDiagnosticDescriptor DuplicateBlockKind = D("AM0213", W, "Block kind listed twice",
        "block kind '{0}' is listed twice in 'kind:'; expected each kind once (remove the second)");

    // ---- JSON-LD mapping (AM0220–AM0229) ----

    /// <summary>AM0220: a <c>jsonld</c> block naming a schema.org type ArticleModel does not write.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownJsonLdType = D("AM0220", E, "Unknown JSON-LD type",
        "unknown schema.org type '{0}' for a jsonld block; expected {1}{2}");

    /// <summary>AM0221: a property a schema.org type does not have (or ArticleModel does not write).</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownJsonLdProperty = D("AM0221", E, "Unknown JSON-LD property",
        "'{0}' is not a {1} property ArticleModel writes; expected one of {2}{3}");

    /// <summary>AM0222: one property mapped twice in one block or member map.</summary>
    public static readonly SchemaDiagnosticDescriptor DuplicateJsonLdProperty = D("AM0222", E, "JSON-LD property mapped twice",
        "the property '{0}' is already mapped at {1}; expected each property once (for several values, map a list field)");

    /// <summary>AM0223: a mapping's source (or a template's placeholder) that names no field or member.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownJsonLdSource = D("AM0223", E, "Unknown JSON-LD source",
        "'{0}' is not {1}; expected {2}{3}");

    /// <summary>AM0224: a source whose type does not fit the property's value (a date from text, a person from an int).</summary>
    public static readonly SchemaDiagnosticDescriptor JsonLdTypeMismatch = D("AM0224", E, "JSON-LD type mismatch",
        "'{0}' takes {1}, but '{2}' is {3}; expected a source of that kind");

    /// <summary>AM0225: a member map where none fits, or none where one is needed (a record to a person, a member of a list).</summary>
    public static readonly SchemaDiagnosticDescriptor JsonLdMemberMap = D("AM0225", E, "JSON-LD member map misused",
        "{0}; expected {1}");

    /// <summary>AM0226: a second <c>jsonld</c> block in an article, or one in a record.</summary>
    public static readonly SchemaDiagnosticDescriptor MisplacedJsonLdBlock = D("AM0226", E, "Misplaced jsonld block",
        "{0}; expected at most one jsonld block per article, and none in a record");

    /// <summary>AM0227: a string template with an unclosed or stray brace, or an empty placeholder.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidJsonLdTemplate = D("AM0227", E, "Invalid JSON-LD template",
        "invalid template \"{0}\": {1}; expected '{{name}}' for a value and '{{{{' or '}}}}' for a literal brace, as in \"https://x.com/{{twitter}}\"");

    /// <summary>AM0228: a <c>jsonld</c> block that maps no <c>headline</c>.</summary>
    public static readonly SchemaDiagnosticDescriptor JsonLdWithoutHeadline = D("AM0228", W, "JSON-LD mapping without headline",
        "the jsonld block of '{0}' maps no 'headline'; expected one, as schema.org articles are indexed by it (Google requires it): headline: {1}");

    // ---- XPath and layouts (AM0229–AM0239) ----

    /// <summary>AM0229: an <c>@xpath</c> expression .NET's XPath 1.0 engine cannot compile, or one using a function, variable or prefix that is not available.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidXPath = D("AM0229", E, "Invalid XPath expression",
        "invalid XPath expression '{0}': {1}; expected an XPath 1.0 expression over the page such as \"//h1[@class='title']\" or \"string(//meta[@property='og:title']/@content)\", using the core functions only");

    // ---- Internal ----

    /// <summary>AM0999: the schema compiler failed; a bug.</summary>
    public static readonly SchemaDiagnosticDescriptor InternalError = D("AM0999", E, "Internal error",
        "internal error in the schema compiler: {0}; expected no such failure, please report it");

    /// <summary>Every descriptor, ordered by ID.</summary>
    public static IReadOnlyList<SchemaDiagnosticDescriptor> All { get; } = new[]
    {
        UnexpectedCharacter, UnterminatedString, UnterminatedRegex, IntegerOutOfRange, ExpectedToken, ExpectedDeclaration,
        ExpectedMember, ExpectedType, ExpectedValue, MisplacedNamespace, KeywordAsName, OrphanDocComment, MisplacedRegex,
        UnescapedSlashInRegex,
        DuplicateDeclaration, UnknownType, BuiltInTypeName, OptionalList, InvalidRecordMemberType, LocatorInRecord, DropInRecord,
        DuplicateField, PropertyNameCollision, PropertyNameIsTypeName, ReservedMemberName, UnknownLocator, HtmlLocatorIgnored,
        UnknownArgument, MissingArgument, DuplicateArgument, InvalidArgumentValue, ConflictingRegionBounds,
        UnexpectedPositionalArgument, SingleLocatorOnList, BlocksNeedsTextList, LocatorTypeMismatch, QuoteNeedsQuotes,
        UnknownGroup, MissingGroup, QuotesSourceType, NoLocator, UnreachableFallback, InvalidDropLocator, DropAnchorField,
        UnknownField, SelfReference, DependencyCycle, InvalidRegex, InvalidRegexFlag, EmptyArticle, UnusedRecord,
        CSharpKeyword, InvalidPropertyName, NameTooLong, ReservedName, BacktrackingPattern, NoArticle,
        UnknownTransform, InvalidTransformArguments, TransformOnQuotes, UnknownReplacementGroup, TransformOnDrop, InvalidPart,
        TransformOnRecordField, QuotesWithFallback, ValueArgumentOnDrop,
        InvalidDateFormat, UnknownTimeZone, DateArgumentOnNonDate, InvalidCssSelector, InvalidJsonLdPath, NotAnAttributeName,
        QuoteMinWordsOutOfRange, UnknownQuoteMark, RedundantQuoteMark,
        UnknownBlockKind, HeadingPositionOnList, InvalidFrontMatterKey, DuplicateBlockKind,
        UnknownJsonLdType, UnknownJsonLdProperty, DuplicateJsonLdProperty, UnknownJsonLdSource, JsonLdTypeMismatch,
        JsonLdMemberMap, MisplacedJsonLdBlock, InvalidJsonLdTemplate, JsonLdWithoutHeadline, InvalidXPath, InternalError,
    };

    /// <summary>The descriptor with <paramref name="id"/>, or null.</summary>
    public static SchemaDiagnosticDescriptor? Find(string id)
    {
        foreach (var d in All)
        {
            if (d.Id == id) return d;
        }
        return null;
    }
}
