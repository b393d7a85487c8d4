using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Html.Tests;

public class DecodingTests
{
    private static byte[] Bytes(params object[] parts)
    {
        var list = new System.Collections.Generic.List<byte>();
        foreach (var part in parts)
        {
            if (part is string s) list.AddRange(Encoding.ASCII.GetBytes(s));
            else if (part is byte[] b) list.AddRange(b);
            else list.Add(System.Convert.ToByte(part));
        }
        return list.ToArray();
    }

    private static string FirstLine(HtmlArticleDocument d) => d.Document.GetText(d.Document.Lines[0]).ToString();

    [Fact]
    public void A_windows_1252_page_without_a_charset_decodes_right_and_says_it_guessed()
    {
        var page = Bytes("<p>", 0x93, "Hello,", 0x94, " she said ", 0x96, " caf", 0xE9, "</p>");
        var d = HtmlReader.Read(page);
        Assert.Equal("\u201cHello,\u201d she said \u2013 caf\u00e9", FirstLine(d));
        Assert.Equal("windows-1252", d.EncodingName);
        Assert.Equal(HtmlEncodingSource.Guessed, d.EncodingSource);
        var guess = Assert.Single(d.Diagnostics, x => x.Id == DiagnosticIds.HtmlEncodingGuessed);
        Assert.Equal(DiagnosticSeverity.Warning, guess.Severity);
        Assert.Contains("windows-1252", guess.Message);
    }

    [Fact]
    public void An_undeclared_page_of_valid_utf8_is_read_as_utf8_with_the_guess_diagnostic()
    {
        var d = HtmlReader.Read(Encoding.UTF8.GetBytes("<p>caf\u00e9 \u201cq\u201d</p>"));
        Assert.Equal("caf\u00e9 \u201cq\u201d", FirstLine(d));
        Assert.Equal("utf-8", d.EncodingName);
        Assert.Contains(d.Diagnostics, x => x.Id == DiagnosticIds.HtmlEncodingGuessed);
    }

    [Fact]
    public void A_pure_ascii_page_needs_no_guess_diagnostic()
    {
        var d = HtmlReader.Read(Encoding.ASCII.GetBytes("<p>plain</p>"));
        Assert.Empty(d.Diagnostics);
    }

    [Theory]
    [InlineData("<meta charset=\"iso-8859-2\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">")]
    [InlineData("<!-- <meta charset=utf-8> --><META CHARSET='iso-8859-2'>")]
    public void A_meta_charset_decides(string meta)
    {
        // 0xB1 is "ą" in ISO-8859-2 (and "±" in windows-1252).
        var d = HtmlReader.Read(Bytes("<html><head>", meta, "</head><body><p>W", 0xB1, "s</p></body></html>"));
        Assert.Equal("W\u0105s", FirstLine(d));
        Assert.Equal(HtmlEncodingSource.Meta, d.EncodingSource);
        Assert.Empty(d.Diagnostics);
    }

    /// <summary>
    /// A page saved as UTF-8 that still declares its old Shift_JIS (found on a real saved page): decoding by the meta gave
    /// mojibake (<c>縺ｫ繧医ｋ</c>) in every field. Valid UTF-8 with multi-byte characters wins over the meta element.
    /// </summary>
    [Theory]
    [InlineData("Shift_JIS")]
    [InlineData("windows-1252")]
    [InlineData("euc-jp")]
    public void Valid_utf8_bytes_win_over_a_meta_charset_that_names_another_encoding(string declared)
    {
        var page = Bytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=", declared, "\"></head><body><p>",
            Encoding.UTF8.GetBytes("\u6df1\u523b\u5ea6\u306b\u3088\u308b caf\u00e9"), "</p></body></html>");
        var d = HtmlReader.Read(page);
        Assert.Equal("\u6df1\u523b\u5ea6\u306b\u3088\u308b caf\u00e9", FirstLine(d));
        Assert.Equal("utf-8", d.EncodingName);
        Assert.Equal(HtmlEncodingSource.MetaContradictedByUtf8, d.EncodingSource);
        var warning = Assert.Single(d.Diagnostics, x => x.Id == DiagnosticIds.HtmlMetaCharsetContradicted);
        Assert.Contains(declared.ToLowerInvariant(), warning.Message);
    }

    [Fact]
    public void A_real_shift_jis_page_keeps_its_meta_charset()
    {
        // 日本 in Shift_JIS (0x93 0xFA 0x96 0x7B) is not valid UTF-8.
        var d = HtmlReader.Read(Bytes("<meta charset=\"Shift_JIS\"><p>", 0x93, 0xFA, 0x96, 0x7B, "</p>"));
        Assert.Equal("\u65e5\u672c", FirstLine(d));
        Assert.Equal(HtmlEncodingSource.Meta, d.EncodingSource);
        Assert.DoesNotContain(d.Diagnostics, x => x.Id == DiagnosticIds.HtmlMetaCharsetContradicted);
    }

    [Fact]
    public void A_transport_charset_is_followed_even_when_the_bytes_are_valid_utf8()
    {
        var d = HtmlReader.Read(Bytes("<p>", Encoding.UTF8.GetBytes("caf\u00e9"), "</p>"), contentTypeCharset: "windows-1252");
        Assert.Equal("caf\u00c3\u00a9", FirstLine(d));
        Assert.Equal(HtmlEncodingSource.Transport, d.EncodingSource);
    }

    [Fact]
    public void A_meta_charset_after_the_first_1024_bytes_is_not_seen()
    {
        var d = HtmlReader.Read(Bytes("<!--", new string('x', 1100), "--><meta charset=iso-8859-2><p>W", 0xB1, "s</p>"));
        Assert.Equal(HtmlEncodingSource.Guessed, d.EncodingSource);
        Assert.Equal("W\u00b1s", FirstLine(d));
    }

    [Fact]
    public void A_utf8_byte_order_mark_wins_over_the_meta_charset_and_is_not_text()
    {
        var page = Bytes(0xEF, 0xBB, 0xBF, "<meta charset=windows-1252><p>", Encoding.UTF8.GetBytes("na\u00efve"), "</p>");
        var d = HtmlReader.Read(page);
        Assert.Equal("na\u00efve", FirstLine(d));
        Assert.Equal(HtmlEncodingSource.ByteOrderMark, d.EncodingSource);
        Assert.NotEqual('\uFEFF', d.Document.Input[0]);
        var span = d.Document.GetSpan(d.Document.Lines[0].Start, 5);
        Assert.Equal("na\u00efve", d.Document.Input.Substring(span.Start, span.Length));
    }

    [Fact]
    public void A_utf16_byte_order_mark_is_honoured()
    {
        var page = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("<p>\u00fcber</p>")).ToArray();
        Assert.Equal("\u00fcber", FirstLine(HtmlReader.Read(page)));
    }

    [Fact]
    public void The_transport_charset_comes_before_the_meta_and_may_be_a_whole_content_type()
    {
        var page = Bytes("<meta charset=utf-8><p>W", 0xB1, "s</p>");
        var d = HtmlReader.Read(page, contentTypeCharset: "text/html; charset=iso-8859-2");
        Assert.Equal("W\u0105s", FirstLine(d));
        Assert.Equal(HtmlEncodingSource.Transport, d.EncodingSource);
    }

    [Fact]
    public void An_unknown_label_is_reported_and_skipped()
    {
        var d = HtmlReader.Read(Bytes("<meta charset=klingon-8><p>ok</p>"));
        Assert.Equal("ok", FirstLine(d));
        Assert.Contains(d.Diagnostics, x => x.Id == DiagnosticIds.HtmlUnknownEncoding && x.Message.Contains("klingon-8"));
    }

    [Fact]
    public void Invalid_utf8_in_a_declared_utf8_page_is_replaced_and_reported()
    {
        var d = HtmlReader.Read(Bytes("<meta charset=utf-8><p>a", 0xFF, "b</p>"));
        Assert.Equal("a\uFFFDb", FirstLine(d));
        var diagnostic = Assert.Single(d.Diagnostics);
        Assert.Equal(DiagnosticIds.InvalidUtf8, diagnostic.Id);
        Assert.Contains("1 invalid byte sequence was", diagnostic.Message);
    }
}
