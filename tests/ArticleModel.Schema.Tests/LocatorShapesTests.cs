using System;
using System.Linq;
using ArticleModel.Schema.Binding;
using Xunit;

namespace ArticleModel.Schema.Tests;

/// <summary>The locator table the binder checks arguments against.</summary>
public class LocatorShapesTests
{
    [Fact]
    public void Every_plain_text_locator_kind_has_one_shape_and_html_locators_are_ignored()
    {
        foreach (var kind in Enum.GetValues(typeof(LocatorKind)).Cast<LocatorKind>())
            Assert.Single(LocatorShapes.All, s => s.Kind == kind);
        Assert.All(LocatorShapes.All.Where(s => s.Kind is null), s => Assert.Equal(InputFormat.Html, s.Format));
        Assert.True(LocatorShapes.IsIgnoredFormat("css"));
        Assert.False(LocatorShapes.IsIgnoredFormat("line"));
        Assert.Null(LocatorShapes.Find("lines"));
    }

    [Fact]
    public void Shapes_state_their_arguments()
    {
        var block = LocatorShapes.Find("block")!;
        Assert.Equal(ParameterKind.Position, block.Positional!.Kind);
        Assert.Equal(new[] { "after", "from", "until", "through", "where", "format", "zone" }, block.NamedNames);
        Assert.True(block.FindNamed("from")!.Inclusive);
        Assert.False(block.FindNamed("after")!.Inclusive);
        Assert.Equal(ParameterKind.RegionEnd, block.FindNamed("through")!.Kind);

        var quotes = LocatorShapes.Find("quotes")!;
        Assert.Equal(InputFormat.Any, quotes.Format);
        Assert.False(quotes.AllowedInDrop);
        Assert.Equal("'in: field'", quotes.FindNamed("in")!.RequiredAs);
        Assert.All(LocatorShapes.All, s => Assert.StartsWith("@" + s.Name + "(", s.Form));
    }
}
