namespace ArticleModel.Generators.Emit;

/// <summary>
/// The runtime types generated code names, fully qualified. One place, so moving a runtime type to another namespace
/// (for example one that says it is for generated code) is a one-line change here.
/// </summary>
internal static class RuntimeTypes
{
    /// <summary>The runtime's root namespace.</summary>
    public const string Runtime = "global::ArticleModel";

    /// <summary>Runtime types only generated code calls (hidden from IntelliSense).</summary>
    public const string CompilerServices = "global::ArticleModel.CompilerServices";

    /// <summary>The parse primitives.</summary>
    public const string ParseContext = CompilerServices + ".ParseContext";

    /// <summary>A located line range.</summary>
    public const string Hit = CompilerServices + ".Hit";

    /// <summary>What one locator found for a value, on its way to the value.</summary>
    public const string FoundText = CompilerServices + ".FoundText";

    /// <summary>One step of a value transform pipeline.</summary>
    public const string TextTransform = CompilerServices + ".TextTransform";

    /// <summary>Creates schema regexes (timeout, culture, options).</summary>
    public const string SchemaRegex = CompilerServices + ".SchemaRegex";

    /// <summary>The per-property JSON writers.</summary>
    public const string JsonFieldWriter = CompilerServices + ".JsonFieldWriter";

    /// <summary>The per-property JSON-LD writers <c>WriteJsonLd</c> calls.</summary>
    public const string JsonLdFieldWriter = CompilerServices + ".JsonLdFieldWriter";

    /// <summary>What a model whose schema has a <c>jsonld</c> block implements.</summary>
    public const string JsonLdWritable = Runtime + ".IJsonLdWritable";

    /// <summary>The parser object generated models expose (generic over the model).</summary>
    public const string GeneratedArticleParser = CompilerServices + ".GeneratedArticleParser";

    /// <summary>The user-facing JSON helpers.</summary>
    public const string ResultJson = Runtime + ".ResultJson";

    /// <summary>The JSON-writable interface generated types implement.</summary>
    public const string JsonWritable = Runtime + ".IJsonWritable";

    /// <summary>A parse result (generic over the model).</summary>
    public const string ParseResult = Runtime + ".ParseResult";

    /// <summary>The plain-text reader.</summary>
    public const string PlainTextReader = Runtime + ".PlainTextReader";

    /// <summary>A read document.</summary>
    public const string ArticleDocument = Runtime + ".ArticleDocument";

    /// <summary>A list value (generic over the item).</summary>
    public const string ValueList = Runtime + ".ValueList";

    /// <summary>A paragraph value.</summary>
    public const string Paragraph = Runtime + ".Paragraph";

    /// <summary>A date value.</summary>
    public const string ArticleDate = Runtime + ".ArticleDate";

    /// <summary>How a date locator reads its text (format, zone).</summary>
    public const string DateFormatSpec = CompilerServices + ".DateFormatSpec";

    /// <summary>A quotation value.</summary>
    public const string Quote = Runtime + ".Quote";

    /// <summary>The options of <c>@quotes(minWords:, marks:, organisations:)</c>.</summary>
    public const string QuoteOptions = Runtime + ".QuoteOptions";

    /// <summary>Which characters count as quote marks (flags).</summary>
    public const string QuoteMarks = Runtime + ".QuoteMarks";

    /// <summary>A span in the input.</summary>
    public const string SourceSpan = Runtime + ".SourceSpan";

    /// <summary>The spans map of a result.</summary>
    public const string FieldSpans = Runtime + ".FieldSpans";

    /// <summary>A regex match.</summary>
    public const string Match = "global::System.Text.RegularExpressions.Match";

    /// <summary>A regex.</summary>
    public const string Regex = "global::System.Text.RegularExpressions.Regex";
}
