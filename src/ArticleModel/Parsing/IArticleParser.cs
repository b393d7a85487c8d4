using System;
using System.Collections.Generic;
using System.IO;

namespace ArticleModel;

/// <summary>
/// The parser of one <c>article</c> of a schema, as an object, when the model type is not known where it is used (a
/// test helper, a command-line tool, a host that loads schemas at run time). Generated models
/// (<c>NewsStory.Parser</c>) and the interpreter (<c>InterpretedSchema.GetParser()</c>) both implement it.
/// </summary>
/// <remarks>
/// <para>Parsing never throws on bad input: every problem is a diagnostic of the result. Implementations are immutable
/// and safe to call from many threads at once.</para>
/// <para>Text, bytes and streams are read with <see cref="PlainTextReader"/> today; parse an
/// <see cref="ArticleDocument"/> to use another reader.</para>
/// <para>Use <see cref="IArticleParser{T}"/> when the model type is known; implement it by deriving from
/// <see cref="ArticleParser{T}"/>.</para>
/// </remarks>
public interface IArticleParser
{
    /// <summary>The article's name in the schema (the generated model type's name), for example <c>NewsStory</c>.</summary>
    string Name { get; }

    /// <summary>The schema names of the article's fields, in declaration order (the JSON property names and the keys of <see cref="FieldSpans"/>).</summary>
    IReadOnlyList<string> FieldNames { get; }

    /// <summary>Parses plain text.</summary>
    /// <param name="text">The article text; null is read as empty.</param>
    ParseResult<IJsonWritable> Parse(string text);

    /// <summary>Parses UTF-8 text (with or without a byte-order mark; invalid bytes are replaced and reported).</summary>
    /// <param name="utf8">The article bytes.</param>
    ParseResult<IJsonWritable> Parse(ReadOnlySpan<byte> utf8);

    /// <summary>Reads <paramref name="stream"/> to its end as UTF-8 and parses it; the stream is not disposed.</summary>
    /// <param name="stream">The article bytes.</param>
    ParseResult<IJsonWritable> Parse(Stream stream);

    /// <summary>Parses a document that a reader has already read.</summary>
    /// <param name="document">The document.</param>
    ParseResult<IJsonWritable> Parse(ArticleDocument document);
}
