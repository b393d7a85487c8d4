namespace ArticleModel.Schema;

/// <summary>The steps of a value transform pipeline (<c>| trim(" -") | titlecase</c>), applied to a value's text before it is converted.</summary>
public enum TransformKind
{
    /// <summary><c>trim("chars")</c>: removes the given characters from both ends.</summary>
    Trim,

    /// <summary><c>trimPrefix("literal")</c>: removes the literal from the start, when the text starts with it (ordinal).</summary>
    TrimPrefix,

    /// <summary><c>trimSuffix("literal")</c>: removes the literal from the end, when the text ends with it (ordinal).</summary>
    TrimSuffix,

    /// <summary><c>replace(/re/, "replacement")</c>: replaces every match (.NET substitutions: <c>$1</c>, <c>${name}</c>, <c>$$</c>).</summary>
    Replace,

    /// <summary><c>collapse</c>: every run of white space becomes one space, and the ends are trimmed.</summary>
    Collapse,

    /// <summary><c>lowercase</c>: invariant-culture lower case.</summary>
    Lowercase,

    /// <summary><c>uppercase</c>: invariant-culture upper case.</summary>
    Uppercase,

    /// <summary><c>titlecase</c>: every word's first letter upper case, the rest lower case (invariant culture; <c>O'NEILL</c> → <c>O'Neill</c>).</summary>
    Titlecase,

    /// <summary>
    /// <c>split(/re/)</c>: cuts the text at every match into several values (white space trimmed, empty pieces left
    /// out), each going through the steps after it; a list field takes every piece, a single field the first.
    /// </summary>
    Split,
}
