using System;
using System.ComponentModel;

namespace ArticleModel.CompilerServices;

/// <summary>
/// The <see cref="IArticleParser{T}"/> of a generated model: wraps the model's static <c>Parse(ArticleDocument)</c>.
/// A generated model exposes one as its static <c>Parser</c> property.
/// </summary>
/// <typeparam name="T">The generated model type.</typeparam>
/// <remarks>For generated code only; it may change between versions without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GeneratedArticleParser<T> : ArticleParser<T>
    where T : class, IJsonWritable
{
    private readonly Func<ArticleDocument, ParseResult<T>> _parse;

    /// <summary>Creates the parser.</summary>
    /// <param name="name">The article's name in the schema.</param>
    /// <param name="fieldNames">The schema names of its fields, in declaration order.</param>
    /// <param name="parse">The generated <c>Parse(ArticleDocument)</c>.</param>
    public GeneratedArticleParser(string name, string[] fieldNames, Func<ArticleDocument, ParseResult<T>> parse)
        : base(name, fieldNames)
    {
        _parse = parse ?? throw new ArgumentNullException(nameof(parse));
    }

    /// <inheritdoc />
    public override ParseResult<T> Parse(ArticleDocument document)
    {
        if (document is null) throw new ArgumentNullException(nameof(document));
        return _parse(document);
    }
}
