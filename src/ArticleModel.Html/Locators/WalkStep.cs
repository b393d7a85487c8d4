namespace ArticleModel.Html.Locators;

/// <summary>What <see cref="DomWalk.Walk"/> does after visiting an element.</summary>
internal enum WalkStep
{
    /// <summary>Visit the element's children next.</summary>
    Descend,

    /// <summary>Go on with the element's next sibling, leaving its children out.</summary>
    SkipChildren,

    /// <summary>End the walk.</summary>
    Stop,
}
