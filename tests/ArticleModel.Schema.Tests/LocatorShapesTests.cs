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
        Assert.False(LocatorShapes.IsIgnoredFormat("css"));
        Assert.True(LocatorShapes.IsIgnoredFormat("attr"));
        Assert.False(LocatorShapes.IsIgnoredFormat("line"));
        Assert.Null(LocatorShapes.Find("lines"));
    }

    [Fact]
    public void Shapes_state_their_arguments()
    {
        var block = LocatorShapes.Find("block")!;
        Assert.Equal(ParameterKind.Position, block.Positional!.Kind);
        Assert.Equal(new[] { "after", "from", "until", "through", "where", "strip", "format", "zone" }, block.NamedNames);
        Assert.Equal(ParameterKind.Part, LocatorShapes.Find("match")!.FindNamed("part")!.Kind);
        Assert.Equal(ParameterKind.Strip, LocatorShapes.Find("blocks")!.FindNamed("strip")!.Kind);
        foreach (var html in new[] { "css", "meta", "jsonld" })
        {
            Assert.Equal(ParameterKind.DateFormat, LocatorShapes.Find(html)!.FindNamed("format")!.Kind);
            Assert.Equal(ParameterKind.DateZone, LocatorShapes.Find(html)!.FindNamed("zone")!.Kind);
        }
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
