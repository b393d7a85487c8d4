using System.Collections.Generic;

namespace ArticleModel.Cli.Scaffold;

/// <summary>A field of the starting schema: its name, type, what it is for, and the locators found for it in preference order.</summary>
internal sealed class ScaffoldField
{
    public ScaffoldField(string name, string type, string purpose)
    {
        Name = name;
        Type = type;
        Purpose = purpose;
    }

    /// <summary>The field's name in the schema (<c>title</c>).</summary>
    public string Name { get; }

    /// <summary>The field's type (<c>text</c>, <c>date?</c>, <c>paragraph[]</c>).</summary>
    public string Type { get; }

    /// <summary>What the field holds, in words (for messages).</summary>
    public string Purpose { get; }

    /// <summary>The locators that gave a value on the page, best first (tried in this order: ordered fallbacks).</summary>
    public List<ScaffoldCandidate> Candidates { get; } = new();
}
