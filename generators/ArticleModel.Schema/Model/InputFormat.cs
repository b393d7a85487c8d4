namespace ArticleModel.Schema;

/// <summary>Which input formats a locator applies to.</summary>
public enum InputFormat
{
    /// <summary>Plain text.</summary>
    Text,

    /// <summary>HTML.</summary>
    Html,

    /// <summary>Markdown.</summary>
    Markdown,

    /// <summary>Any format (derived locators such as <c>@quotes</c>).</summary>
    Any,
}
