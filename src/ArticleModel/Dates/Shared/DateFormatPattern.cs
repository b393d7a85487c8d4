// Shared source: compiled into the runtime (ArticleModel) and into the schema compiler (ArticleModel.Schema), which
// checks a date locator's 'format:' at build time with exactly the rules the runtime applies. Keep it dependency-free.
using System;
using System.Globalization;

namespace ArticleModel.DateFormats;

/// <summary>What a .NET custom date and time format string (<c>format: "MMMM d, yyyy"</c>) reads.</summary>
internal readonly struct DateFormatPattern
{
    private DateFormatPattern(bool hasTime, bool hasOffset, string? error)
    {
        HasTime = hasTime;
        HasOffset = hasOffset;
        Error = error;
    }

    /// <summary>The format reads a time of day (<c>h</c>, <c>H</c>, <c>m</c>, <c>s</c>, <c>f</c>, <c>F</c> or <c>t</c>).</summary>
    public bool HasTime { get; }

    /// <summary>The format reads a UTC offset (<c>z</c>, <c>zz</c>, <c>zzz</c>).</summary>
    public bool HasOffset { get; }

    /// <summary>Why the format cannot be used, or null when it can.</summary>
    public string? Error { get; }

    /// <summary>The longest format string accepted.</summary>
    public const int MaxLength = 100;

    /// <summary>
    /// Checks <paramref name="format"/>: a custom format (not a one-letter standard one, whose pattern is the culture's)
    /// that reads a year, a month and a day (else the missing parts would come from the clock of the machine that
    /// parses), no <c>K</c> or <c>g</c>, and that reads back what it writes for two sample dates.
    /// </summary>
    public static DateFormatPattern Analyze(string format)
    {
        if (format.Length == 0) return Fail("the format is empty");
        if (format.Length > MaxLength) return Fail("the format is longer than " + MaxLength.ToString(CultureInfo.InvariantCulture) + " characters");
        if (format.Length == 1) return Fail("'" + format + "' is a standard format; write the custom pattern itself, such as \"MMMM d, yyyy\"");
        bool year = false, month = false, day = false, time = false, offset = false;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            switch (c)
            {
                case '\'':
                case '"':
                {
                    var close = format.IndexOf(c, i + 1);
                    if (close < 0) return Fail("the quoted literal that starts at character " + (i + 1).ToString(CultureInfo.InvariantCulture) + " is not closed");
                    i = close;
                    break;
                }
                case '\\':
                    if (i + 1 == format.Length) return Fail("the format ends with a lone '\\'");
                    i++;
                    break;
                case 'y': year = true; break;
                case 'M': month = true; break;
                case 'd':
                {
                    // 'ddd'/'dddd' are the weekday's name, not the day of the month.
                    var run = Run(format, i);
                    if (run <= 2) day = true;
                    i += run - 1;
                    break;
                }
                case 'h': case 'H': case 'm': case 's': case 'f': case 'F': case 't': time = true; break;
                case 'z': offset = true; break;
                case 'K': return Fail("'K' is not supported; write 'zzz' for an offset such as -05:00");
                case 'g': return Fail("'g' (the era) is not supported");
            }
        }
        if (!year || !month || !day)
        {
            var missing = !year ? "the year (yyyy)" : !month ? "the month (M, MM, MMM or MMMM)" : "the day (d or dd)";
            return Fail("the format does not read " + missing + "; a date format must read a year, a month and a day");
        }
        if (!RoundTrips(format, new DateTime(2025, 3, 4, 10, 5, 6), time) || !RoundTrips(format, new DateTime(1999, 11, 27, 23, 59, 58), time))
            return Fail("the format does not read back the dates it writes (for example 2025-03-04 10:05:06 written with it)");
        return new DateFormatPattern(time, offset, null);
    }

    private static DateFormatPattern Fail(string error) => new(false, false, error);

    private static int Run(string s, int i)
    {
        var n = 1;
        while (i + n < s.Length && s[i + n] == s[i]) n++;
        return n;
    }

    private static bool RoundTrips(string format, DateTime sample, bool time)
    {
        try
        {
            var offsetSample = new DateTimeOffset(sample, TimeSpan.FromHours(-5));
            var written = offsetSample.ToString(format, CultureInfo.InvariantCulture);
            if (!DateTimeOffset.TryParseExact(written, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var read)) return false;
            return read.Year == sample.Year && read.Month == sample.Month && read.Day == sample.Day
                && (!time || read.Hour == sample.Hour || read.Hour % 12 == sample.Hour % 12);
        }
        catch (FormatException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
