using System;
using System.ComponentModel;

namespace ArticleModel.CompilerServices;

/// <summary>
/// One layout of an article with <c>layout</c> blocks, as <see cref="Layouts.Choose{T}"/> tries it: its name, the last day
/// it was used, the fields that tell it apart, and the parse that runs its locators. Built once per parser.
/// </summary>
/// <typeparam name="T">The model type.</typeparam>
/// <remarks>For generated code and the interpreter only; it may change between versions without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LayoutCandidate<T> where T : class, IJsonWritable
{
    /// <summary>Creates a candidate.</summary>
    /// <param name="name">The layout's name (<c>"current"</c> for the article's own fields).</param>
    /// <param name="until">The last day the layout was used (<c>until "yyyy-MM-dd"</c>), or null (the current layout, or a layout without a date).</param>
    /// <param name="keyFields">The fields that must be found for the layout to count as matching.</param>
    /// <param name="parse">Parses a document with the layout's locators.</param>
    public LayoutCandidate(string name, DateTime? until, string[] keyFields, Func<ArticleDocument, ParseResult<T>> parse)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Until = until?.Date;
        KeyFields = keyFields ?? throw new ArgumentNullException(nameof(keyFields));
        Parse = parse ?? throw new ArgumentNullException(nameof(parse));
    }

    /// <summary>The layout's name.</summary>
    public string Name { get; }

    /// <summary>The last day the layout was used; null when it has no date.</summary>
    public DateTime? Until { get; }

    /// <summary>The fields that must be found for the layout to match.</summary>
    public string[] KeyFields { get; }

    /// <summary>The layout's parse.</summary>
    public Func<ArticleDocument, ParseResult<T>> Parse { get; }
}
