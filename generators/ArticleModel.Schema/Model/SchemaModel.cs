// The bound schema model: what the binder produces and both back ends (the C# emitter and the runtime
// interpreter) consume. It must stay structurally equatable: records of strings, enums, primitives and
// EquatableArray<T>, never Roslyn types, so the incremental generator can cache on it.
namespace ArticleModel.Schema;

/// <summary>One compiled <c>.article</c> file.</summary>
/// <param name="FilePath">The path the schema was read from.</param>
/// <param name="Namespace">The C# namespace of the generated types, or null for the global namespace.</param>
/// <param name="Articles">The <c>article</c> declarations, in file order.</param>
/// <param name="Records">The <c>record</c> declarations, in file order.</param>
public sealed record SchemaModel(
    string FilePath,
    string? Namespace,
    EquatableArray<ArticleSpec> Articles,
    EquatableArray<RecordSpec> Records);

/// <summary>An <c>article</c> declaration: a model type and its parser.</summary>
/// <param name="Name">The declared name, which is also the C# type name.</param>
/// <param name="Doc">The <c>///</c> documentation text (lines joined with '\n'), or null.</param>
/// <param name="Fields">The fields in declaration order.</param>
/// <param name="Drops">The <c>drop</c> rules in declaration order; applied before any field is located.</param>
/// <param name="EvaluationOrder">Indexes into <paramref name="Fields"/> in the order they must be located so that every anchor and source field is located before the fields that use it.</param>
/// <param name="Range">Where the declaration's name is in the schema file.</param>
public sealed record ArticleSpec(
    string Name,
    string? Doc,
    EquatableArray<FieldSpec> Fields,
    EquatableArray<DropSpec> Drops,
    EquatableArray<int> EvaluationOrder,
    TextRange Range);

/// <summary>A <c>record</c> declaration: a value type whose members are filled from a match's named groups.</summary>
public sealed record RecordSpec(string Name, string? Doc, EquatableArray<RecordFieldSpec> Fields, TextRange Range);

/// <summary>A member of a <c>record</c>.</summary>
/// <param name="Name">The schema name (used in JSON and as the regex group name).</param>
/// <param name="PropertyName">The C# property name (PascalCase of <paramref name="Name"/>).</param>
/// <param name="Type">Its type; records may hold scalar types only.</param>
/// <param name="Doc">The <c>///</c> documentation text, or null.</param>
/// <param name="Range">Where the member's name is.</param>
public sealed record RecordFieldSpec(string Name, string PropertyName, TypeSpec Type, string? Doc, TextRange Range);

/// <summary>A field of an <c>article</c>.</summary>
/// <param name="Name">The schema name (used in JSON, spans and diagnostics).</param>
/// <param name="PropertyName">The C# property name (PascalCase of <paramref name="Name"/>).</param>
/// <param name="Type">Its type.</param>
/// <param name="Doc">The <c>///</c> documentation text, or null.</param>
/// <param name="Locators">Where the field is, at most one per input format.</param>
/// <param name="Range">Where the field's name is.</param>
public sealed record FieldSpec(
    string Name,
    string PropertyName,
    TypeSpec Type,
    string? Doc,
    EquatableArray<LocatorSpec> Locators,
    TextRange Range);

/// <summary>The built-in value types.</summary>
public enum ValueKind
{
    /// <summary>White-space-normalised string.</summary>
    Text,

    /// <summary>Normalised text plus its source span.</summary>
    Paragraph,

    /// <summary>A 32-bit integer (invariant culture).</summary>
    Int,

    /// <summary>A date or date and time, as <c>DateTimeOffset</c>.</summary>
    Date,

    /// <summary>An absolute URL, as <c>Uri</c>.</summary>
    Url,

    /// <summary>A social-media handle, stored without its leading '@'.</summary>
    Handle,

    /// <summary>A quotation with its speaker.</summary>
    Quote,

    /// <summary>A schema <c>record</c>; see <see cref="TypeSpec.RecordName"/>.</summary>
    Record,
}

/// <summary>A field's type.</summary>
/// <param name="Kind">The value type.</param>
/// <param name="RecordName">The record's name when <paramref name="Kind"/> is <see cref="ValueKind.Record"/>.</param>
/// <param name="IsOptional">Written with <c>?</c>: may be absent (null) without an error.</param>
/// <param name="IsList">Written with <c>[]</c>: zero or more values, never null.</param>
public sealed record TypeSpec(ValueKind Kind, string? RecordName, bool IsOptional, bool IsList)
{
    /// <summary>The type as written in a schema, for messages: <c>text?</c>, <c>paragraph[]</c>, <c>Byline?</c>.</summary>
    public override string ToString()
    {
        var name = Kind == ValueKind.Record ? RecordName ?? "record" : Kind.ToString().ToLowerInvariant();
        return name + (IsList ? "[]" : "") + (IsOptional ? "?" : "");
    }
}

/// <summary>The kinds of locator.</summary>
public enum LocatorKind
{
    /// <summary><c>@line(n)</c>: the n-th non-blank line (negative counts from the end).</summary>
    Line,

    /// <summary><c>@block(n)</c>: the n-th block of the region (negative counts from the end).</summary>
    Block,

    /// <summary><c>@blocks(…)</c>: every block of the region.</summary>
    Blocks,

    /// <summary><c>@match(/re/)</c>: the first block of the region the pattern matches (every one, for a list).</summary>
    Match,

    /// <summary><c>@quotes(in: field)</c>: the quotations in another field's paragraphs.</summary>
    Quotes,
}

/// <summary>Which input formats a locator applies to.</summary>
public enum InputFormat
{
    /// <summary>Plain text.</summary>
    Text,

    /// <summary>HTML.</summary>
    Html,

    /// <summary>Markdown.</summary>
    Markdown,

    /// <summary>Any format (derived locators such as <c>@quotes</c>).</summary>
    Any,
}

/// <summary>Where a field's value is in the input.</summary>
/// <param name="Kind">The locator.</param>
/// <param name="Format">The input format it applies to.</param>
/// <param name="Index">For <c>@line</c>/<c>@block</c>: the 1-based position, negative from the end; otherwise 0.</param>
/// <param name="Pattern">For <c>@match</c>: the pattern.</param>
/// <param name="Region">The part of the document searched (whole document when both bounds are null).</param>
/// <param name="Where">A pattern the found text must match, or the locator finds nothing (<c>where:</c>).</param>
/// <param name="SourceField">For <c>@quotes(in: f)</c>: the field whose paragraphs are searched.</param>
/// <param name="Range">Where the locator is written.</param>
public sealed record LocatorSpec(
    LocatorKind Kind,
    InputFormat Format,
    int Index,
    RegexSpec? Pattern,
    RegionSpec Region,
    RegexSpec? Where,
    string? SourceField,
    TextRange Range)
{
    /// <summary>The locator as written, for messages: <c>@line(1)</c>, <c>@match(/…/)</c>.</summary>
    public string Display
    {
        get
        {
            var args = new System.Collections.Generic.List<string>();
            switch (Kind)
            {
                case LocatorKind.Line:
                case LocatorKind.Block:
                    args.Add(Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case LocatorKind.Match:
                    args.Add(Pattern!.ToString());
                    break;
                case LocatorKind.Quotes:
                    args.Add("in: " + SourceField);
                    break;
            }
            if (Region.Start is not null) args.Add((Region.StartInclusive ? "from: " : "after: ") + Region.Start);
            if (Region.End is not null) args.Add((Region.EndInclusive ? "through: " : "until: ") + Region.End);
            if (Where is not null) args.Add("where: " + Where);
            return "@" + Kind.ToString().ToLowerInvariant() + "(" + string.Join(", ", args) + ")";
        }
    }
}

/// <summary>
/// A part of the document between two anchors. The start bound is exclusive for <c>after:</c>, inclusive for
/// <c>from:</c>; the end bound is exclusive for <c>until:</c>, inclusive for <c>through:</c>.
/// </summary>
public sealed record RegionSpec(AnchorSpec? Start, bool StartInclusive, AnchorSpec? End, bool EndInclusive)
{
    /// <summary>The whole document.</summary>
    public static RegionSpec Whole { get; } = new(null, false, null, false);
}

/// <summary>
/// A region bound: alternatives tried in order (<c>after: dek | headline</c>); the first present one wins.
/// When none is present the bound is the document's edge.
/// </summary>
public sealed record AnchorSpec(EquatableArray<AnchorAlternative> Alternatives)
{
    /// <summary>The anchor as written: <c>dek | headline</c>.</summary>
    public override string ToString() => string.Join(" | ", System.Linq.Enumerable.Select(Alternatives, a => a.ToString()));
}

/// <summary>One alternative of an anchor: another field's position, or the first block a pattern matches.</summary>
public sealed record AnchorAlternative(string? Field, RegexSpec? Pattern)
{
    /// <summary>The alternative as written: a field name or <c>/pattern/flags</c>.</summary>
    public override string ToString() => Field ?? Pattern?.ToString() ?? "";
}

/// <summary>Options of a schema regular expression, written after the closing slash.</summary>
[System.Flags]
public enum RegexFlags
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary><c>i</c>: case-insensitive (invariant culture).</summary>
    IgnoreCase = 1,

    /// <summary><c>m</c>: ^ and $ match at line breaks inside a block.</summary>
    Multiline = 2,
}

/// <summary>A regular expression from a schema, already checked to compile.</summary>
/// <param name="Pattern">The pattern text (slashes removed, <c>\/</c> unescaped).</param>
/// <param name="Flags">Its options.</param>
/// <param name="RequiredLiteral">A literal every match must contain, used to skip blocks cheaply before running the regex; null when none is known.</param>
/// <param name="GroupNames">The named groups, in pattern order.</param>
public sealed record RegexSpec(string Pattern, RegexFlags Flags, string? RequiredLiteral, EquatableArray<string> GroupNames)
{
    /// <summary>
    /// The pattern needs the backtracking regex engine (a backreference, lookaround, atomic group, conditional…) and so
    /// runs under the parse's time budget; otherwise it runs on the non-backtracking engine where the runtime has one.
    /// Computed from <see cref="Pattern"/> (not stored), so it is never out of step with it.
    /// </summary>
    public bool NeedsBacktracking => Binding.BacktrackingAnalysis.Construct(Pattern) is not null;

    /// <summary>The pattern as written: <c>/pattern/flags</c>.</summary>
    public override string ToString() =>
        "/" + Pattern.Replace("/", "\\/") + "/" + ((Flags & RegexFlags.IgnoreCase) != 0 ? "i" : "") + ((Flags & RegexFlags.Multiline) != 0 ? "m" : "");
}

/// <summary>A <c>drop</c> rule: blocks removed before fields are located (boilerplate).</summary>
public sealed record DropSpec(LocatorSpec Locator);
