using System;
using System.Collections.Generic;

namespace ArticleModel.Markdown;

/// <summary>
/// The YAML front matter of a Markdown file as keys and values: a key's path joins the keys of nested mappings with
/// dots (<c>author.name</c>); a list's items, and the values of a key in a list of mappings (<c>authors.name</c>), are
/// the key's values in order. Immutable.
/// </summary>
public sealed class FrontMatterData
{
    private static readonly IReadOnlyList<FrontMatterValue> NoValues = Array.Empty<FrontMatterValue>();
    private readonly Dictionary<string, List<FrontMatterValue>> _values;
    private readonly List<string> _keys;

    /// <summary>Front matter with no keys (a file without front matter).</summary>
    public static FrontMatterData Empty { get; } = new(new Dictionary<string, List<FrontMatterValue>>(StringComparer.Ordinal), new List<string>());

    internal FrontMatterData(Dictionary<string, List<FrontMatterValue>> values, List<string> keys)
    {
        _values = values;
        _keys = keys;
    }

    /// <summary>Every key path that has a value, in the order first written.</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>The values of <paramref name="path"/> (case-sensitive, as YAML keys are); empty when it has none.</summary>
    public IReadOnlyList<FrontMatterValue> GetValues(string path) =>
        path is not null && _values.TryGetValue(path, out var values) ? values : NoValues;
}
