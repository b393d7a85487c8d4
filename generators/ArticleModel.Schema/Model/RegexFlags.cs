namespace ArticleModel.Schema;

/// <summary>Options of a schema regular expression, written after the closing slash.</summary>
[System.Flags]
public enum RegexFlags
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary><c>i</c>: case-insensitive (invariant culture).</summary>
    IgnoreCase = 1,

    /// <summary><c>m</c>: ^ and $ match at line breaks inside a block.</summary>
    Multiline = 2,
}
