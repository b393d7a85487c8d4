using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>
/// An <c>.article</c> schema loaded at run time: the same front end as the source generator
/// (<see cref="SchemaCompiler"/>), the same <c>AM####</c> diagnostics, and one <see cref="InterpretedParser"/> per
/// <c>article</c> declaration that gives the same results as the generated parser.
/// </summary>
/// <example>
/// <code>
/// var schema = InterpretedSchema.LoadFile("NewsStory.article");
/// if (schema.HasErrors) { foreach (var d in schema.Diagnostics) Console.Error.WriteLine(d); return; }
/// var result = schema.GetParser().Parse(File.ReadAllText("story.txt"));
/// Console.WriteLine(result.Value?.ToJson(indented: true));
/// </code>
/// </example>
public sealed class InterpretedSchema
{
    /// <summary>The ID reported when a schema file cannot be read (the generator's AM1003).</summary>
    public const string UnreadableSchemaId = "AM1003";

    /// <summary>The ID reported when building the interpreter's plans failed unexpectedly (the generator's AM1001).</summary>
    public const string InternalErrorId = "AM1001";

    private readonly Dictionary<string, InterpretedParser> _parsers;
    private readonly List<string> _names;

    private InterpretedSchema(string path, SchemaModel model, IReadOnlyList<SchemaDiagnostic> diagnostics, Dictionary<string, InterpretedParser> parsers, List<string> names)
    {
        Path = path;
        Model = model;
        Diagnostics = diagnostics.Select(InterpretedSchemaDiagnostic.From).ToArray();
        _parsers = parsers;
        _names = names;
        HasErrors = diagnostics.Any(d => d.Severity == SchemaSeverity.Error);
    }

    /// <summary>The path the schema was loaded from (or the name given to <see cref="Load"/>).</summary>
    public string Path { get; }

    /// <summary>The schema's namespace (the generated types' namespace), or null when it declares none.</summary>
    public string? Namespace => Model.Namespace;

    // The bound schema model (what the generator emits code from); ArticleModel.Schema's types stay out of the public API.
    internal SchemaModel Model { get; }

    /// <summary>Every schema diagnostic, in file order: the same IDs, messages and places the generator reports.</summary>
    public IReadOnlyList<InterpretedSchemaDiagnostic> Diagnostics { get; }

    /// <summary>True when any diagnostic is an error; then <see cref="GetParser"/> refuses, as the build would fail.</summary>
    public bool HasErrors { get; }

    /// <summary>The names of the <c>article</c> declarations, in file order.</summary>
    public IReadOnlyList<string> ArticleNames => _names;

    /// <summary>Compiles schema text. Never throws on the schema's content: every problem is in <see cref="Diagnostics"/>.</summary>
    /// <param name="text">The schema text.</param>
    /// <param name="path">The path to show in diagnostics.</param>
    public static InterpretedSchema Load(string text, string path = "<schema>")
    {
        path ??= "<schema>";
        SchemaCompilation compilation;
        try
        {
            compilation = SchemaCompiler.Compile(path, text ?? string.Empty);
        }
        catch (Exception e)
        {
            var empty = new SchemaModel(path, null, EquatableArray<ArticleSpec>.Empty, EquatableArray<RecordSpec>.Empty);
            return Failed(path, empty, new List<SchemaDiagnostic>(), $"the ArticleModel schema compiler failed on '{path}': {e.GetType().Name}: {e.Message}");
        }
        var diagnostics = new List<SchemaDiagnostic>(compilation.Diagnostics);
        var parsers = new Dictionary<string, InterpretedParser>(StringComparer.Ordinal);
        var names = new List<string>();
        if (compilation.HasErrors) return new InterpretedSchema(path, compilation.Model, diagnostics, parsers, names);
        try
        {
            // The same lowered plan the generator emits code from; the steps only run it.
            var plan = SchemaLowering.Lower(compilation.Model);
            var builder = new StepBuilder(plan);
            for (var i = 0; i < plan.Articles.Count; i++)
            {
                var article = compilation.Model.Articles[i];
                parsers[article.Name] = builder.Build(article, plan.Articles[i]);
                names.Add(article.Name);
            }
        }
        catch (Exception e)
        {
            return Failed(path, compilation.Model, diagnostics, $"the ArticleModel interpreter failed on '{System.IO.Path.GetFileName(path)}': {e.GetType().Name}: {e.Message}");
        }
        return new InterpretedSchema(path, compilation.Model, diagnostics, parsers, names);
    }

    /// <summary>
    /// Reads and compiles a schema file. Never throws on the file or its content: a file that cannot be read gives an
    /// <c>AM1003</c> error diagnostic.
    /// </summary>
    /// <param name="path">The schema file.</param>
    public static InterpretedSchema LoadFile(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            var empty = new SchemaModel(path, null, EquatableArray<ArticleSpec>.Empty, EquatableArray<RecordSpec>.Empty);
            var diagnostics = new List<SchemaDiagnostic>
            {
                new(UnreadableSchemaId, SchemaSeverity.Error, $"the schema file '{path}' could not be read: {e.Message}", path, default),
            };
            return new InterpretedSchema(path, empty, diagnostics, new Dictionary<string, InterpretedParser>(), new List<string>());
        }
        return Load(text, path);
    }

    /// <summary>
    /// The parser of the <c>article</c> named <paramref name="article"/>; with null, the schema's only article.
    /// </summary>
    /// <exception cref="InvalidOperationException">The schema has errors, or <paramref name="article"/> is null and the schema declares no article or several.</exception>
    /// <exception cref="KeyNotFoundException">The schema declares no article named <paramref name="article"/>.</exception>
    public InterpretedParser GetParser(string? article = null)
    {
        if (HasErrors) throw new InvalidOperationException($"the schema '{Path}' has errors; see Diagnostics");
        if (article is null)
        {
            if (_names.Count == 1) return _parsers[_names[0]];
            throw new InvalidOperationException(_names.Count == 0
                ? $"the schema '{Path}' declares no article"
                : $"the schema '{Path}' declares several articles ({string.Join(", ", _names)}); name one");
        }
        return _parsers.TryGetValue(article, out var parser)
            ? parser
            : throw new KeyNotFoundException($"the schema '{Path}' declares no article '{article}' (it declares: {string.Join(", ", _names)})");
    }

    /// <summary>Gets the parser of the <c>article</c> named <paramref name="article"/>; false when there is none or the schema has errors.</summary>
    public bool TryGetParser(string article, out InterpretedParser? parser)
    {
        parser = null;
        return !HasErrors && article is not null && _parsers.TryGetValue(article, out parser);
    }

    private static InterpretedSchema Failed(string path, SchemaModel model, List<SchemaDiagnostic> diagnostics, string message)
    {
        diagnostics.Add(new SchemaDiagnostic(InternalErrorId, SchemaSeverity.Error, message, path, default));
        return new InterpretedSchema(path, model, diagnostics, new Dictionary<string, InterpretedParser>(), new List<string>());
    }
}
