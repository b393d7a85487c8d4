using System;
using System.Text;
using System.Text.Json;
using ArticleModel.CompilerServices;
using Xunit;

namespace ArticleModel.Tests.Dates;

public class ArticleDateTests
{
    [Fact]
    public void A_date_without_a_time_stays_a_date()
    {
        Assert.True(ArticleDate.TryParse("March 3, 2025", out var d));
        Assert.Equal((2025, 3, 3), (d.Year, d.Month, d.Day));
        Assert.False(d.HasTime);
        Assert.False(d.HasOffset);
        Assert.Null(d.TimeOfDay);
        Assert.Null(d.Offset);
        Assert.Equal("2025-03-03", d.ToString());
        Assert.Equal(new DateTime(2025, 3, 3), d.Date);
        Assert.Equal(DayOfWeek.Monday, d.DayOfWeek);
    }

    [Theory]
    [InlineData("2024年3月5日", "2024-03-05")]
    [InlineData("2024年03月05日（火）", "2024-03-05")]
    [InlineData("2024年3月5日 10:30", "2024-03-05T10:30:00")]
    [InlineData("2024年3月5日(火) 午後3時05分", "2024-03-05T15:05:00")]
    [InlineData("更新 2024年3月5日", null)]
    [InlineData("2024년 3월 5일", "2024-03-05")]
    [InlineData("2024년 3월 5일 오후 2:15", "2024-03-05T14:15:00")]
    [InlineData("2024年13月5日", null)]
    [InlineData("2024年3月5日 晴れ", null)]
    [InlineData("2024年3月", null)]
    public void Chinese_japanese_and_korean_dates_are_read(string text, string? expected)
    {
        Assert.Equal(expected is not null, ArticleDate.TryParse(text, out var d));
        if (expected is not null) Assert.Equal(expected, d.ToString());
    }

    [Theory]
    [InlineData("2022-10-17 16:01:26 EDT", "2022-10-17T16:01:26-04:00")]
    [InlineData("2022-01-17 16:01:26 ET", "2022-01-17T16:01:26-05:00")]
    [InlineData("2022-10-17T16:01 GMT", "2022-10-17T16:01:00+00:00")]
    [InlineData("2022-10-17 16:01:26 XYZ", null)]
    [InlineData("2018-10-29T10:15-500", "2018-10-29T10:15:00-05:00")]
    [InlineData("2018-10-29T10:15+530", "2018-10-29T10:15:00+05:30")]
    [InlineData("2018-10-29T10:15-590", null)]
    [InlineData("2018-10-29T10:15-50", null)]
    public void An_iso_time_with_a_zone_abbreviation_or_a_three_digit_offset_is_read(string text, string? expected)
    {
        Assert.Equal(expected is not null, ArticleDate.TryParse(text, out var d));
        if (expected is not null) Assert.Equal(expected, d.ToString());
    }

    [Fact]
    public void A_time_without_a_zone_has_no_offset()
    {
        var d = ArticleDate.Parse("March 3, 2025 10:00");
        Assert.True(d.HasTime);
        Assert.False(d.HasOffset);
        Assert.Equal(new TimeSpan(10, 0, 0), d.TimeOfDay);
        Assert.Equal("2025-03-03T10:00:00", d.ToString());
    }

    [Fact]
    public void A_time_with_a_zone_has_its_offset()
    {
        var d = ArticleDate.Parse("March 3, 2025 10:00 a.m. ET");
        Assert.Equal(TimeSpan.FromHours(-5), d.Offset);
        Assert.Equal("2025-03-03T10:00:00-05:00", d.ToString());
    }

    [Fact]
    public void ToDateTimeOffset_takes_midnight_and_utc_for_missing_parts()
    {
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 0, 0, 0, TimeSpan.Zero), new ArticleDate(2025, 3, 3).ToDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.Zero), new ArticleDate(2025, 3, 3, new TimeSpan(10, 0, 0)).ToDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(2)),
            new ArticleDate(2025, 3, 3, new TimeSpan(10, 0, 0)).ToDateTimeOffset(TimeSpan.FromHours(2)));
        // An offset the article gave wins over the assumed one.
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(-5)),
            new ArticleDate(2025, 3, 3, new TimeSpan(10, 0, 0), TimeSpan.FromHours(-5)).ToDateTimeOffset(TimeSpan.FromHours(2)));
        var dto = new DateTimeOffset(2025, 3, 3, 10, 5, 6, TimeSpan.FromHours(5.5));
        Assert.Equal(dto, ArticleDate.FromDateTimeOffset(dto).ToDateTimeOffset());
        Assert.Equal("2025-03-03T10:05:06+05:30", ArticleDate.FromDateTimeOffset(dto).ToString());
    }

    [Fact]
    public void Equality_is_structural_and_ordering_follows_the_written_date()
    {
        var date = new ArticleDate(2025, 3, 3);
        var time = new ArticleDate(2025, 3, 3, TimeSpan.Zero);
        var utc = new ArticleDate(2025, 3, 3, TimeSpan.Zero, TimeSpan.Zero);
        Assert.NotEqual(date, time);
        Assert.NotEqual(time, utc);
        Assert.Equal(date, new ArticleDate(2025, 3, 3));
        Assert.True(date == new ArticleDate(2025, 3, 3));
        Assert.Equal(date.GetHashCode(), new ArticleDate(2025, 3, 3).GetHashCode());
        Assert.True(date < time && time < utc);
        Assert.True(new ArticleDate(2025, 3, 2, new TimeSpan(23, 0, 0)) < date);
        Assert.Equal(0, ((IComparable)date).CompareTo(new ArticleDate(2025, 3, 3)));
        Assert.Equal(1, ((IComparable)date).CompareTo(null));
        Assert.Throws<ArgumentException>(() => ((IComparable)date).CompareTo("2025-03-03"));
    }

    [Fact]
    public void Default_is_the_first_day_without_time()
    {
        Assert.Equal("0001-01-01", default(ArticleDate).ToString());
        Assert.False(default(ArticleDate).HasTime);
    }

    [Fact]
    public void Constructors_check_their_arguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleDate(2025, 2, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleDate(2025, 3, 3, TimeSpan.FromHours(24)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleDate(2025, 3, 3, TimeSpan.FromHours(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleDate(2025, 3, 3, TimeSpan.Zero, TimeSpan.FromHours(15)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleDate(2025, 3, 3, TimeSpan.Zero, TimeSpan.FromSeconds(30)));
        Assert.Throws<FormatException>(() => ArticleDate.Parse("next Tuesday"));
        Assert.Throws<ArgumentNullException>(() => ArticleDate.Parse(null!));
    }

    [Fact]
    public void Fractions_of_a_second_are_written_without_trailing_zeros()
    {
        Assert.Equal("2025-03-03T10:00:00.25", ArticleDate.Parse("2025-03-03T10:00:00.250").ToString());
        Assert.Equal("2025-03-03T10:00:00.0000001Z".Replace("Z", "+00:00"), ArticleDate.Parse("2025-03-03T10:00:00.0000001Z").ToString());
    }

    [Theory]
    [InlineData("2025-03-03", "\"2025-03-03\"")]
    [InlineData("2025-03-03T10:00:00", "\"2025-03-03T10:00:00\"")]
    [InlineData("2025-03-03T10:00:00-05:00", "\"2025-03-03T10:00:00-05:00\"")]
    [InlineData("2025-03-03T10:00:00+05:00", "\"2025-03-03T10:00:00+05:00\"")]
    public void Json_writes_only_the_parts_present_whatever_the_encoder(string text, string expected)
    {
        var value = ArticleDate.Parse(text);
        // The default encoder escapes '+' in strings; dates are written the same with every encoder.
        using var stream = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            JsonFieldWriter.WriteDate(writer, "d", value);
            writer.WriteEndObject();
        }
        Assert.Equal("{\"d\":" + expected + "}", Encoding.UTF8.GetString(stream.ToArray()));
    }

    // ---- DateConversion: format and zone ----------------------------------------------------------------------------

    [Theory]
    [InlineData("March 3, 2025", "MMMM d, yyyy", null, "2025-03-03")]
    [InlineData(" 03.03.2025 ", "dd.MM.yyyy", null, "2025-03-03")]
    [InlineData("03/04/2025", "MM/dd/yyyy", null, "2025-03-04")]
    [InlineData("03/04/2025", "dd/MM/yyyy", null, "2025-04-03")]
    [InlineData("2025-03-03 10:05", "yyyy-MM-dd HH:mm", null, "2025-03-03T10:05:00")]
    [InlineData("2025-03-03 10:05 -05:00", "yyyy-MM-dd HH:mm zzz", null, "2025-03-03T10:05:00-05:00")]
    [InlineData("2025-03-03 10:05", "yyyy-MM-dd HH:mm", "America/New_York", "2025-03-03T10:05:00-05:00")]
    [InlineData("2025-07-03 10:05", "yyyy-MM-dd HH:mm", "America/New_York", "2025-07-03T10:05:00-04:00")]
    [InlineData("2025-07-03 10:05", "yyyy-MM-dd HH:mm", "Pacific Standard Time", "2025-07-03T10:05:00-07:00")]
    [InlineData("2025-07-03", "yyyy-MM-dd", "America/New_York", "2025-07-03")]
    [InlineData("July 3, 2025 10:05 a.m.", null, "America/Chicago", "2025-07-03T10:05:00-05:00")]
    [InlineData("July 3, 2025 10:05 a.m. PT", null, "America/Chicago", "2025-07-03T10:05:00-07:00")]
    [InlineData("2025-07-03T10:05:00Z", null, "America/Chicago", "2025-07-03T10:05:00+00:00")]
    [InlineData("2025-07-03T10:05:00", null, "UTC", "2025-07-03T10:05:00+00:00")]
    public void Conversion_applies_format_and_zone(string text, string? format, string? zone, string expected)
    {
        Assert.True(DateConversion.TryParse(text.AsSpan(), new DateFormatSpec(format, zone), out var value));
        Assert.Equal(expected, value.ToString());
    }

    [Theory]
    [InlineData("March 3 2025", "MMMM d, yyyy")]
    [InlineData("3 March 2025", "MMMM d, yyyy")]
    [InlineData("March 3, 2025", "MMMM d")]
    [InlineData("2025-03-03 10:05", "yyyy-MM-dd HH:mm zzz")]
    public void Conversion_with_a_format_reads_only_that_format(string text, string format)
    {
        Assert.False(DateConversion.TryParse(text.AsSpan(), new DateFormatSpec(format, null), out var value));
        Assert.Equal(default, value);
    }

    [Fact]
    public void A_zone_unknown_at_run_time_keeps_times_without_offset()
    {
        var spec = new DateFormatSpec(null, "Mars/Olympus_Mons");
        Assert.False(spec.IsZoneKnown);
        Assert.True(DateConversion.TryParse("2025-03-03T10:00".AsSpan(), spec, out var value));
        Assert.Equal("2025-03-03T10:00:00", value.ToString());
        Assert.True(new DateFormatSpec(null, "america/new_york").IsZoneKnown);
        Assert.True(DateFormatSpec.Default.IsZoneKnown);
    }

    [Fact]
    public void ParseContext_reports_an_unknown_zone_once_and_names_the_format_when_conversion_fails()
    {
        var context = new ParseContext(PlainTextReader.Read("x"));
        var spec = new DateFormatSpec("MMMM d, yyyy", "Mars/Olympus_Mons");
        Assert.Equal(new ArticleDate(2025, 3, 3), context.ToDate("March 3, 2025", default, "d", true, spec));
        Assert.Null(context.ToDate("2025-03-03", default, "d", true, spec));
        var result = context.Finish<IJsonWritable>(null);
        Assert.Collection(result.Diagnostics,
            d => Assert.Equal(DiagnosticIds.TimeZoneUnknown, d.Id),
            d =>
            {
                Assert.Equal(DiagnosticIds.ConversionFailed, d.Id);
                Assert.Contains("date in the format \"MMMM d, yyyy\"", d.Message, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void Random_text_never_throws_and_long_text_is_refused()
    {
        var alphabet = "0123456789-:T Z+.,/apmAPMJanuryMaySeptWdETPublished()\u00A0\u2212";
        var random = new Random(7);
        var spec = new DateFormatSpec("MMMM d, yyyy h:mm tt", "America/New_York");
        for (var round = 0; round < 20_000; round++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 40);
            for (var i = 0; i < length; i++) sb.Append(alphabet[random.Next(alphabet.Length)]);
            ArticleDate.TryParse(sb.ToString(), out _);
            DateConversion.TryParse(sb.ToString().AsSpan(), spec, out _);
        }
        Assert.False(ArticleDate.TryParse("March 3, 2025" + new string(' ', 300) + "x", out _));
        Assert.False(DateConversion.TryParse(new string('9', 100_000).AsSpan(), spec, out _));
    }
}
