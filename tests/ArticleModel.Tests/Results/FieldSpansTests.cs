using System;
using Xunit;

namespace ArticleModel.Tests.Results;

/// <summary>Direct tests of <see cref="FieldSpans"/> and its builder (issue 10 item 8).</summary>
public class FieldSpansTests
{
    private static readonly SourceSpan A = new(0, 8, 1, 1);
    private static readonly SourceSpan B = new(10, 5, 3, 1);
    private static readonly SourceSpan C = new(17, 4, 5, 2);

    [Fact]
    public void The_empty_map_has_no_fields_and_answers_with_defaults()
    {
        var spans = FieldSpans.Empty;
        Assert.Empty(spans.Fields);
        Assert.Equal(default, spans["headline"]);
        Assert.True(spans["headline"].IsEmpty);
        Assert.True(spans.All("headline").IsEmpty);
        Assert.False(spans.TryGet("headline", out var none));
        Assert.Empty(none);
    }

    [Fact]
    public void A_builder_with_nothing_added_gives_the_shared_empty_map()
    {
        Assert.Same(FieldSpans.Empty, new FieldSpans.Builder().Build());
    }

    [Fact]
    public void Single_values_and_lists_are_kept_in_the_order_first_added()
    {
        var builder = new FieldSpans.Builder();
        builder.Add("headline", A);
        builder.Add("body", new[] { B, C });
        builder.Add("quotes", Array.Empty<SourceSpan>());
        var spans = builder.Build();

        Assert.Equal(new[] { "headline", "body", "quotes" }, spans.Fields);
        Assert.Equal(A, spans["headline"]);
        Assert.Equal(B, spans["body"]);
        Assert.Equal(new[] { B, C }, spans.All("body").ToArray());
        Assert.Equal(default, spans["quotes"]);
        Assert.True(spans.TryGet("quotes", out var quotes));
        Assert.Empty(quotes);
        Assert.True(spans.TryGet("body", out var body));
        Assert.Equal(new[] { B, C }, body);
    }

    [Fact]
    public void Adding_a_field_again_replaces_its_spans_and_keeps_its_place()
    {
        var builder = new FieldSpans.Builder();
        builder.Add("headline", A);
        builder.Add("body", B);
        builder.Add("headline", C);
        var spans = builder.Build();

        Assert.Equal(new[] { "headline", "body" }, spans.Fields);
        Assert.Equal(C, spans["headline"]);
        Assert.Equal(1, spans.All("headline").Length);
    }

    [Fact]
    public void Many_fields_keep_their_order_lookups_and_replacements_past_the_in_place_search()
    {
        var builder = new FieldSpans.Builder();
        for (var i = 0; i < 20; i++) builder.Add("f" + i, new SourceSpan(i, 1, i + 1, 1));
        builder.Add("f2", C);
        builder.Add("f15", A);
        var spans = builder.Build();

        Assert.Equal(20, spans.Fields.Count);
        for (var i = 0; i < 20; i++) Assert.Equal("f" + i, spans.Fields[i]);
        Assert.Equal(C, spans["f2"]);
        Assert.Equal(A, spans["f15"]);
        Assert.Equal(new SourceSpan(19, 1, 20, 1), spans["f19"]);
        Assert.False(spans.TryGet("f20", out _));
    }

    [Fact]
    public void Field_names_are_case_sensitive()
    {
        var builder = new FieldSpans.Builder();
        builder.Add("headline", A);
        var spans = builder.Build();
        Assert.False(spans.TryGet("Headline", out _));
        Assert.True(spans["Headline"].IsEmpty);
    }
}
