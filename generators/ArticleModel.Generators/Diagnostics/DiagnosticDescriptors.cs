using System.Collections.Generic;
using ArticleModel.Generators.Model;
using ArticleModel.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleModel.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Schema diagnostics (AM0xxx) mirror the schema compiler's table
/// (<c>SchemaDiagnosticIds</c>) one for one — a test keeps the two in step; AM1xxx are the generator's own.
/// Each ID has a section in docs/diagnostics.md.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    private const string SchemaCategory = "ArticleModel.Schema";
    private const string GeneratorCategory = "ArticleModel.Generator";
    // No help link: there is no published page to point at, and an invented address is worse than none. The docs
    // (docs/diagnostics.md, one section per ID) are where each ID is explained.

    /// <summary>AM1001: the generator itself failed (a bug); reported instead of crashing the build.</summary>
    public static readonly DiagnosticDescriptor InternalError = new(
        "AM1001", "ArticleModel generator failed", "{0}", GeneratorCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM1002: the project's C# version is older than 9, which generated records need.</summary>
    public static readonly DiagnosticDescriptor LanguageVersionTooLow = new(
        "AM1002", "C# 9 or later is required", "the code generated from '{0}' needs C# 9 or later (records and init accessors); set <LangVersion> to 9.0 or later",
        GeneratorCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM1003: an .article additional file could not be read.</summary>
    public static readonly DiagnosticDescriptor UnreadableSchema = new(
        "AM1003", "Schema file could not be read", "{0}", GeneratorCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM1004: two schemas declare the same type (or a type named like another schema's namespace).</summary>
    public static readonly DiagnosticDescriptor DuplicateTypeAcrossSchemas = new(
        "AM1004", "Type declared by more than one schema", "{0}", GeneratorCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>AM1005: two generated types whose names differ only in case.</summary>
    public static readonly DiagnosticDescriptor TypeNamesDifferOnlyInCase = new(
        "AM1005", "Type names differ only in case", "{0}", GeneratorCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>AM1010: a schema uses HTML locators but the project does not reference ArticleModel.Html.</summary>
    public static readonly DiagnosticDescriptor HtmlPackageMissing = new(
        "AM1010", "HTML locators need the ArticleModel.Html package", "{0}", GeneratorCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>AM1011: a schema uses Markdown locators but the project does not reference ArticleModel.Markdown.</summary>
    public static readonly DiagnosticDescriptor MarkdownPackageMissing = new(
        "AM1011", "Markdown locators need the ArticleModel.Markdown package", "{0}", GeneratorCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private static Dictionary<string, DiagnosticDescriptor>? s_byId;

    /// <summary>Every descriptor, by ID.</summary>
    public static IReadOnlyDictionary<string, DiagnosticDescriptor> ById => s_byId ??= BuildTable();

    private static Dictionary<string, DiagnosticDescriptor> BuildTable()
    {
        var table = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var d in SchemaDescriptors()) table[d.Id] = d;
        table[InternalError.Id] = InternalError;
        table[LanguageVersionTooLow.Id] = LanguageVersionTooLow;
        table[UnreadableSchema.Id] = UnreadableSchema;
        table[DuplicateTypeAcrossSchemas.Id] = DuplicateTypeAcrossSchemas;
        table[TypeNamesDifferOnlyInCase.Id] = TypeNamesDifferOnlyInCase;
        table[HtmlPackageMissing.Id] = HtmlPackageMissing;
        table[MarkdownPackageMissing.Id] = MarkdownPackageMissing;
        return table;
    }

    /// <summary>The Roslyn diagnostic for a schema diagnostic, at its place in the .article file.</summary>
    public static Diagnostic Create(DiagnosticInfo info)
    {
        if (!ById.TryGetValue(info.Id, out var descriptor)) descriptor = InternalError;
        var r = info.Range;
        var location = Location.Create(
            info.Path,
            new TextSpan(r.Start, r.Length),
            new LinePositionSpan(new LinePosition(r.StartLine, r.StartColumn), new LinePosition(r.EndLine, r.EndColumn)));
        var severity = info.Severity switch
        {
            SchemaSeverity.Error => DiagnosticSeverity.Error,
            SchemaSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
        var message = ReferenceEquals(descriptor, InternalError) && info.Id != InternalError.Id ? $"{info.Id}: {info.Message}" : info.Message;
        return Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties: null, message);
    }
}
