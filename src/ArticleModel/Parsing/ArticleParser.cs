using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.IO;

namespace ArticleModel;

/// <summary>
/// The base of every <see cref="IArticleParser{T}"/>: a derived class parses an <see cref="ArticleDocument"/>; this
/// class reads text, bytes and streams into one and gives the untyped view of the results.
/// </summary>
/// <typeparam name="T">The model type.</typeparam>
/// <remarks>Derived classes must be immutable and safe to call from many threads at once, and must not throw on bad input.</remarks>
public abstract class ArticleParser<T> : IArticleParser<T>
    where T : class, IJsonWritable
{
    /// <summary>Creates the parser of the article <paramref name="name"/>.</summary>
    /// <param name="name">The article's name in the schema.</param>
    /// <param name="fieldNames">The schema names of its fields, in declaration order; copied.</param>
    protected ArticleParser(string name, IEnumerable<string> fieldNames)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        if (fieldNames is null) throw new ArgumentNullException(nameof(fieldNames));
        FieldNames = new ReadOnlyCollection<string>(new List<string>(fieldNames));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> FieldNames { get; }

    /// <inheritdoc />
    public ParseResult<T> Parse(string text) => Parse(PlainTextReader.Read(text ?? string.Empty));

    /// <inheritdoc />
    public ParseResult<T> Parse(ReadOnlySpan<byte> utf8) => Parse(PlainTextReader.Read(utf8));

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public ParseResult<T> Parse(Stream stream) => Parse(PlainTextReader.Read(stream));

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public abstract ParseResult<T> Parse(ArticleDocument document);

    /// <summary>Parses plain text; returns whether it parsed without errors.</summary>
    /// <param name="text">The article text; null is read as empty.</param>
    /// <param name="value">The value when parsing succeeded, otherwise null.</param>
    public bool TryParse(string text, [NotNullWhen(true)] out T? value)
    {
        var result = Parse(text);
        value = result.Success ? result.Value : null;
        return value is not null;
    }

    /// <summary>The article's name.</summary>
    public override string ToString() => Name;

    ParseResult<IJsonWritable> IArticleParser.Parse(string text) => Untyped(Parse(text));

    ParseResult<IJsonWritable> IArticleParser.Parse(ReadOnlySpan<byte> utf8) => Untyped(Parse(utf8));

    ParseResult<IJsonWritable> IArticleParser.Parse(Stream stream) => Untyped(Parse(stream));

    ParseResult<IJsonWritable> IArticleParser.Parse(ArticleDocument document) => Untyped(Parse(document));

    private static ParseResult<IJsonWritable> Untyped(ParseResult<T> result) => new(result.Value, result.Spans, result.Diagnostics, result.Layout);
}
