namespace ArticleModel.Schema;

/// <summary>A <c>drop</c> rule: blocks removed before fields are located (boilerplate).</summary>
public sealed record DropSpec(LocatorSpec Locator);
