using System;
using System.Linq;
using ArticleModel.Schema.Binding;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema;

/// <summary>Compiles <c>.article</c> schema text into a <see cref="SchemaModel"/> and diagnostics.</summary>
public static class SchemaCompiler
{
    /// <summary>
    /// Compiles one schema file. Never throws: every problem is a diagnostic (an unexpected failure of the compiler
    /// itself is reported as <c>AM0999</c>). The model holds every declaration and field that bound without errors.
    /// </summary>
    /// <param name="filePath">The path to put in diagnostics and <see cref="SchemaModel.FilePath"/>.</param>
    /// <param name="text">The schema text.</param>
    /// <returns>The model and the diagnostics, in file order.</returns>
    public static SchemaCompilation Compile(string filePath, string text)
    {
        filePath ??= string.Empty;
        var source = new SourceText(filePath, text ?? string.Empty);
        var diagnostics = new DiagnosticBag(source);
        SchemaModel model;
        try
        {
            var syntax = Parser.Parse(source, diagnostics);
            model = Binder.Bind(syntax, source, diagnostics);
        }
        catch (Exception e)
        {
            model = new SchemaModel(filePath, null, EquatableArray<ArticleSpec>.Empty, EquatableArray<RecordSpec>.Empty);
            diagnostics.Add(SchemaDiagnosticIds.InternalError, source.Range(0, 0), e.GetType().Name + ": " + e.Message);
        }
        var ordered = diagnostics.Items.Select((d, i) => (d, i)).OrderBy(x => x.d.Range.Start).ThenBy(x => x.i).Select(x => x.d);
        return new SchemaCompilation(model, ordered.ToEquatableArray());
    }

    /// <summary>The C# property name the compiler gives a schema name (<c>published_at</c> → <c>PublishedAt</c>).</summary>
    public static string ToPropertyName(string name) => Naming.ToPascalCase(name ?? string.Empty);
}
