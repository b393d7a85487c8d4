using System;
using System.IO;

namespace ArticleModel;

/// <summary>
/// The parser of one <c>article</c> of a schema whose model type is <typeparamref name="T"/>: a generated model's
/// <c>Parser</c> property (<c>NewsStory.Parser</c> is an <c>IArticleParser&lt;NewsStory&gt;</c>) or an interpreted
/// parser (<c>IArticleParser&lt;ArticleValue&gt;</c>).
/// </summary>
/// <typeparam name="T">The model type.</typeparam>
/// <remarks>Implement it by deriving from <see cref="ArticleParser{T}"/>, which reads text, bytes and streams for you.</remarks>
public interface IArticleParser<T> : IArticleParser
    where T : class, IJsonWritable
{
    /// <summary>Parses plain text.</summary>
    /// <param name="text">The article text; null is read as empty.</param>
    new ParseResult<T> Parse(string text);

    /// <summary>Parses UTF-8 text (with or without a byte-order mark; invalid bytes are replaced and reported).</summary>
    /// <param name="utf8">The article bytes.</param>
    new ParseResult<T> Parse(ReadOnlySpan<byte> utf8);

    /// <summary>Reads <paramref name="stream"/> to its end as UTF-8 and parses it; the stream is not disposed.</summary>
    /// <param name="stream">The article bytes.</param>
    new ParseResult<T> Parse(Stream stream);

    /// <summary>Parses a document that a reader has already read.</summary>
    /// <param name="document">The document.</param>
    new ParseResult<T> Parse(ArticleDocument document);
}
