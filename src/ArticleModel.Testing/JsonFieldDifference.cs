using System.Text;

namespace ArticleModel.Testing;

/// <summary>How an actual JSON value differs from the expected one.</summary>
public enum JsonDifferenceKind
{
    /// <summary>Both have the field, with different values (or different JSON kinds).</summary>
    Changed,

    /// <summary>The expected JSON has the field or array item; the actual result does not.</summary>
    Missing,

    /// <summary>The actual result has a field or array item that the expected JSON does not.</summary>
    Unexpected,
}

/// <summary>One difference between the expected and the actual JSON of a fixture.</summary>
public sealed class JsonFieldDifference
{
    /// <summary>Creates a difference.</summary>
    /// <param name="path">The field path, for example <c>byline.twitter</c> or <c>body[2]</c>; <c>$</c> is the whole value.</param>
    /// <param name="kind">The kind of difference.</param>
    /// <param name="expected">The expected value as compact JSON, or null when the expected JSON lacks it.</param>
    /// <param name="actual">The actual value as compact JSON, or null when the actual JSON lacks it.</param>
    /// <param name="note">An optional remark, such as where two strings first differ.</param>
    public JsonFieldDifference(string path, JsonDifferenceKind kind, string? expected, string? actual, string? note = null)
    {
        Path = path;
        Kind = kind;
        Expected = expected;
        Actual = actual;
        Note = note;
    }

    /// <summary>The field path: property names joined by dots, array items as <c>[index]</c>; <c>$</c> is the whole value.</summary>
    public string Path { get; }

    /// <summary>The kind of difference.</summary>
    public JsonDifferenceKind Kind { get; }

    /// <summary>The expected value as compact JSON (strings keep their quotes), or null when the expected JSON lacks it.</summary>
    public string? Expected { get; }

    /// <summary>The actual value as compact JSON, or null when the actual JSON lacks it.</summary>
    public string? Actual { get; }

    /// <summary>An optional remark, such as <c>first difference at character 42</c>.</summary>
    public string? Note { get; }

    /// <summary>Formats the difference over several lines: the path and kind, then the expected and the actual value.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Path);
        switch (Kind)
        {
            case JsonDifferenceKind.Missing: text.Append(": missing from the actual result"); break;
            case JsonDifferenceKind.Unexpected: text.Append(": not in the expected JSON"); break;
        }
        if (Note is not null) text.Append(" (").Append(Note).Append(')');
        text.AppendLine();
        text.Append("    expected: ").AppendLine(Expected ?? "(absent)");
        text.Append("    actual:   ").Append(Actual ?? "(absent)");
        return text.ToString();
    }
}
