using System;
using System.Collections.Generic;
using System.Linq;
using ArticleModel.CompilerServices;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>
/// Parses articles with one <c>article</c> declaration of an <see cref="InterpretedSchema"/>, giving the same value,
/// spans and diagnostics as the parser the source generator emits for it. Immutable and safe to use from many threads
/// at once; the plans (regexes included) are built once, when the schema is loaded. Text, bytes and streams are read
/// by <see cref="ArticleParser{T}"/>; use it as an <see cref="IArticleParser"/> where any parser will do.
/// </summary>
public sealed class InterpretedParser : ArticleParser<ArticleValue>
{
    private readonly DropStep[] _drops;
    private readonly FieldStep[] _steps;
    private readonly bool _usesHtml;
    private readonly bool _usesMarkdown;
    private readonly ValueShape _shape;
    private readonly MissingValue[] _missing;
    private readonly object?[] _standIns;

    internal InterpretedParser(ArticleSpec article, DropStep[] drops, FieldStep[] steps, ValueShape shape, MissingValue[] missing, object?[] standIns)
        : base(article.Name, shape.Names)
    {
        Article = article;
        _drops = drops;
        _steps = steps;
        _usesHtml = Array.Exists(steps, s => s.Plan.Locators.Any(l => l.Html is not null));
        _usesMarkdown = Array.Exists(steps, s => s.Plan.Locators.Any(l => l.Markdown is not null));
        _shape = shape;
        _missing = missing;
        _standIns = standIns;
    }

    /// <summary>The schema types of the article's fields, in declaration order (as <see cref="InterpretedValue.FieldTypes"/> gives them on a value).</summary>
    public IReadOnlyList<InterpretedFieldType> FieldTypes => _shape.FieldTypes;

    /// <summary>Whether the article's schema has a <c>jsonld</c> block, so its values can be written as schema.org JSON-LD (<see cref="ArticleValue.WriteJsonLd"/>).</summary>
    public bool HasJsonLd => _shape.JsonLd is not null;

    // The article declaration this parser implements; ArticleModel.Schema's types stay out of the public API.
    internal ArticleSpec Article { get; }

    /// <summary>The article's layouts (its own fields first) when it has <c>layout</c> blocks; null otherwise.</summary>
    internal LayoutCandidate<ArticleValue>[]? Layouts { get; set; }

    /// <summary>Parses a document that a reader has already read (an article with layouts tries them in order; the result's <c>Layout</c> names the one that matched).</summary>
    /// <param name="document">The document.</param>
    public override ParseResult<ArticleValue> Parse(ArticleDocument document) => Parse(document, null);

    /// <summary>
    /// Parses a document with the layout in use on <paramref name="layoutDate"/> (the day the page was published or
    /// fetched); without a date, or for an article without layouts, as <see cref="Parse(ArticleDocument)"/>.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="layoutDate">The day the page is from, or null.</param>
    public ParseResult<ArticleValue> Parse(ArticleDocument document, DateTime? layoutDate)
    {
        if (document is null) throw new ArgumentNullException(nameof(document));
        return Layouts is null ? ParseWithOwnFields(document) : global::ArticleModel.CompilerServices.Layouts.Choose(document, layoutDate, Layouts);
    }

    /// <summary>The parse with this plan's own fields (for an article with layouts, one candidate).</summary>
    internal ParseResult<ArticleValue> ParseWithOwnFields(ArticleDocument document)
    {
        var context = new ParseContext(document);
        var state = new ParseState(_shape.Names.Length);
        foreach (var drop in _drops) drop.Run(context, state);
        context.ApplyDrops();
        if (_usesHtml) state.Html = global::ArticleModel.Html.CompilerServices.HtmlParseContext.For(context);
        if (_usesMarkdown) state.Markdown = global::ArticleModel.Markdown.CompilerServices.MarkdownParseContext.For(context);
        foreach (var step in _steps) step.Run(context, state);
        var values = state.V;
        // A required single value that was not found holds its stand-in and is marked absent, as in the generated model.
        bool[]? absent = null;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not null || !_missing[i].TracksAbsence()) continue;
            absent ??= new bool[values.Length];
            absent[i] = true;
            values[i] = _standIns[i];
        }
        return context.Finish(new ArticleValue(_shape, values, absent));
    }
}
