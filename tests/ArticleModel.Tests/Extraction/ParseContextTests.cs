using System;
using System.Linq;
using System.Text.RegularExpressions;
using ArticleModel.CompilerServices;
using Xunit;

namespace ArticleModel.Tests.Extraction;

/// <summary>
/// Direct tests of the extraction primitives (issue 10 item 8); before, they were only exercised through generated code.
/// </summary>
public class ParseContextTests
{
    // View lines: 0 "Headline", 1 "Dek line", 2-3 "First paragraph, / wrapped.", 4 "Second paragraph.", 5 "-- end --".
    private const string Article = "Headline\nDek line\n\nFirst   paragraph,\n  wrapped.\n\nSecond paragraph.\n\n-- end --\n";

    private static ParseContext Context(string text = Article) => new(PlainTextReader.Read(text));

    private static Regex Re(string pattern) => SchemaRegex.Create(pattern, ignoreCase: false, multiline: false);

    [Fact]
    public void The_view_starts_as_the_documents_non_blank_lines()
    {
        var context = Context();
        Assert.Equal(6, context.LineCount);
        Assert.Equal(0, context.Whole.Start);
        Assert.Equal(6, context.Whole.End);
        Assert.Equal(5, context.Line(3).Number); // "  wrapped." is the file's fifth line
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(-1, 5)]
    [InlineData(-6, 0)]
    public void FindLine_counts_from_either_end(int n, int index)
    {
        var hit = Context().FindLine(n, null, "f");
        Assert.True(hit.Found);
        Assert.Equal(index, hit.First);
        Assert.Equal(index, hit.Last);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(-7)]
    public void FindLine_out_of_range_finds_nothing(int n) => Assert.False(Context().FindLine(n, null, "f").Found);

    [Fact]
    public void FindLine_where_must_match_the_lines_text()
    {
        var context = Context();
        Assert.True(context.FindLine(2, Re(@"^Dek"), "dek").Found);
        Assert.False(context.FindLine(2, Re(@"^Head"), "dek").Found);
    }

    [Fact]
    public void FindBlock_and_FindBlocks_follow_blank_line_blocks()
    {
        var context = Context();
        var blocks = context.FindBlocks(context.Whole);
        Assert.Equal(new[] { (0, 1), (2, 3), (4, 4), (5, 5) }, blocks.Select(b => (b.First, b.Last)));

        var second = context.FindBlock(2, context.Whole, null, "f");
        Assert.Equal((2, 3), (second.First, second.Last));
        var last = context.FindBlock(-1, context.Whole, null, "f");
        Assert.Equal((5, 5), (last.First, last.Last));
        Assert.False(context.FindBlock(5, context.Whole, null, "f").Found);
        Assert.False(context.FindBlock(2, context.Whole, Re("^Second"), "f").Found);

        // A region cuts blocks at its edges.
        var region = context.Region(3, 5);
        Assert.Equal(new[] { (3, 3), (4, 4) }, context.FindBlocks(region).Select(b => (b.First, b.Last)));
        Assert.Empty(context.FindBlocks(context.Region(4, 4)));
    }

    [Fact]
    public void Region_bounds_are_clamped_to_the_view()
    {
        var context = Context();
        var region = context.Region(-3, 100);
        Assert.Equal((0, 6), (region.Start, region.End));
        Assert.True(context.Region(5, 2).IsEmpty);
    }

    [Fact]
    public void Drops_remove_lines_from_the_view_before_fields_are_located()
    {
        var context = Context();
        context.Drop(context.FindLine(2, null, "drop"));
        context.Drop(new[] { context.FindLine(-1, null, "drop"), Hit.None });
        context.ApplyDrops();

        Assert.Equal(4, context.LineCount);
        Assert.Equal("First paragraph,", context.Text(context.FindLine(2, null, "f")));
        Assert.Equal("First paragraph, wrapped.", context.Text(context.FindBlock(2, context.Whole, null, "f")));
        Assert.Equal(3, context.FindBlocks(context.Whole).Length);
        Assert.Equal("Second paragraph.", context.Text(context.FindLine(-1, null, "f")));
    }

    [Fact]
    public void Text_normalises_white_space_and_joins_wrapped_lines_and_Span_covers_the_block()
    {
        var context = Context();
        var block = context.FindBlock(2, context.Whole, null, "body");

        Assert.Equal("First paragraph, wrapped.", context.Text(block));
        var span = context.Span(block);
        Assert.Equal(Article.IndexOf("First", StringComparison.Ordinal), span.Start);
        Assert.Equal(Article.IndexOf("wrapped.", StringComparison.Ordinal) + "wrapped.".Length, span.End);
        Assert.Equal((4, 1), (span.Line, span.Column));

        var paragraph = context.Paragraph(block);
        Assert.Equal("First paragraph, wrapped.", paragraph.Text);
        Assert.Equal(span, paragraph.Span);
    }

    [Fact]
    public void FindMatch_returns_the_first_matching_block_with_its_groups()
    {
        var context = Context();
        var hit = context.FindMatch(Re(@"^(?<word>\w+) paragraph\.$"), null, false, context.Whole, "f", out var match);

        Assert.Equal((4, 4), (hit.First, hit.Last));
        Assert.NotNull(match);
        Assert.Equal("Second", ParseContext.GroupText(match!, "word"));
        Assert.Null(ParseContext.GroupText(match!, "nosuchgroup"));
        var groupSpan = context.GroupSpan(match!, "word");
        Assert.Equal(Article.IndexOf("Second", StringComparison.Ordinal), groupSpan.Start);
        Assert.Equal((7, 1), (groupSpan.Line, groupSpan.Column));
        Assert.Equal("Second paragraph.", ParseContext.MatchText(match!));
        Assert.Equal(context.Span(hit), context.MatchSpan(match!));
    }

    [Fact]
    public void FindMatch_skips_blocks_without_the_required_literal()
    {
        var context = Context();
        // The literal is a promise that every match contains it; a block without it is skipped unseen by the regex.
        var hit = context.FindMatch(Re("paragraph"), "Second", false, context.Whole, "f", out var match);
        Assert.Equal(4, hit.First);

        var none = context.FindMatch(Re("paragraph"), "SECOND", false, context.Whole, "f", out match);
        Assert.False(none.Found);
        Assert.Null(match);
        var caseless = context.FindMatch(SchemaRegex.Create("PARAGRAPH", true, false), "SECOND", true, context.Whole, "f", out _);
        Assert.Equal(4, caseless.First);
    }

    [Fact]
    public void FindMatches_returns_every_matching_block_in_order()
    {
        var context = Context();
        var matches = context.FindMatches(Re("paragraph"), null, false, context.Whole, "f");

        Assert.Equal(new[] { 2, 4 }, ParseContext.HitsOf(matches).Select(h => h.First));
        Assert.Equal("paragraph", matches[1].Match.Value);
        Assert.Empty(context.FindMatches(Re("nothing"), null, false, context.Whole, "f"));
        Assert.Equal((2, 4), (Hit.Cover(ParseContext.HitsOf(matches)).First, Hit.Cover(ParseContext.HitsOf(matches)).Last));
        Assert.False(Hit.Cover(new[] { Hit.None }).Found);
    }

    [Fact]
    public void A_pattern_that_runs_out_of_time_finds_nothing_and_warns_AM3003()
    {
        var text = "Headline\n\n" + new string('a', 40) + "!\n";
        var context = Context(text);
        var slow = new Regex("^(a|aa)+$", RegexOptions.None, TimeSpan.FromMilliseconds(10));

        var hit = context.FindMatch(slow, null, false, context.Whole, "body", out var match);

        Assert.False(hit.Found);
        Assert.Null(match);
        var d = Assert.Single(context.Finish<Value>(null).Diagnostics);
        Assert.Equal(DiagnosticIds.RegexTimeout, d.Id);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("body", d.Field);
        Assert.Equal(3, d.Span.Line);
    }

    [Fact]
    public void Conversions_report_AM3002_as_an_error_for_required_fields_and_a_warning_otherwise()
    {
        var context = Context();
        var span = context.Span(context.FindLine(1, null, "f"));

        Assert.Equal(12, context.ToInt("12", span, "count", required: true));
        Assert.Null(context.ToInt(null, span, "count", required: true));
        Assert.Null(context.ToInt("twelve", span, "count", required: true));
        Assert.Null(context.ToDate("not a date", span, "date", required: false));
        Assert.Null(context.ToUrl("not a url", span, "url", required: false));
        Assert.Equal("anaruiz", context.ToHandle("@anaruiz", span, "twitter", required: false));

        var result = context.Finish<Value>(new Value());
        Assert.Collection(result.Diagnostics,
            d => { Assert.Equal("AM3002", d.Id); Assert.Equal(DiagnosticSeverity.Error, d.Severity); Assert.Equal("count", d.Field); Assert.Equal(span, d.Span); },
            d => { Assert.Equal("AM3002", d.Id); Assert.Equal(DiagnosticSeverity.Warning, d.Severity); Assert.Equal("date", d.Field); },
            d => { Assert.Equal("AM3002", d.Id); Assert.Equal(DiagnosticSeverity.Warning, d.Severity); Assert.Equal("url", d.Field); });
        Assert.False(result.Success);
        Assert.NotNull(result.Value);
    }

    [Fact]
    public void A_long_unconvertible_value_is_shortened_in_the_message()
    {
        var context = Context();
        context.ConversionFailed("count", "int", new string('x', 100), default, required: true);
        var d = Assert.Single(context.Finish<Value>(null).Diagnostics);
        Assert.Contains("'" + new string('x', 57) + "...'", d.Message);
        Assert.DoesNotContain(new string('x', 58), d.Message);
    }

    [Fact]
    public void The_readers_diagnostics_come_first_and_missing_fields_say_why()
    {
        var context = Context("  \n\n");
        context.Missing("headline", "@line(1)");
        context.MissingMember("byline", "name", default);

        var result = context.Finish<Value>(null);

        Assert.Equal(new[] { "AM2003", "AM3001", "AM3004" }, result.Diagnostics.Select(d => d.Id));
        Assert.Equal("required field 'headline' was not found: the article has no text", result.Diagnostics[1].Message);
        Assert.Equal("headline", result.Diagnostics[1].Field);
        Assert.Equal("byline.name", result.Diagnostics[2].Field);
        Assert.False(result.Success);

        var found = Context();
        found.Missing("dek", "@line(2, where: /x/)");
        Assert.Equal("required field 'dek' was not found: @line(2, where: /x/) found nothing", Assert.Single(found.Finish<Value>(null).Diagnostics).Message);
    }

    [Fact]
    public void Spans_recorded_during_the_parse_end_up_in_the_result()
    {
        var context = Context();
        var headline = context.FindLine(1, null, "headline");
        var body = context.FindBlocks(context.Region(2, 6));
        context.Spans.Add("headline", context.Span(headline));
        context.Spans.Add("body", context.SpansOf(body));

        var result = context.Finish(new Value());

        Assert.True(result.Success);
        Assert.Equal(new[] { "headline", "body" }, result.Spans.Fields);
        Assert.Equal(context.Span(headline), result.Spans["headline"]);
        Assert.Equal(3, result.Spans.All("body").Length);
        Assert.Equal("Second paragraph.", context.Texts(body)[1]);
        Assert.Equal(3, context.Paragraphs(body).Count);
    }

    private sealed class Value : IJsonWritable
    {
        public void WriteJson(System.Text.Json.Utf8JsonWriter writer) => writer.WriteNullValue();
    }
}
