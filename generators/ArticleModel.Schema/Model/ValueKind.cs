namespace ArticleModel.Schema;

/// <summary>The built-in value types.</summary>
public enum ValueKind
{
    /// <summary>White-space-normalised string.</summary>
    Text,

    /// <summary>Normalised text plus its source span.</summary>
    Paragraph,

    /// <summary>A 32-bit integer (invariant culture).</summary>
    Int,

    /// <summary>A date, optionally with a time of day and a UTC offset, as <c>ArticleDate</c>.</summary>
    Date,

    /// <summary>An absolute URL, as <c>Uri</c>.</summary>
    Url,

    /// <summary>A social-media handle, stored without its leading '@'.</summary>
    Handle,

    /// <summary>A quotation with its speaker.</summary>
    Quote,

    /// <summary>A schema <c>record</c>; see <see cref="TypeSpec.RecordName"/>.</summary>
    Record,
}
