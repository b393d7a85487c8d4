namespace ArticleModel.Schema.Binding;

/// <summary>One argument a locator takes.</summary>
internal sealed class LocatorParameter
{
    public LocatorParameter(string? name, ParameterKind kind, bool inclusive = false, string? requiredAs = null)
    {
        Name = name;
        Kind = kind;
        Inclusive = inclusive;
        RequiredAs = requiredAs;
    }

    /// <summary>The argument's name (<c>after</c>, <c>where</c>, …); null for the positional argument.</summary>
    public string? Name { get; }

    /// <summary>What the argument binds to.</summary>
    public ParameterKind Kind { get; }

    /// <summary>For a region bound: whether the anchor's own lines are inside the region (<c>from:</c>, <c>through:</c>).</summary>
    public bool Inclusive { get; }

    /// <summary>When the argument is required: how <c>AM0115</c> names it (<c>a position</c>, <c>'in: field'</c>); null when optional.</summary>
    public string? RequiredAs { get; }
}
