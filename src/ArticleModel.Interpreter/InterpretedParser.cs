using System;
using System.Collections.Generic;
using ArticleModel.Extraction;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>
/// Parses articles with one <c>article</c> declaration of an <see cref="InterpretedSchema"/>, giving the same value,
/// spans and diagnostics as the parser the source generator emits for it. Immutable and safe to use from many threads
/// at once; the plans (regexes included) are built once, when the schema is loaded.
/// </summary>
public sealed class InterpretedParser
{
    private readonly DropStep[] _drops;
    private readonly FieldStep[] _steps;
    private readonly ValueShape _shape;
    private readonly MissingValue[] _missing;

    internal InterpretedParser(ArticleSpec article, DropStep[] drops, FieldStep[] steps, ValueShape shape, MissingValue[] missing)
    {
        Article = article;
        _drops = drops;
        _steps = steps;
        _shape = shape;
        _missing = missing;
    }

    /// <summary>The <c>article</c> declaration this parser implements.</summary>
    public ArticleSpec Article { get; }

    /// <summary>The article's name (the generated type's name).</summary>
    public string Name => Article.Name;

    /// <summary>The schema names of the fields, in declaration order (the JSON property names).</summary>
    public IReadOnlyList<string> FieldNames => _shape.Names;

    /// <summary>Parses plain text. Never throws on bad input: problems are in the result's diagnostics.</summary>
    /// <param name="text">The article text; null is read as empty.</param>
    public ParseResult<ArticleValue> Parse(string text) => Parse(PlainTextReader.Read(text ?? string.Empty));

    /// <summary>Parses UTF-8 plain text (with or without a byte-order mark; invalid bytes are replaced and reported).</summary>
    /// <param name="utf8">The article bytes.</param>
    public ParseResult<ArticleValue> Parse(ReadOnlySpan<byte> utf8) => Parse(PlainTextReader.Read(utf8));

    /// <summary>Parses plain text; returns whether it parsed without errors.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="value">The value when parsing succeeded, otherwise null.</param>
    public bool TryParse(string text, out ArticleValue? value)
    {
        var result = Parse(text);
        value = result.Success ? result.Value : null;
        return value is not null;
    }

    /// <summary>Parses a document that a reader has already read.</summary>
    /// <param name="document">The document.</param>
    public ParseResult<ArticleValue> Parse(ArticleDocument document)
    {
        if (document is null) throw new ArgumentNullException(nameof(document));
        var context = new ParseContext(document);
        var state = new ParseState(_shape.Names.Length);
        foreach (var drop in _drops) drop.Run(context, state);
        context.ApplyDrops();
        foreach (var step in _steps) step.Run(context, state);
        var values = state.V;
        // A required text a conversion left null (a bad handle) is the empty string, as in the generated model.
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null && _missing[i] == MissingValue.EmptyText) values[i] = "";
        }
        return context.Finish(new ArticleValue(_shape, values));
    }
}
