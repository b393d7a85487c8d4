using System;
using System.Globalization;
using System.Text;
using System.Threading;
using Xunit;

namespace ArticleModel.Tests.Text;

public class ValueConvertersTests
{
    // ---- int --------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("0", 0)]
    [InlineData("42", 42)]
    [InlineData("  42\n", 42)]
    [InlineData("+7", 7)]
    [InlineData("-7", -7)]
    [InlineData("007", 7)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("\u00A012\u00A0", 12)]
    public void IntValid(string text, int expected)
    {
        Assert.True(ValueConverters.TryParseInt(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("1,000")]
    [InlineData("1.5")]
    [InlineData("1e3")]
    [InlineData("1 000")]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("99999999999999999999999")]
    [InlineData("0x10")]
    [InlineData("\u0661\u0662")] // Arabic-Indic digits
    [InlineData("--1")]
    [InlineData("twelve")]
    public void IntInvalid(string? text)
    {
        Assert.False(ValueConverters.TryParseInt(text, out var value));
        Assert.Equal(0, value);
    }

    // ---- date -------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2025-04-02", "2025-04-02")]
    [InlineData("2025-04-02T10:15:00Z", "2025-04-02T10:15:00+00:00")]
    [InlineData("2025-04-02T10:15Z", "2025-04-02T10:15:00+00:00")]
    [InlineData("2025-04-02T10:15", "2025-04-02T10:15:00")]
    [InlineData("2025-04-02 10:15:30", "2025-04-02T10:15:30")]
    [InlineData("2025-04-02T10:15:00+02:00", "2025-04-02T10:15:00+02:00")]
    [InlineData("2025-04-02T10:15:00-0430", "2025-04-02T10:15:00-04:30")]
    [InlineData("2025-04-02T10:15:00-05", "2025-04-02T10:15:00-05:00")]
    [InlineData("2025-04-02T10:15:00.123456789Z", "2025-04-02T10:15:00.1234567+00:00")]
    [InlineData("2025-04-02t10:15:00,5z", "2025-04-02T10:15:00.5+00:00")]
    [InlineData("Wed, 02 Apr 2025 10:15:00 GMT", "2025-04-02T10:15:00+00:00")]
    [InlineData("Wed, 2 Apr 2025 10:15:00 +0200", "2025-04-02T10:15:00+02:00")]
    [InlineData("Wed, 02 Apr 2025 10:15:00 EST", "2025-04-02T10:15:00-05:00")]
    [InlineData("April 2, 2025", "2025-04-02")]
    [InlineData("april 2 2025", "2025-04-02")]
    [InlineData("2 April 2025", "2025-04-02")]
    [InlineData("2nd April, 2025", "2025-04-02")]
    [InlineData("2 of April 2025", "2025-04-02")]
    [InlineData("02-Apr-2025", "2025-04-02")]
    [InlineData("Apr. 2, 2025", "2025-04-02")]
    [InlineData("Apr 2, 2025", "2025-04-02")]
    [InlineData("Sept. 30, 2024", "2024-09-30")]
    [InlineData("April 2nd, 2025", "2025-04-02")]
    [InlineData("Wednesday, April 2, 2025", "2025-04-02")]
    [InlineData("WEDNESDAY, APRIL 2, 2025", "2025-04-02")]
    [InlineData("Wed. April 2, 2025", "2025-04-02")]
    [InlineData("April 2, 2025.", "2025-04-02")]
    [InlineData("April 2, 2025 10:15 AM", "2025-04-02T10:15:00")]
    [InlineData("April 2, 2025 10:15 PM", "2025-04-02T22:15:00")]
    [InlineData("April 2, 2025, 10:15 a.m.", "2025-04-02T10:15:00")]
    [InlineData("April 2, 2025 at 10:15 p.m. ET", "2025-04-02T22:15:00-04:00")]
    [InlineData("April 2, 2025 at 10:15 p.m. ET.", "2025-04-02T22:15:00-04:00")]
    [InlineData("April 2, 2025 10:15AM EDT", "2025-04-02T10:15:00-04:00")]
    [InlineData("April 2, 2025 12:05 a.m.", "2025-04-02T00:05:00")]
    [InlineData("April 2, 2025 12:05 p.m. PT", "2025-04-02T12:05:00-07:00")]
    [InlineData("April 2, 2025 12:05 PDT", "2025-04-02T12:05:00-07:00")]
    [InlineData("April 2, 2025 10 a.m. (ET)", "2025-04-02T10:00:00-04:00")]
    [InlineData("Wednesday, April 2, 2025 - 14:30:15 UTC", "2025-04-02T14:30:15+00:00")]
    [InlineData("April 2, 2025 14:30 GMT+2", "2025-04-02T14:30:00+02:00")]
    [InlineData("April 2, 2025 14:30 UTC-05:00", "2025-04-02T14:30:00-05:00")]
    [InlineData("2 April 2025 14:30 +01:00", "2025-04-02T14:30:00+01:00")]
    [InlineData("Feb 29, 2024", "2024-02-29")]
    [InlineData("  \u00A0April\u00A02,\u00A02025 \n", "2025-04-02")]
    [InlineData("2025/04/02", "2025-04-02")]
    [InlineData("Published April 2, 2025", "2025-04-02")]
    [InlineData("Updated: Wed, April 2, 2025 10:15 a.m. ET", "2025-04-02T10:15:00-04:00")]
    [InlineData("Last updated on April 2, 2025", "2025-04-02")]
    [InlineData("Mar. 3, 2025 10:05 a.m. ET", "2025-03-03T10:05:00-05:00")]
    [InlineData("Mar. 9, 2025 3:00 a.m. ET", "2025-03-09T03:00:00-04:00")]
    [InlineData("Nov. 2, 2025 1:30 a.m. ET", "2025-11-02T01:30:00-05:00")]
    [InlineData("Nov. 2, 2025 0:30 ET", "2025-11-02T00:30:00-04:00")]
    [InlineData("July 4, 2006 9:00 PT", "2006-07-04T09:00:00-07:00")]
    [InlineData("Tue, 03 Mar 2025 10:05:00 -0500", "2025-03-03T10:05:00-05:00")]
    [InlineData("2025-03-03 10:05:00 -0500", "2025-03-03T10:05:00-05:00")]
    [InlineData("2025-07-03 10:05 +02:00", "2025-07-03T10:05:00+02:00")]
    [InlineData("Mon Aug 03 12:45:00 EDT 2015", "2015-08-03T12:45:00-04:00")]
    [InlineData("Sun Nov  6 08:49:37 1994", "1994-11-06T08:49:37")]
    [InlineData("Thu Mar 06 08:49:37 +0100 2025", "2025-03-06T08:49:37+01:00")]
    public void DateValid(string text, string expectedRoundTrip)
    {
        Assert.True(ValueConverters.TryParseDate(text, out var value), text);
        Assert.Equal(expectedRoundTrip, value.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2025")]
    [InlineData("2025-4-2")]
    [InlineData("2025-02-30")]
    [InlineData("2025-13-01")]
    [InlineData("2025-04-02T25:00:00Z")]
    [InlineData("2025-04-02T10:15:00+15:00")]
    [InlineData("2025-04-02T10:15:00Q")]
    [InlineData("2025-04-02T10")]
    [InlineData("2025-04-02T10:15:00.Z")]
    [InlineData("Feb 29, 2025")]
    [InlineData("April 31, 2025")]
    [InlineData("April 2")]
    [InlineData("April 2, 25")]
    [InlineData("Ap 2, 2025")]
    [InlineData("Smarch 2, 2025")]
    [InlineData("04/02/2025")]
    [InlineData("April 2, 2025 10")]
    [InlineData("April 2, 2025 13:00 PM")]
    [InlineData("2025-03-03 10:05:00 Z")]
    [InlineData("Mon Aug 03 12:45:00 XYZ 2015")]
    [InlineData("Mon Aug 03 12:45:00 EDT")]
    [InlineData("Mon Aug 03 12:45:00 EDT 2015 extra")]
    [InlineData("April 2, 2025 0:30 am")]
    [InlineData("April 2, 2025 10:15 XYZ")]
    [InlineData("April 2, 2025 10:15 ET extra")]
    [InlineData("April 2, 2025 and more")]
    [InlineData("Published")]
    [InlineData("03/03/2025")]
    [InlineData("2025/04-02")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("9999-12-31T23:59:59-01:00")]
    public void DateInvalid(string? text)
    {
        Assert.False(ValueConverters.TryParseDate(text, out var value), text);
        Assert.Equal(default, value);
    }

    [Fact]
    public void DateIsCultureInvariant()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.True(ValueConverters.TryParseDate("WEDNESDAY, APRIL 2, 2025 10:15 AM", out var value));
            Assert.Equal(new ArticleDate(2025, 4, 2, new TimeSpan(10, 15, 0)), value);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void RandomStringsNeverThrow()
    {
        var alphabet = "0123456789-:T Z+.,apmAPMJanuryMaySeptWd()\u00A0\u2212";
        var random = new Random(4);
        for (var round = 0; round < 20_000; round++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 40);
            for (var i = 0; i < length; i++) sb.Append(alphabet[random.Next(alphabet.Length)]);
            var text = sb.ToString();
            ValueConverters.TryParseDate(text, out _);
            ValueConverters.TryParseInt(text, out _);
            ValueConverters.TryParseUrl(text, out _);
            ValueConverters.TryParseHandle(text, out _);
        }
        ValueConverters.TryParseDate(new string('9', 100_000), out _);
        ValueConverters.TryParseUrl("http://" + new string('a', 100_000) + ".com", out _);
    }

    // ---- url --------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("https://example.com", "https://example.com/")]
    [InlineData("http://example.com/news/story?id=3#top", "http://example.com/news/story?id=3#top")]
    [InlineData("  https://example.com/a  ", "https://example.com/a")]
    [InlineData("HTTPS://Example.COM/Path", "https://example.com/Path")]
    [InlineData("//cdn.example.com/img.png", "https://cdn.example.com/img.png")]
    [InlineData("https://user@example.com:8443/x", "https://user@example.com:8443/x")]
    [InlineData("https://b\u00FCcher.example/", "https://b\u00FCcher.example/")]
    public void UrlValid(string text, string expected)
    {
        Assert.True(ValueConverters.TryParseUrl(text, out var value), text);
        Assert.NotNull(value);
        Assert.True(value!.IsAbsoluteUri);
        Assert.Equal(expected, value.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("example.com")]
    [InlineData("www.example.com/path")]
    [InlineData("/news/story")]
    [InlineData("news/story")]
    [InlineData("ftp://example.com/file")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://")]
    [InlineData("http:///path")]
    [InlineData("https://exa mple.com")]
    [InlineData("https://example.com/a b")]
    [InlineData("//")]
    [InlineData("https://example.com:99999/")]
    public void UrlInvalid(string? text)
    {
        Assert.False(ValueConverters.TryParseUrl(text, out var value), text);
        Assert.Null(value);
    }

    // ---- handle -----------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("@jdoe", "jdoe")]
    [InlineData("jdoe", "jdoe")]
    [InlineData(" @J_Doe.99 ", "J_Doe.99")]
    [InlineData("@a", "a")]
    [InlineData("_", "_")]
    public void HandleValid(string text, string expected)
    {
        Assert.True(ValueConverters.TryParseHandle(text, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void HandleOfFiftyCharactersIsTheLimit()
    {
        Assert.True(ValueConverters.TryParseHandle("@" + new string('a', 50), out var value));
        Assert.Equal(50, value.Length);
        Assert.False(ValueConverters.TryParseHandle(new string('a', 51), out _));
    }

    [Fact]
    public void HandleWithoutChangesIsTheSameString()
    {
        const string text = "jdoe";
        Assert.True(ValueConverters.TryParseHandle(text, out var value));
        Assert.Same(text, value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("@")]
    [InlineData("@@jdoe")]
    [InlineData("@j doe")]
    [InlineData("j-doe")]
    [InlineData("@ jdoe")]
    [InlineData("jd\u00F6e")]
    [InlineData("#jdoe")]
    [InlineData("jdoe@example.com")]
    public void HandleInvalid(string? text)
    {
        Assert.False(ValueConverters.TryParseHandle(text, out var value));
        Assert.Equal(string.Empty, value);
    }

    [Fact]
    public void ConvertersAreThreadSafe()
    {
        var failures = 0;
        var threads = new Thread[4];
        for (var t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(() =>
            {
                for (var i = 0; i < 5000; i++)
                {
                    if (!ValueConverters.TryParseDate("Wednesday, April 2, 2025 at 10:15 a.m. EDT", out var d)
                        || d != new ArticleDate(2025, 4, 2, new TimeSpan(10, 15, 0), TimeSpan.FromHours(-4)))
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            });
            threads[t].Start();
        }
        foreach (var thread in threads) thread.Join();
        Assert.Equal(0, failures);
    }
}
