using System.Collections.Generic;

namespace ArticleModel.Schema.Binding;

/// <summary>A locator's signature: its kind, the input format it applies to and the arguments it takes.</summary>
internal sealed class LocatorShape
{
    public LocatorShape(string name, LocatorKind? kind, InputFormat format, string form, bool allowedInDrop, LocatorParameter? positional, params LocatorParameter[] named)
    {
        Name = name;
        Kind = kind;
        Format = format;
        Form = form;
        AllowedInDrop = allowedInDrop;
        Positional = positional;
        Named = named;
        var names = new string[named.Length];
        for (var i = 0; i < named.Length; i++) names[i] = named[i].Name!;
        NamedNames = names;
    }

    /// <summary>The name written after '@'.</summary>
    public string Name { get; }

    /// <summary>The locator kind; null for a locator of a format not read yet (HTML), which is ignored with a warning.</summary>
    public LocatorKind? Kind { get; }

    /// <summary>The input format the locator applies to.</summary>
    public InputFormat Format { get; }

    /// <summary>How it is written, for messages: <c>@line(n [, where: /re/])</c>.</summary>
    public string Form { get; }

    /// <summary>Whether a <c>drop</c> rule may use it.</summary>
    public bool AllowedInDrop { get; }

    /// <summary>The positional (first, unnamed) argument, or null when it takes none.</summary>
    public LocatorParameter? Positional { get; }

    /// <summary>The named arguments, in the order suggestions list them.</summary>
    public IReadOnlyList<LocatorParameter> Named { get; }

    /// <summary>The names of <see cref="Named"/>.</summary>
    public IReadOnlyList<string> NamedNames { get; }

    /// <summary>The named parameter called <paramref name="name"/>, or null.</summary>
    public LocatorParameter? FindNamed(string name)
    {
        foreach (var parameter in Named)
        {
            if (parameter.Name == name) return parameter;
        }
        return null;
    }
}
