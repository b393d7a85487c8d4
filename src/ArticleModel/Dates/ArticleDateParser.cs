using System;
using ArticleModel.DateFormats;

namespace ArticleModel;

/// <summary>
/// The free-form date parser behind <see cref="ArticleDate.TryParse(string?, out ArticleDate)"/>: one left-to-right
/// pass over at most <see cref="MaxLength"/> characters, no allocation beyond a zone name, no culture. The value keeps
/// only what the text gave (a date, a time, an offset). Forms are listed in docs/schema-language.md, "Dates".
/// </summary>
internal static class ArticleDateParser
{
    /// <summary>Longer text is not a date.</summary>
    public const int MaxLength = 200;

    private static readonly string[] Labels = { "last updated", "first published", "published", "updated", "posted", "modified" };

    public static bool TryParse(ReadOnlySpan<char> text, out ArticleDate value)
    {
        value = default;
        var s = WhiteSpace.Trim(text);
        if (s.Length > MaxLength) return false;
        s = SkipLabel(s);
        if (s.Length < 8) return false;
        if (IsDigit(s[0]) && IsDigit(s[1]) && IsDigit(s[2]) && IsDigit(s[3]) && EastAsianYear(s.Slice(4))) return TryParseEastAsian(s, out value);
        return s.Length >= 10 && IsDigit(s[0]) && IsDigit(s[1]) && IsDigit(s[2]) && IsDigit(s[3]) && (s[4] == '-' || s[4] == '/')
            ? TryParseIso(s, out value)
            : TryParseWritten(s, out value);
    }

    /// <summary>Skips a leading <c>Published</c>, <c>Updated</c>, <c>Posted</c>, <c>Modified</c>, <c>Last updated</c> or
    /// <c>First published</c>, then an optional <c>on</c> and <c>:</c>.</summary>
    private static ReadOnlySpan<char> SkipLabel(ReadOnlySpan<char> s)
    {
        foreach (var label in Labels)
        {
            if (s.Length <= label.Length || !s.StartsWith(label.AsSpan(), StringComparison.OrdinalIgnoreCase) || IsAsciiLetter(s[label.Length])) continue;
            var rest = WhiteSpace.Trim(s.Slice(label.Length));
            if (rest.Length > 0 && rest[0] == ':') rest = WhiteSpace.Trim(rest.Slice(1));
            if (rest.Length > 3 && (rest[0] | 0x20) == 'o' && (rest[1] | 0x20) == 'n' && WhiteSpace.IsWhite(rest[2])) rest = WhiteSpace.Trim(rest.Slice(3));
            if (rest.Length > 0 && rest[0] == ':') rest = WhiteSpace.Trim(rest.Slice(1));
            return rest;
        }
        return s;
    }

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    // ---- Chinese, Japanese and Korean: 2024年3月5日, 2024년 3월 5일 --------------------------------------------------

    private static bool EastAsianYear(ReadOnlySpan<char> rest)
    {
        var t = WhiteSpace.Trim(rest);
        return t.Length > 0 && (t[0] == '\u5E74' || t[0] == '\uB144');
    }

    /// <summary>
    /// <c>YYYY年M月D日</c> (Chinese, Japanese) or <c>YYYY년 M월 D일</c> (Korean), then optionally a weekday in brackets
    /// (<c>（火）</c>, <c>(화)</c>) and a time (<c>10:30</c>, <c>10:30:15</c>, <c>10時30分</c>, <c>10시 30분</c>), with
    /// 午後/오후 (afternoon) before it. No zone is written: the value has none.
    /// </summary>
    private static bool TryParseEastAsian(ReadOnlySpan<char> s, out ArticleDate value)
    {
        value = default;
        var i = 0;
        if (!EastAsianNumber(s, ref i, 4, out var year) || !EastAsianMark(s, ref i, '\u5E74', '\uB144')) return false;
        if (!EastAsianNumber(s, ref i, 2, out var month) || !EastAsianMark(s, ref i, '\u6708', '\uC6D4')) return false;
        if (!EastAsianNumber(s, ref i, 2, out var day) || !EastAsianMark(s, ref i, '\u65E5', '\uC77C')) return false;
        SkipSpaces(s, ref i);
        if (i < s.Length && (s[i] == '(' || s[i] == '\uFF08'))
        {
            // A weekday in brackets: one or two characters (火, 火曜, 화).
            var close = i + 1;
            while (close < s.Length && close <= i + 4 && s[close] != ')' && s[close] != '\uFF09') close++;
            if (close >= s.Length || (s[close] != ')' && s[close] != '\uFF09')) return false;
            i = close + 1;
            SkipSpaces(s, ref i);
        }
        if (i >= s.Length) return TryCreate(year, month, day, false, 0, 0, 0, 0, null, out value);
        var afternoon = false;
        if (s.Slice(i).StartsWith("\u5348\u5F8C".AsSpan(), StringComparison.Ordinal) || s.Slice(i).StartsWith("\uC624\uD6C4".AsSpan(), StringComparison.Ordinal))
        {
            afternoon = true;
            i += 2;
        }
        else if (s.Slice(i).StartsWith("\u5348\u524D".AsSpan(), StringComparison.Ordinal) || s.Slice(i).StartsWith("\uC624\uC804".AsSpan(), StringComparison.Ordinal))
        {
            i += 2;
        }
        if (!EastAsianNumber(s, ref i, 2, out var hour)) return false;
        int minute;
        var second = 0;
        if (i < s.Length && (s[i] == ':' || s[i] == '\uFF1A'))
        {
            i++;
            if (!EastAsianNumber(s, ref i, 2, out minute)) return false;
            if (i < s.Length && (s[i] == ':' || s[i] == '\uFF1A'))
            {
                i++;
                if (!EastAsianNumber(s, ref i, 2, out second)) return false;
            }
        }
        else
        {
            if (!EastAsianMark(s, ref i, '\u6642', '\uC2DC') || !EastAsianNumber(s, ref i, 2, out minute) || !EastAsianMark(s, ref i, '\u5206', '\uBD84')) return false;
        }
        SkipSpaces(s, ref i);
        if (i < s.Length) return false;
        if (afternoon && hour < 12) hour += 12;
        return TryCreate(year, month, day, true, hour, minute, second, 0, null, out value);
    }

    // One to maxDigits ASCII digits after optional spaces.
    private static bool EastAsianNumber(ReadOnlySpan<char> s, ref int i, int maxDigits, out int number)
    {
        number = 0;
        SkipSpaces(s, ref i);
        var start = i;
        while (i < s.Length && i - start < maxDigits && IsDigit(s[i])) number = number * 10 + (s[i++] - '0');
        return i > start && (i >= s.Length || !IsDigit(s[i]));
    }

    private static bool EastAsianMark(ReadOnlySpan<char> s, ref int i, char chinese, char korean)
    {
        SkipSpaces(s, ref i);
        if (i >= s.Length || (s[i] != chinese && s[i] != korean)) return false;
        i++;
        return true;
    }

    private static void SkipSpaces(ReadOnlySpan<char> s, ref int i)
    {
        while (i < s.Length && WhiteSpace.IsWhite(s[i])) i++;
    }

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    // ---- ISO 8601 -------------------------------------------------------------------------------------------------

    private static bool TryParseIso(ReadOnlySpan<char> s, out ArticleDate value)
    {
        value = default;
        var separator = s[4];
        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || s[7] != separator || !Digits(s, 8, 2, out var day)) return false;
        var i = 10;
        int hour = 0, minute = 0, second = 0;
        long fraction = 0;
        int? offsetMinutes = null;
        var hasTime = false;
        if (i < s.Length)
        {
            hasTime = true;
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
            // An offset may follow the time after one space ("2016-11-28 16:23:00 -0500", as PHP and Ruby write it).
            if (i + 1 < s.Length && s[i] == ' ' && (s[i + 1] == '+' || s[i + 1] == '-' || s[i + 1] == '\u2212')) i++;
            // A zone abbreviation may follow instead ("2022-10-17 16:01:26 EDT": a naive time element's value with the
            // zone its visible text gives, issue 15); its offset is the one in force at that wall-clock time. Two letters
            // at least: a spaced "Z" stays invalid.
            if (i + 2 < s.Length && s[i] == ' ' && IsAsciiLetter(s[i + 1]) && IsAsciiLetter(s[i + 2]))
            {
                if (!WellKnownZones.TryGetAbbreviation(Letters(s.Slice(i + 1), stackalloc char[16]).ToString(), out var rule)) return false;
                if (!TryCreate(year, month, day, hasTime, hour, minute, second, fraction, null, out _)) return false;
                offsetMinutes = WellKnownZones.OffsetAt(rule, new DateTime(year, month, day, hour, minute, 0));
                i = s.Length;
            }
            if (i < s.Length)
            {
                if (!TryZoneOffset(s.Slice(i), out var zoneMinutes)) return false;
                offsetMinutes = zoneMinutes;
            }
        }
        return TryCreate(year, month, day, hasTime, hour, minute, second, fraction, offsetMinutes, out value);
    }

    /// <summary><c>Z</c>, <c>±HH</c>, <c>±HHmm</c> or <c>±HH:mm</c>, and nothing else but <c>±Hmm</c>.</summary>
    private static bool TryZoneOffset(ReadOnlySpan<char> s, out int minutes)
    {
        minutes = 0;
        if (s.Length == 1 && (s[0] == 'Z' || s[0] == 'z')) return true;
        // "-500": a malformed "-0500" some pages write (a template formatting the hour without its zero).
        if (s.Length == 4 && (s[0] == '+' || s[0] == '-' || s[0] == '\u2212') && Digits(s, 1, 3, out var hmm) && hmm % 100 <= 59)
        {
            minutes = hmm / 100 * 60 + hmm % 100;
            if (s[0] != '+') minutes = -minutes;
            return true;
        }
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

    private static bool TryParseWritten(ReadOnlySpan<char> s, out ArticleDate value)
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
            if (!r.Number(4, 4, out year))
                return TryParseCTime(ref r, month, day, out value);
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

        int hour = 0, minute = 0, second = 0;
        int? offset = null;
        WellKnownZones.Rule? zoneRule = null;
        var hasTime = false;
        r.SkipSpace();
        if (!r.AtEnd && r.Peek != '.')
        {
            hasTime = true;
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
                    if (!WellKnownZones.TryGetAbbreviation(Letters(zone, stackalloc char[16]).ToString(), out var rule)) return false;
                    zoneRule = rule;
                    if ((Is(zone, "utc") || Is(zone, "gmt")) && TryNumericOffset(r.Rest, out var extra, out var used, shortHour: true))
                    {
                        zoneRule = null;
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
        if (zoneRule is { } z && year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) && hour <= 23 && minute <= 59)
            offset = WellKnownZones.OffsetAt(z, new DateTime(year, month, day, hour, minute, 0));
        return TryCreate(year, month, day, hasTime, hour, minute, second, 0, offset, out value);
    }

    /// <summary>
    /// The rest of the C <c>ctime</c> / Unix <c>date</c> form after its month and day: <c>HH:mm:ss [zone] yyyy</c>
    /// (<c>Mon Aug 03 12:45:00 EDT 2015</c>, <c>Sun Nov  6 08:49:37 1994</c>); the zone is a known abbreviation or a
    /// numeric offset.
    /// </summary>
    private static bool TryParseCTime(ref Scanner r, int month, int day, out ArticleDate value)
    {
        value = default;
        if (!r.Number(1, 2, out var hour) || !r.Skip(':') || !r.Number(2, 2, out var minute)) return false;
        var second = 0;
        if (r.Skip(':') && !r.Number(2, 2, out second)) return false;
        r.SkipSpace();
        int? offset = null;
        WellKnownZones.Rule? zoneRule = null;
        if (r.PeekLetter())
        {
            if (!WellKnownZones.TryGetAbbreviation(Letters(r.Word(), stackalloc char[16]).ToString(), out var rule)) return false;
            zoneRule = rule;
            r.SkipSpace();
        }
        else if (TryNumericOffset(r.Rest, out var numeric, out var used))
        {
            offset = numeric;
            r.Advance(used);
            r.SkipSpace();
        }
        if (!r.Number(4, 4, out var year)) return false;
        r.SkipSpace();
        if (!r.AtEnd) return false;
        if (zoneRule is { } z && year >= 1 && year <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month) && hour <= 23 && minute <= 59)
            offset = WellKnownZones.OffsetAt(z, new DateTime(year, month, day, hour, minute, 0));
        return TryCreate(year, month, day, true, hour, minute, second, 0, offset, out value);
    }

    /// <summary>Checks the parts and builds the value; false for a date that does not exist or an offset past ±14 h.</summary>
    internal static bool TryCreate(int year, int month, int day, bool hasTime, int hour, int minute, int second, long fractionTicks, int? offsetMinutes, out ArticleDate value)
    {
        value = default;
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (hour > 23 || minute > 59 || second > 59) return false;
        if (offsetMinutes is int o && (o < -14 * 60 || o > 14 * 60)) return false;
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).Ticks + fractionTicks;
        if (offsetMinutes is int offset)
        {
            var utc = local - offset * TimeSpan.TicksPerMinute;
            if (utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks) return false;
        }
        value = ArticleDate.Create(local, hasTime, offsetMinutes);
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
