using System.Linq;
using ArticleModel.Testing;
using Xunit;

namespace ArticleModel.Sample.Tests;

/// <summary>
/// The second sample schema, <c>src/ArticleModel.Sample/PressRelease.article</c> (issue 8, "Done when"): every press
/// release in <c>src/ArticleModel.Sample/PressReleases</c> parses to the JSON beside it, and the same release with CRLF
/// line breaks gives the same value. The expected files were checked by hand against the releases: title without its
/// " | Company" tag, dateline city title-cased, dateline date, lead and body without the dateline prefix, About section
/// (empty when absent), contact record with its members' transforms applied.
/// </summary>
public class PressReleaseFixtureTests
{
    /// <summary>One test case per press release; the folder is found relative to this source file.</summary>
    public static TheoryData<ArticleFixture> Releases => ArticleFixtures.FromFolder("../../src/ArticleModel.Sample/PressReleases");

    [Theory]
    [MemberData(nameof(Releases))]
    public void Parses_to_the_expected_json(ArticleFixture fixture) =>
        ArticleFixtureAssert.Matches(fixture, PressRelease.Parse);

    /// <summary>
    /// Line breaks do not change the value: the CRLF copy of each release has the same value as the LF original (its
    /// spans differ: they point into the CRLF text). The contact pattern spans lines (<c>Media contact:\n…</c>), so this
    /// needs patterns to see LF whatever the input's breaks (issue 8 item 3).
    /// </summary>
    [Theory]
    [MemberData(nameof(Releases))]
    public void The_crlf_copy_has_the_same_value(ArticleFixture fixture)
    {
        var lf = fixture.ReadText().Replace("\r\n", "\n");
        var crlf = lf.Replace("\n", "\r\n");
        var fromLf = PressRelease.Parse(lf);
        var fromCrlf = PressRelease.Parse(crlf);

        Assert.True(fromLf.Success, string.Join("\n", fromLf.Diagnostics));
        Assert.Equal(fromLf.Value!.ToJson(indented: true), fromCrlf.Value!.ToJson(indented: true));
        Assert.Equal(fromLf.Success, fromCrlf.Success);
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public void Every_field_is_extracted(ArticleFixture fixture)
    {
        var release = PressRelease.Parse(fixture.ReadText());
        Assert.True(release.Success, string.Join("\n", release.Diagnostics));
        var value = release.Value!;
        Assert.DoesNotContain(" | ", value.Title);
        Assert.NotEqual(value.City.ToUpperInvariant(), value.City); // title-cased, not all caps
        Assert.NotEmpty(value.Body);
        // The dateline is captured into its own fields and is no part of the body or the lead.
        Assert.DoesNotContain("/PRNewswire/", value.Body[0].Text);
        Assert.DoesNotContain("BUSINESS WIRE", value.Body[0].Text);
        Assert.Equal(value.Lead!.Text, value.Body[0].Text);
        Assert.NotNull(value.Contact);
        Assert.Equal(value.Contact!.Email, value.Contact.Email.ToLowerInvariant());
        Assert.DoesNotContain(value.Body, p => p.Text.StartsWith("About ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_release_without_an_about_section_has_an_empty_about()
    {
        var release = PressRelease.Parse(Read("brightwell-sensor-launch.txt"));
        Assert.True(release.Success);
        Assert.Empty(release.Value!.About);
        Assert.Equal("The Fieldline S2 ships in April.", release.Value.Body.Last().Text);
    }

    [Fact]
    public void The_body_span_of_the_first_paragraph_starts_after_the_dateline()
    {
        var text = Read("acme-recycling-plant.txt");
        var release = PressRelease.Parse(text);
        var first = release.Spans.All("body")[0];
        Assert.Equal("Acme Corp, a maker", text.Substring(first.Start, "Acme Corp, a maker".Length));
        Assert.Equal(release.Value!.Body[0].Span, first);
    }

    private static string Read(string name, [System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        System.IO.File.ReadAllText(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(here)!, "../../src/ArticleModel.Sample/PressReleases", name));
}
