using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ArticleModel.Generators.Diagnostics;

// One Roslyn descriptor per schema diagnostic ID (constant IDs, as release tracking and RS1017 require).
// Keep in step with ArticleModel.Schema.SchemaDiagnosticIds; DiagnosticTests checks every ID has one here.
internal static partial class DiagnosticDescriptors
{
    /// <summary>AM0001: Unexpected character.</summary>
    public static readonly DiagnosticDescriptor UnexpectedCharacter = new("AM0001", "Unexpected character", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0002: Unterminated string.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = new("AM0002", "Unterminated string", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0003: Unterminated regex.</summary>
    public static readonly DiagnosticDescriptor UnterminatedRegex = new("AM0003", "Unterminated regex", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0004: Integer out of range.</summary>
    public static readonly DiagnosticDescriptor IntegerOutOfRange = new("AM0004", "Integer out of range", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0005: Expected token.</summary>
    public static readonly DiagnosticDescriptor ExpectedToken = new("AM0005", "Expected token", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0006: Expected declaration.</summary>
    public static readonly DiagnosticDescriptor ExpectedDeclaration = new("AM0006", "Expected declaration", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0007: Expected member.</summary>
    public static readonly DiagnosticDescriptor ExpectedMember = new("AM0007", "Expected member", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0008: Expected type.</summary>
    public static readonly DiagnosticDescriptor ExpectedType = new("AM0008", "Expected type", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0009: Expected value.</summary>
    public static readonly DiagnosticDescriptor ExpectedValue = new("AM0009", "Expected value", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0010: Misplaced namespace.</summary>
    public static readonly DiagnosticDescriptor MisplacedNamespace = new("AM0010", "Misplaced namespace", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0011: Keyword used as a name.</summary>
    public static readonly DiagnosticDescriptor KeywordAsName = new("AM0011", "Keyword used as a name", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0012: Doc comment not attached.</summary>
    public static readonly DiagnosticDescriptor OrphanDocComment = new("AM0012", "Doc comment not attached", "{0}", SchemaCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>AM0013: Misplaced regex.</summary>
    public static readonly DiagnosticDescriptor MisplacedRegex = new("AM0013", "Misplaced regex", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0014: Unescaped slash in regex.</summary>
    public static readonly DiagnosticDescriptor UnescapedSlashInRegex = new("AM0014", "Unescaped slash in regex", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0101: Duplicate declaration.</summary>
    public static readonly DiagnosticDescriptor DuplicateDeclaration = new("AM0101", "Duplicate declaration", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0102: Unknown type.</summary>
    public static readonly DiagnosticDescriptor UnknownType = new("AM0102", "Unknown type", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0103: Declaration named like a built-in type.</summary>
    public static readonly DiagnosticDescriptor BuiltInTypeName = new("AM0103", "Declaration named like a built-in type", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0104: Optional list.</summary>
    public static readonly DiagnosticDescriptor OptionalList = new("AM0104", "Optional list", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0105: Invalid record member type.</summary>
    public static readonly DiagnosticDescriptor InvalidRecordMemberType = new("AM0105", "Invalid record member type", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0106: Locator in record.</summary>
    public static readonly DiagnosticDescriptor LocatorInRecord = new("AM0106", "Locator in record", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0107: Drop rule in record.</summary>
    public static readonly DiagnosticDescriptor DropInRecord = new("AM0107", "Drop rule in record", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0108: Duplicate field.</summary>
    public static readonly DiagnosticDescriptor DuplicateField = new("AM0108", "Duplicate field", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0109: Property name collision.</summary>
    public static readonly DiagnosticDescriptor PropertyNameCollision = new("AM0109", "Property name collision", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0110: Property named like its type.</summary>
    public static readonly DiagnosticDescriptor PropertyNameIsTypeName = new("AM0110", "Property named like its type", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0111: Property named like a generated member.</summary>
    public static readonly DiagnosticDescriptor ReservedMemberName = new("AM0111", "Property named like a generated member", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0112: Unknown locator.</summary>
    public static readonly DiagnosticDescriptor UnknownLocator = new("AM0112", "Unknown locator", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0113: Retired locator @attr.</summary>
    public static readonly DiagnosticDescriptor HtmlLocatorIgnored = new("AM0113", "Retired locator @attr", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0180: Invalid CSS selector.</summary>
    public static readonly DiagnosticDescriptor InvalidCssSelector = new("AM0180", "Invalid CSS selector", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0181: Invalid JSON-LD path.</summary>
    public static readonly DiagnosticDescriptor InvalidJsonLdPath = new("AM0181", "Invalid JSON-LD path", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0185: Not an attribute name.</summary>
    public static readonly DiagnosticDescriptor NotAnAttributeName = new("AM0185", "Not an attribute name", "{0}", SchemaCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>AM0114: Unknown argument.</summary>
    public static readonly DiagnosticDescriptor UnknownArgument = new("AM0114", "Unknown argument", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0115: Missing argument.</summary>
    public static readonly DiagnosticDescriptor MissingArgument = new("AM0115", "Missing argument", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0116: Duplicate argument.</summary>
    public static readonly DiagnosticDescriptor DuplicateArgument = new("AM0116", "Duplicate argument", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0117: Invalid argument value.</summary>
    public static readonly DiagnosticDescriptor InvalidArgumentValue = new("AM0117", "Invalid argument value", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0118: Conflicting region bounds.</summary>
    public static readonly DiagnosticDescriptor ConflictingRegionBounds = new("AM0118", "Conflicting region bounds", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0119: Unexpected positional argument.</summary>
    public static readonly DiagnosticDescriptor UnexpectedPositionalArgument = new("AM0119", "Unexpected positional argument", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0120: Single-value locator on a list.</summary>
    public static readonly DiagnosticDescriptor SingleLocatorOnList = new("AM0120", "Single-value locator on a list", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0121: @blocks needs a text list.</summary>
    public static readonly DiagnosticDescriptor BlocksNeedsTextList = new("AM0121", "@blocks needs a text list", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0122: Locator does not fit the type.</summary>
    public static readonly DiagnosticDescriptor LocatorTypeMismatch = new("AM0122", "Locator does not fit the type", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0123: Quote type without @quotes.</summary>
    public static readonly DiagnosticDescriptor QuoteNeedsQuotes = new("AM0123", "Quote type without @quotes", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0124: Group matches no record member.</summary>
    public static readonly DiagnosticDescriptor UnknownGroup = new("AM0124", "Group matches no record member", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0125: Required member has no group.</summary>
    public static readonly DiagnosticDescriptor MissingGroup = new("AM0125", "Required member has no group", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0126: @quotes source is not text.</summary>
    public static readonly DiagnosticDescriptor QuotesSourceType = new("AM0126", "@quotes source is not text", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0127: Field has no locator.</summary>
    public static readonly DiagnosticDescriptor NoLocator = new("AM0127", "Field has no locator", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0128: Unreachable fallback locator.</summary>
    public static readonly DiagnosticDescriptor UnreachableFallback = new("AM0128", "Unreachable fallback locator", "{0}", SchemaCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>AM0129: Invalid drop locator.</summary>
    public static readonly DiagnosticDescriptor InvalidDropLocator = new("AM0129", "Invalid drop locator", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0130: Field anchor in drop rule.</summary>
    public static readonly DiagnosticDescriptor DropAnchorField = new("AM0130", "Field anchor in drop rule", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0131: Unknown field.</summary>
    public static readonly DiagnosticDescriptor UnknownField = new("AM0131", "Unknown field", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0132: Field refers to itself.</summary>
    public static readonly DiagnosticDescriptor SelfReference = new("AM0132", "Field refers to itself", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0133: Dependency cycle.</summary>
    public static readonly DiagnosticDescriptor DependencyCycle = new("AM0133", "Dependency cycle", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0134: Invalid regex.</summary>
    public static readonly DiagnosticDescriptor InvalidRegex = new("AM0134", "Invalid regex", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0135: Invalid regex flag.</summary>
    public static readonly DiagnosticDescriptor InvalidRegexFlag = new("AM0135", "Invalid regex flag", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0136: Empty article.</summary>
    public static readonly DiagnosticDescriptor EmptyArticle = new("AM0136", "Empty article", "{0}", SchemaCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>AM0137: Unused record.</summary>
    public static readonly DiagnosticDescriptor UnusedRecord = new("AM0137", "Unused record", "{0}", SchemaCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>AM0138: C# keyword as a name.</summary>
    public static readonly DiagnosticDescriptor CSharpKeyword = new("AM0138", "C# keyword as a name", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0139: No usable property name.</summary>
    public static readonly DiagnosticDescriptor InvalidPropertyName = new("AM0139", "No usable property name", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0140: Name too long.</summary>
    public static readonly DiagnosticDescriptor NameTooLong = new("AM0140", "Name too long", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0141: Name reserved by the generated code.</summary>
    public static readonly DiagnosticDescriptor ReservedName = new("AM0141", "Name reserved by the generated code", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0142: Pattern needs backtracking.</summary>
    public static readonly DiagnosticDescriptor BacktrackingPattern = new("AM0142", "Pattern needs backtracking", "{0}", SchemaCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>AM0170: Invalid date format.</summary>
    public static readonly DiagnosticDescriptor InvalidDateFormat = new("AM0170", "Invalid date format", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0171: Unknown time zone.</summary>
    public static readonly DiagnosticDescriptor UnknownTimeZone = new("AM0171", "Unknown time zone", "{0}", SchemaCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>AM0172: Date argument on a field that is not a date.</summary>
    public static readonly DiagnosticDescriptor DateArgumentOnNonDate = new("AM0172", "Date argument on a field that is not a date", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0200: Quote word minimum out of range.</summary>
    public static readonly DiagnosticDescriptor QuoteMinWordsOutOfRange = new("AM0200", "Quote word minimum out of range", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0201: Unknown quote mark.</summary>
    public static readonly DiagnosticDescriptor UnknownQuoteMark = new("AM0201", "Unknown quote mark", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0202: Quote mark listed twice.</summary>
    public static readonly DiagnosticDescriptor RedundantQuoteMark = new("AM0202", "Quote mark listed twice", "{0}", SchemaCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>AM0210: a name in <c>@blocks(kind: …)</c> that is no block kind.</summary>
    public static readonly DiagnosticDescriptor UnknownBlockKind = new("AM0210", "Unknown block kind", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0211: <c>@heading(level, n)</c> with a position on a list field.</summary>
    public static readonly DiagnosticDescriptor HeadingPositionOnList = new("AM0211", "Heading position on a list", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0212: an <c>@frontmatter</c> key that is empty or has an empty part between dots.</summary>
    public static readonly DiagnosticDescriptor InvalidFrontMatterKey = new("AM0212", "Invalid front matter key", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0213: a block kind listed twice in <c>kind:</c>.</summary>
    public static readonly DiagnosticDescriptor DuplicateBlockKind = new("AM0213", "Block kind listed twice", "{0}", SchemaCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>AM0220: Unknown JSON-LD type.</summary>
    public static readonly DiagnosticDescriptor UnknownJsonLdType = new("AM0220", "Unknown JSON-LD type", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0221: Unknown JSON-LD property.</summary>
    public static readonly DiagnosticDescriptor UnknownJsonLdProperty = new("AM0221", "Unknown JSON-LD property", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0222: JSON-LD property mapped twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateJsonLdProperty = new("AM0222", "JSON-LD property mapped twice", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0223: Unknown JSON-LD source.</summary>
    public static readonly DiagnosticDescriptor UnknownJsonLdSource = new("AM0223", "Unknown JSON-LD source", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0224: JSON-LD type mismatch.</summary>
    public static readonly DiagnosticDescriptor JsonLdTypeMismatch = new("AM0224", "JSON-LD type mismatch", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0225: JSON-LD member map misused.</summary>
    public static readonly DiagnosticDescriptor JsonLdMemberMap = new("AM0225", "JSON-LD member map misused", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0226: Misplaced jsonld block.</summary>
    public static readonly DiagnosticDescriptor MisplacedJsonLdBlock = new("AM0226", "Misplaced jsonld block", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0227: Invalid JSON-LD template.</summary>
    public static readonly DiagnosticDescriptor InvalidJsonLdTemplate = new("AM0227", "Invalid JSON-LD template", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0228: JSON-LD mapping without headline.</summary>
    public static readonly DiagnosticDescriptor JsonLdWithoutHeadline = new("AM0228", "JSON-LD mapping without headline", "{0}", SchemaCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>AM0229: Invalid XPath expression.</summary>
    public static readonly DiagnosticDescriptor InvalidXPath = new("AM0229", "Invalid XPath expression", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0143: Schema declares no article.</summary>
    public static readonly DiagnosticDescriptor NoArticle = new("AM0143", "Schema declares no article", "{0}", SchemaCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>AM0150: Unknown transform.</summary>
    public static readonly DiagnosticDescriptor UnknownTransform = new("AM0150", "Unknown transform", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0151: Invalid transform arguments.</summary>
    public static readonly DiagnosticDescriptor InvalidTransformArguments = new("AM0151", "Invalid transform arguments", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0152: Transform on quotes.</summary>
    public static readonly DiagnosticDescriptor TransformOnQuotes = new("AM0152", "Transform on quotes", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0153: Replacement refers to a missing group.</summary>
    public static readonly DiagnosticDescriptor UnknownReplacementGroup = new("AM0153", "Replacement refers to a missing group", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0154: Transform on a drop rule.</summary>
    public static readonly DiagnosticDescriptor TransformOnDrop = new("AM0154", "Transform on a drop rule", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0155: Part of a block not possible here.</summary>
    public static readonly DiagnosticDescriptor InvalidPart = new("AM0155", "Part of a block not possible here", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0156: Transform on a record field.</summary>
    public static readonly DiagnosticDescriptor TransformOnRecordField = new("AM0156", "Transform on a record field", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0157: @quotes with a fallback.</summary>
    public static readonly DiagnosticDescriptor QuotesWithFallback = new("AM0157", "@quotes with a fallback", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0158: Value argument on a drop rule.</summary>
    public static readonly DiagnosticDescriptor ValueArgumentOnDrop = new("AM0158", "Value argument on a drop rule", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM0999: Internal error.</summary>
    public static readonly DiagnosticDescriptor SchemaInternalError = new("AM0999", "Internal error", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static IEnumerable<DiagnosticDescriptor> SchemaDescriptors()
    {
        yield return UnexpectedCharacter;
        yield return UnterminatedString;
        yield return UnterminatedRegex;
        yield return IntegerOutOfRange;
        yield return ExpectedToken;
        yield return ExpectedDeclaration;
        yield return ExpectedMember;
        yield return ExpectedType;
        yield return ExpectedValue;
        yield return MisplacedNamespace;
        yield return KeywordAsName;
        yield return OrphanDocComment;
        yield return MisplacedRegex;
        yield return UnescapedSlashInRegex;
        yield return DuplicateDeclaration;
        yield return UnknownType;
        yield return BuiltInTypeName;
        yield return OptionalList;
        yield return InvalidRecordMemberType;
        yield return LocatorInRecord;
        yield return DropInRecord;
        yield return DuplicateField;
        yield return PropertyNameCollision;
        yield return PropertyNameIsTypeName;
        yield return ReservedMemberName;
        yield return UnknownLocator;
        yield return HtmlLocatorIgnored;
        yield return UnknownArgument;
        yield return MissingArgument;
        yield return DuplicateArgument;
        yield return InvalidArgumentValue;
        yield return ConflictingRegionBounds;
        yield return UnexpectedPositionalArgument;
        yield return SingleLocatorOnList;
        yield return BlocksNeedsTextList;
        yield return LocatorTypeMismatch;
        yield return QuoteNeedsQuotes;
        yield return UnknownGroup;
        yield return MissingGroup;
        yield return QuotesSourceType;
        yield return NoLocator;
        yield return UnreachableFallback;
        yield return InvalidDropLocator;
        yield return DropAnchorField;
        yield return UnknownField;
        yield return SelfReference;
        yield return DependencyCycle;
        yield return InvalidRegex;
        yield return InvalidRegexFlag;
        yield return EmptyArticle;
        yield return UnusedRecord;
        yield return CSharpKeyword;
        yield return InvalidPropertyName;
        yield return NameTooLong;
        yield return ReservedName;
        yield return BacktrackingPattern;
        yield return NoArticle;
        yield return UnknownTransform;
        yield return InvalidTransformArguments;
        yield return TransformOnQuotes;
        yield return UnknownReplacementGroup;
        yield return TransformOnDrop;
        yield return InvalidPart;
        yield return TransformOnRecordField;
        yield return QuotesWithFallback;
        yield return ValueArgumentOnDrop;
        yield return InvalidDateFormat;
        yield return UnknownTimeZone;
        yield return DateArgumentOnNonDate;
        yield return InvalidCssSelector;
        yield return InvalidJsonLdPath;
        yield return NotAnAttributeName;
        yield return QuoteMinWordsOutOfRange;
        yield return UnknownQuoteMark;
        yield return RedundantQuoteMark;
        yield return UnknownBlockKind;
        yield return HeadingPositionOnList;
        yield return InvalidFrontMatterKey;
        yield return DuplicateBlockKind;
        yield return UnknownJsonLdType;
        yield return UnknownJsonLdProperty;
        yield return DuplicateJsonLdProperty;
        yield return UnknownJsonLdSource;
        yield return JsonLdTypeMismatch;
        yield return JsonLdMemberMap;
        yield return MisplacedJsonLdBlock;
        yield return InvalidJsonLdTemplate;
        yield return JsonLdWithoutHeadline;
        yield return InvalidXPath;
        yield return SchemaInternalError;
    }
}
