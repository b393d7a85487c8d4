using System;
using System.Globalization;

namespace ArticleModel;

/// <summary>
/// Conversions from extracted text to the schema's value types (<c>int</c>, <c>date</c>, <c>url</c>, <c>handle</c>),
/// used by generated parsers and the interpreter. Culture-invariant, thread-safe, and they never throw: a value that
/// does not convert gives <see langword="false"/>. Every method ignores white space at both ends of its input.
/// </summary>
public static class ValueConverters
{
    private const int MaxHandleLength = 50;

    /// <summary>
    /// Parses a plain integer: ASCII digits with an optional leading <c>+</c> or <c>-</c>. No thousands separators,
    /// decimals, exponents or white space inside. False on overflow.
    /// </summary>
    public static bool TryParseInt(string? text, out int value)
    {
        value = 0;
        if (text is null) return false;
        var s = WhiteSpace.Trim(text.AsSpan());
        if (s.IsEmpty) return false;
        var negative = false;
        var i = 0;
        if (s[0] == '+' || s[0] == '-')
        {
            negative = s[0] == '-';
            i = 1;
            if (s.Length == 1) return false;
        }
        long result = 0;
        for (; i < s.Length; i++)
        {
            var d = s[i] - '0';
            if ((uint)d > 9) return false;
            result = result * 10 + d;
            if (result > 2147483648L) return false;
        }
        if (negative) result = -result;
        if (result > int.MaxValue) return false;
        value = (int)result;
        return true;
    }

    /// <summary>
    /// Parses a date as articles write it. Accepted forms:
    /// <list type="bullet">
    /// <item>ISO 8601: <c>2025-04-02</c>, <c>2025-04-02T10:15</c>, <c>2025-04-02T10:15:00.123Z</c>,
    /// <c>2025-04-02 10:15:00+02:00</c> (also <c>+0200</c>, <c>+02</c>);</item>
    /// <item>RFC 1123 / RFC 822: <c>Wed, 02 Apr 2025 10:15:00 GMT</c>, <c>Wed, 2 Apr 2025 10:15:00 +0000</c>;</item>
    /// <item>English news forms: <c>April 2, 2025</c>, <c>2 April 2025</c>, <c>Apr. 2, 2025</c>, <c>April 2nd, 2025</c>,
    /// <c>Wednesday, April 2, 2025</c>, each optionally followed (after a space, a comma or <c>at</c>) by a time
    /// <c>10:15</c>, <c>10:15:30</c>, <c>10:15 AM</c>, <c>10:15 a.m.</c> or <c>10 a.m.</c>, and after the time by a zone.</item>
    /// </list>
    /// Zones: <c>Z</c>, <c>UTC</c>, <c>GMT</c>, numeric offsets, and the US abbreviations mapped to fixed offsets:
    /// <c>EST</c> −5, <c>EDT</c> −4, <c>CST</c> −6, <c>CDT</c> −5, <c>MST</c> −7, <c>MDT</c> −6, <c>PST</c> −8,
    /// <c>PDT</c> −7. The generic <c>ET</c>, <c>CT</c>, <c>MT</c> and <c>PT</c> are taken as standard time (−5, −6, −7,
    /// −8) whatever the date: no time-zone database is consulted, so write <c>EDT</c>/<c>PDT</c> for daylight time.
    /// A value without a zone (date-only, or a time without a zone) is taken as UTC; a date-only value is midnight.
    /// A weekday name, when present, is not checked against the date. Month and weekday names are English,
    /// case-insensitive, full or abbreviated (<c>Sept</c> too), with or without a period.
    /// </summary>
    public static bool TryParseDate(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null) return false;
        var s = WhiteSpace.Trim(text.AsSpan());
        if (s.Length < 8 || s.Length > 200) return false;
        return char.IsDigit(s[0]) && s.Length >= 10 && s[4] == '-'
            ? TryParseIso(s, out value)
            : TryParseWritten(s, out value);
    }

    /// <summary>
    /// Parses an absolute <c>http</c> or <c>https</c> URL with a host. A protocol-relative <c>//host/path</c> is taken
    /// as <c>https:</c>. False for relative URLs, other schemes and text with white space inside.
    /// </summary>
    public static bool TryParseUrl(string? text, out Uri? value)
    {
        value = null;
        if (text is null) return false;
        var s = WhiteSpace.Trim(text.AsSpan());
        if (s.Length < 3) return false;
        foreach (var c in s)
        {
            if (WhiteSpace.IsWhite(c)) return false;
        }
        var candidate = s.StartsWith("//".AsSpan(), StringComparison.Ordinal)
            ? "https:" + s.ToString()
            : s.Length == text.Length ? text : s.ToString();
        try
        {
            if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri)) return false;
            if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return false;
            if (string.IsNullOrEmpty(uri.Host)) return false;
            value = uri;
            return true;
        }
        catch (Exception e) when (e is UriFormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// Parses a social-media handle: one optional leading <c>@</c> is removed, and what is left must be 1 to 50 of
    /// <c>A–Z</c>, <c>a–z</c>, <c>0–9</c>, <c>_</c> and <c>.</c>. <paramref name="value"/> is the handle without <c>@</c>
    /// (<see cref="string.Empty"/> when false).
    /// </summary>
    public static bool TryParseHandle(string? text, out string value)
    {
        value = string.Empty;
        if (text is null) return false;
        var s = WhiteSpace.Trim(text.AsSpan());
        if (!s.IsEmpty && s[0] == '@') s = s.Slice(1);
        if (s.IsEmpty || s.Length > MaxHandleLength) return false;
        foreach (var c in s)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.')) return false;
        }
        value = s.Length == text.Length ? text : s.ToString();
        return true;
    }

    // ---- ISO 8601 -------------------------------------------------------------------------------------------------

    private static bool TryParseIso(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        if (!Digits(s, 0, 4, out var year) || s[4] != '-' || !Digits(s, 5, 2, out var month) || s[7] != '-' || !Digits(s, 8, 2, out var day)) return false;
        var i = 10;
        int hour = 0, minute = 0, second = 0;
        long fraction = 0;
        var offsetMinutes = 0;
        if (i < s.Length)
        {
            if (s[i] != 'T' && s[i] != 't' && s[i] != ' ') return false;
            i++;
            if (!Digits(s, i, 2, out hour) || i + 2 >= s.Length || s[i + 2] != ':' || !Digits(s, i + 3, 2, out minute)) return false;
            i += 5;
            if (i < s.Length && s[i] == ':')
            {
                if (!Digits(s, i + 1, 2, out second)) return false;
                i += 3;
                if (i < s.Length && (s[i] == '.' || s[i] == ','))
                {
                    i++;
                    var start = i;
                    var scale = 1_000_000L;
                    while (i < s.Length && (uint)(s[i] - '0') <= 9)
                    {
                        fraction += (s[i] - '0') * scale;
                        scale /= 10;
                        i++;
                    }
                    if (i == start) return false;
                }
            }
            if (i < s.Length)
            {
                if (!TryZoneOffset(s.Slice(i), out offsetMinutes)) return false;
                i = s.Length;
            }
        }
        return TryCreate(year, month, day, hour, minute, second, fraction, offsetMinutes, out value);
    }

    /// <summary><c>Z</c>, <c>±HH</c>, <c>±HHmm</c> or <c>±HH:mm</c>, and nothing else.</summary>
    private static bool TryZoneOffset(ReadOnlySpan<char> s, out int minutes)
    {
        minutes = 0;
        if (s.Length == 1 && (s[0] == 'Z' || s[0] == 'z')) return true;
        return TryNumericOffset(s, out minutes, out var used) && used == s.Length;
    }

    /// <summary><c>±HH</c>, <c>±HHmm</c> or <c>±HH:mm</c> (with <paramref name="shortHour"/> also <c>±H</c> and <c>±H:mm</c>, as in <c>GMT+2</c>).</summary>
    private static bool TryNumericOffset(ReadOnlySpan<char> s, out int minutes, out int used, bool shortHour = false)
    {
        minutes = 0;
        used = 0;
        if (s.Length < 2 || (s[0] != '+' && s[0] != '-' && s[0] != '\u2212')) return false;
        int hours;
        if (Digits(s, 1, 2, out hours)) used = 3;
        else if (shortHour && Digits(s, 1, 1, out hours)) used = 2;
        else return false;
        var m = 0;
        if (s.Length >= used + 3 && s[used] == ':' && Digits(s, used + 1, 2, out m)) used += 3;
        else if (used == 3 && s.Length >= 5 && Digits(s, 3, 2, out m)) used = 5;
        if (s.Length > used && (uint)(s[used] - '0') <= 9) return false;
        if (hours > 14 || m > 59) return false;
        minutes = hours * 60 + m;
        if (s[0] != '+') minutes = -minutes;
        return true;
    }

    // ---- written forms ("April 2, 2025 10:15 a.m. ET", RFC 1123) --------------------------------------------------

    private static bool TryParseWritten(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        var r = new Scanner(s);
        r.SkipSpace();

        int month, day, year;
        if (r.PeekLetter())
        {
            var word = r.Word();
            if (Weekday(word))
            {
                r.Skip('.');
                r.SkipSpace();
                r.Skip(',');
                r.SkipSpace();
            }
            else
            {
                r.Rewind(word.Length);
            }
        }

        if (r.PeekLetter())
        {
            // Month day[,] year
            month = MonthOf(r.Word());
            if (month == 0) return false;
            r.Skip('.');
            r.SkipSpace();
            if (!r.Number(1, 2, out day)) return false;
            r.Ordinal();
            r.SkipSpace();
            r.Skip(',');
            r.SkipSpace();
            if (!r.Number(4, 4, out year)) return false;
        }
        else
        {
            // day [of] Month[.][,] year
            if (!r.Number(1, 2, out day)) return false;
            r.Ordinal();
            r.SkipSpace();
            r.Skip('-');
            if (!r.PeekLetter()) return false;
            var word = r.Word();
            if (Is(word, "of"))
            {
                r.SkipSpace();
                word = r.Word();
            }
            month = MonthOf(word);
            if (month == 0) return false;
            r.Skip('.');
            r.SkipSpace();
            r.Skip('-');
            r.Skip(',');
            r.SkipSpace();
            if (!r.Number(4, 4, out year)) return false;
        }

        int hour = 0, minute = 0, second = 0, offset = 0;
        r.SkipSpace();
        if (!r.AtEnd && r.Peek != '.')
        {
            // Separator before the time: ',', 'at', '-', '|' or just space.
            if (r.Skip(',') || r.Skip('-') || r.Skip('|') || r.Skip('\u2013') || r.Skip('\u00B7')) r.SkipSpace();
            if (r.PeekLetter())
            {
                if (!Is(r.Word(), "at")) return false;
                r.SkipSpace();
            }
            if (!r.Number(1, 2, out hour)) return false;
            var hasMinutes = false;
            if (r.Skip(':'))
            {
                if (!r.Number(2, 2, out minute)) return false;
                hasMinutes = true;
                if (r.Skip(':') && !r.Number(2, 2, out second)) return false;
            }
            r.SkipSpace();
            var meridiem = 0;
            if (r.PeekLetter())
            {
                var word = r.Word();
                if (Is(word, "am")) meridiem = 1;
                else if (Is(word, "pm")) meridiem = 2;
                else r.Rewind(word.Length);
            }
            if (meridiem != 0)
            {
                if (hour < 1 || hour > 12) return false;
                if (hour == 12) hour = 0;
                if (meridiem == 2) hour += 12;
            }
            else if (!hasMinutes)
            {
                return false;
            }

            r.SkipSpace();
            r.Skip('(');
            if (!r.AtEnd && r.Peek != '.' && r.Peek != ')')
            {
                if (r.PeekLetter())
                {
                    var zone = r.Word();
                    var zoneMinutes = ZoneOf(zone);
                    if (zoneMinutes == int.MinValue) return false;
                    offset = zoneMinutes;
                    if ((Is(zone, "utc") || Is(zone, "gmt")) && TryNumericOffset(r.Rest, out var extra, out var used, shortHour: true))
                    {
                        offset = extra;
                        r.Advance(used);
                    }
                }
                else if (TryNumericOffset(r.Rest, out var numeric, out var used))
                {
                    offset = numeric;
                    r.Advance(used);
                }
                else
                {
                    return false;
                }
            }
            r.Skip(')');
        }
        r.SkipSpace();
        r.Skip('.');
        r.SkipSpace();
        if (!r.AtEnd) return false;
        return TryCreate(year, month, day, hour, minute, second, 0, offset, out value);
    }

    private static bool TryCreate(int year, int month, int day, int hour, int minute, int second, long fractionTicks, int offsetMinutes, out DateTimeOffset value)
    {
        value = default;
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (hour > 23 || minute > 59 || second > 59 || offsetMinutes < -14 * 60 || offsetMinutes > 14 * 60) return false;
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).Ticks + fractionTicks;
        var utc = local - offsetMinutes * TimeSpan.TicksPerMinute;
        if (utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks) return false;
        value = new DateTimeOffset(new DateTime(local, DateTimeKind.Unspecified), TimeSpan.FromMinutes(offsetMinutes));
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        if (start < 0 || start + count > s.Length) return false;
        for (var i = start; i < start + count; i++)
        {
            var d = s[i] - '0';
            if ((uint)d > 9) return false;
            value = value * 10 + d;
        }
        return true;
    }

    private static readonly string[] Months =
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    private static readonly string[] Weekdays = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    /// <summary>1–12 for a full month name or a prefix of at least three letters (<c>Apr</c>, <c>Sept</c>); 0 otherwise.</summary>
    private static int MonthOf(ReadOnlySpan<char> word)
    {
        var letters = Letters(word, stackalloc char[16]);
        if (letters.Length < 3) return 0;
        for (var m = 0; m < Months.Length; m++)
        {
            if (Months[m].AsSpan().StartsWith(letters, StringComparison.Ordinal)) return m + 1;
        }
        return 0;
    }

    private static bool Weekday(ReadOnlySpan<char> word)
    {
        var letters = Letters(word, stackalloc char[16]);
        if (letters.Length < 3) return false;
        foreach (var day in Weekdays)
        {
            if (day.AsSpan().StartsWith(letters, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Offset in minutes for a zone abbreviation; <see cref="int.MinValue"/> when unknown.</summary>
    private static int ZoneOf(ReadOnlySpan<char> word)
    {
        var letters = Letters(word, stackalloc char[16]);
        switch (letters.ToString())
        {
            case "z": case "utc": case "gmt": case "ut": return 0;
            case "et": case "est": return -5 * 60;
            case "edt": return -4 * 60;
            case "ct": case "cst": return -6 * 60;
            case "cdt": return -5 * 60;
            case "mt": case "mst": return -7 * 60;
            case "mdt": return -6 * 60;
            case "pt": case "pst": return -8 * 60;
            case "pdt": return -7 * 60;
            default: return int.MinValue;
        }
    }

    private static bool Is(ReadOnlySpan<char> word, string lowerLetters) =>
        Letters(word, stackalloc char[16]).SequenceEqual(lowerLetters.AsSpan());

    /// <summary>The word's ASCII letters, lower-cased, without its periods (<c>a.m.</c> → <c>am</c>); empty when it does not fit.</summary>
    private static ReadOnlySpan<char> Letters(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (c == '.') continue;
            if (n == buffer.Length) return default;
            buffer[n++] = (char)(c | 0x20);
        }
        return buffer.Slice(0, n);
    }

    /// <summary>A cursor over the trimmed input of a written date.</summary>
    private ref struct Scanner
    {
        private readonly ReadOnlySpan<char> _s;
        private int _i;

        public Scanner(ReadOnlySpan<char> s)
        {
            _s = s;
            _i = 0;
        }

        public bool AtEnd => _i >= _s.Length;

        public char Peek => _i < _s.Length ? _s[_i] : '\0';

        public ReadOnlySpan<char> Rest => _s.Slice(_i);

        public void Advance(int n) => _i += n;

        public void Rewind(int n) => _i -= n;

        public bool PeekLetter() => _i < _s.Length && IsAsciiLetter(_s[_i]);

        public void SkipSpace()
        {
            while (_i < _s.Length && WhiteSpace.IsWhite(_s[_i])) _i++;
        }

        public bool Skip(char c)
        {
            if (_i < _s.Length && _s[_i] == c)
            {
                _i++;
                return true;
            }
            return false;
        }

        /// <summary>ASCII letters with periods between them (<c>a.m</c>); a trailing period is left for <see cref="Skip"/> unless the word has inner periods (<c>a.m.</c>).</summary>
        public ReadOnlySpan<char> Word()
        {
            var start = _i;
            var dots = false;
            while (_i < _s.Length && (IsAsciiLetter(_s[_i]) || (_s[_i] == '.' && _i + 1 < _s.Length && IsAsciiLetter(_s[_i + 1]))))
            {
                if (_s[_i] == '.') dots = true;
                _i++;
            }
            if (dots && _i < _s.Length && _s[_i] == '.') _i++;
            return _s.Slice(start, _i - start);
        }

        public bool Number(int minDigits, int maxDigits, out int value)
        {
            value = 0;
            var start = _i;
            while (_i < _s.Length && (uint)(_s[_i] - '0') <= 9 && _i - start < maxDigits)
            {
                value = value * 10 + (_s[_i] - '0');
                _i++;
            }
            var n = _i - start;
            if (n < minDigits || (_i < _s.Length && (uint)(_s[_i] - '0') <= 9))
            {
                _i = start;
                return false;
            }
            return true;
        }

        /// <summary>Skips an ordinal suffix (<c>st</c>, <c>nd</c>, <c>rd</c>, <c>th</c>) right after a number.</summary>
        public void Ordinal()
        {
            if (_i + 1 < _s.Length)
            {
                var a = (char)(_s[_i] | 0x20);
                var b = (char)(_s[_i + 1] | 0x20);
                if (((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h'))
                    && (_i + 2 >= _s.Length || !IsAsciiLetter(_s[_i + 2])))
                {
                    _i += 2;
                }
            }
        }

        private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';
    }
}
