using System;
using System.Collections.Generic;
using System.Linq;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

/// <summary>
/// Binds a <see cref="FileSyntax"/> to a <see cref="SchemaModel"/>: resolves types, checks locators against field types,
/// resolves anchors, finds dependency cycles and computes each article's evaluation order. Declarations and fields with
/// errors are left out of the model (and so are fields that depend on them); everything else is kept.
/// Split by concern like Roslyn's binder: Binder.Declarations (file, namespace, declaration names), .Names, .Types,
/// .Records, .Articles (fields, dependency cycles, evaluation order), .Fits (locator against type), .Locators
/// (arguments, by the <see cref="LocatorShapes"/> table), .Anchors, .Regexes; the graph is <see cref="DependencyGraph"/>.
/// </summary>
internal sealed partial class Binder
{
    private readonly SourceText _source;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, DeclarationSyntax> _recordSyntax = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecordSpec> _records = new(StringComparer.Ordinal);

    /// <summary>Records suggested for a misspelt type name: not also reported as unused.</summary>
    private readonly HashSet<string> _suggestedTypes = new(StringComparer.Ordinal);

    private Binder(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _diagnostics = diagnostics;
    }

    // A binder for one layout's variant of an article: the same file and records, its own diagnostics.
    private Binder(Binder parent, DiagnosticBag diagnostics)
        : this(parent._source, diagnostics)
    {
        _recordSyntax = parent._recordSyntax;
        _records = parent._records;
    }

    public static SchemaModel Bind(FileSyntax file, SourceText source, DiagnosticBag diagnostics) =>
        new Binder(source, diagnostics).BindFile(file);

    /// <summary>
    /// Topological order of fields given each field's dependencies (indexes it needs first); among fields that are
    /// ready, the one declared first goes first. Fields in a cycle (callers remove them first) are appended in order.
    /// </summary>
    internal static int[] EvaluationOrder(int[][] dependencies)
    {
        var graph = new DependencyGraph(dependencies.Length);
        for (var i = 0; i < dependencies.Length; i++)
        {
            foreach (var d in dependencies[i].Distinct()) graph.AddDependency(i, d);
        }
        return graph.TopologicalOrder();
    }

    private void Report(SchemaDiagnosticDescriptor descriptor, TextRange range, params object?[] args) =>
        _diagnostics.Add(descriptor, range, args);

    private TextRange Span(Token first, Token last) => _source.Span(first.Range, last.Range);

    private static string Position(TextRange range) => "(" + (range.StartLine + 1) + "," + (range.StartColumn + 1) + ")";
}
