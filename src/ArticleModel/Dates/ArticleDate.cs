using System;

namespace ArticleModel;

/// <summary>
/// The value of a schema <c>date</c> field: a calendar date, optionally with a time of day, optionally with a UTC
/// offset — exactly as much as the article wrote. <c>"March 3, 2025"</c> is a date and stays one (it is not midnight
/// UTC); <c>"March 3, 2025 10:05 a.m."</c> has a time but no offset; <c>"March 3, 2025 10:05 a.m. ET"</c> has both.
/// </summary>
/// <remarks>
/// <para><see cref="ToString()"/> and JSON write ISO 8601 with only the parts present: <c>2025-03-03</c>,
/// <c>2025-03-03T10:05:00</c>, <c>2025-03-03T10:05:00-05:00</c> (fractions of a second when there are any).</para>
/// <para>Equality is structural: two values are equal when they have the same date, the same time (or both none) and
/// the same offset (or both none), so <c>10:00+00:00</c> and <c>11:00+01:00</c> differ although they are the same
/// instant. Ordering follows the date and time as written (then values without a time before those with one, then by
/// offset); compare <see cref="ToDateTimeOffset()"/> to order instants.</para>
/// <para>The <see langword="default"/> value is <c>0001-01-01</c> without time or offset.</para>
/// </remarks>
public readonly struct ArticleDate : IEquatable<ArticleDate>, IComparable<ArticleDate>, IComparable
{
    private const byte TimeFlag = 1;
    private const byte OffsetFlag = 2;
    private const int MaxOffsetMinutes = 14 * 60;

    /// <summary>The longest text <see cref="ToString()"/> writes (<c>2025-03-03T10:05:06.1234567+05:30</c>).</summary>
    internal const int MaxFormattedLength = 33;

    private readonly long _ticks;
    private readonly short _offsetMinutes;
    private readonly byte _flags;

    private ArticleDate(long ticks, bool hasTime, int? offsetMinutes)
    {
        _ticks = ticks;
        _offsetMinutes = (short)(offsetMinutes ?? 0);
        _flags = (byte)((hasTime ? TimeFlag : 0) | (offsetMinutes is null ? 0 : OffsetFlag));
    }

    /// <summary>A date without a time of day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The arguments do not make a date between years 1 and 9999.</exception>
    public ArticleDate(int year, int month, int day)
        : this(new DateTime(year, month, day).Ticks, false, null)
    {
    }

    /// <summary>A date with a time of day and no UTC offset.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a date between years 1 and 9999, or <paramref name="timeOfDay"/> is outside [00:00, 24:00).</exception>
    public ArticleDate(int year, int month, int day, TimeSpan timeOfDay)
        : this(new DateTime(year, month, day).Ticks + CheckTime(timeOfDay), true, null)
    {
    }

    /// <summary>A date with a time of day and a UTC offset.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a date between years 1 and 9999, <paramref name="timeOfDay"/> is outside
    /// [00:00, 24:00), or <paramref name="offset"/> is not whole minutes within ±14 hours.</exception>
    public ArticleDate(int year, int month, int day, TimeSpan timeOfDay, TimeSpan offset)
        : this(new DateTime(year, month, day).Ticks + CheckTime(timeOfDay), true, CheckOffset(offset))
    {
    }

    /// <summary>The value with <paramref name="value"/>'s date, time of day and offset (all three present).</summary>
    public static ArticleDate FromDateTimeOffset(DateTimeOffset value) =>
        new(value.DateTime.Ticks, true, (int)(value.Offset.Ticks / TimeSpan.TicksPerMinute));

    /// <summary>Builds a value from parts already checked (ticks of a valid local date and time, offset within ±14 h).</summary>
    internal static ArticleDate Create(long localTicks, bool hasTime, int? offsetMinutes) => new(localTicks, hasTime, offsetMinutes);

    /// <summary>The year (1–9999).</summary>
    public int Year => new DateTime(_ticks).Year;

    /// <summary>The month (1–12).</summary>
    public int Month => new DateTime(_ticks).Month;

    /// <summary>The day of the month (1–31).</summary>
    public int Day => new DateTime(_ticks).Day;

    /// <summary>The day of the week of the date.</summary>
    public DayOfWeek DayOfWeek => new DateTime(_ticks).DayOfWeek;

    /// <summary>The calendar date, as a <see cref="DateTime"/> at midnight of kind <see cref="DateTimeKind.Unspecified"/>.</summary>
    public DateTime Date => new DateTime(_ticks - _ticks % TimeSpan.TicksPerDay, DateTimeKind.Unspecified);

    /// <summary>Whether the article gave a time of day.</summary>
    public bool HasTime => (_flags & TimeFlag) != 0;

    /// <summary>Whether the article gave a UTC offset (a numeric offset, <c>Z</c>, <c>GMT</c>, a US zone abbreviation, or the locator's <c>zone:</c>).</summary>
    public bool HasOffset => (_flags & OffsetFlag) != 0;

    /// <summary>The time of day, or null when the article gave none.</summary>
    public TimeSpan? TimeOfDay => HasTime ? new TimeSpan(_ticks % TimeSpan.TicksPerDay) : null;

    /// <summary>The UTC offset, or null when the article gave none.</summary>
    public TimeSpan? Offset => HasOffset ? TimeSpan.FromMinutes(_offsetMinutes) : null;

    /// <summary>
    /// The value as an instant. A value without a time of day is taken at midnight, one without an offset at UTC
    /// (offset zero) — use <see cref="ToDateTimeOffset(TimeSpan)"/> to assume another offset.
    /// </summary>
    public DateTimeOffset ToDateTimeOffset() => ToDateTimeOffset(TimeSpan.Zero);

    /// <summary>
    /// The value as an instant; a value without a time of day is taken at midnight, and one without an offset at
    /// <paramref name="assumedOffset"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="assumedOffset"/> is not whole minutes within ±14 hours,
    /// or the instant falls outside the range <see cref="DateTimeOffset"/> can represent.</exception>
    public DateTimeOffset ToDateTimeOffset(TimeSpan assumedOffset)
    {
        var offset = HasOffset ? TimeSpan.FromMinutes(_offsetMinutes) : TimeSpan.FromMinutes(CheckOffset(assumedOffset));
        return new DateTimeOffset(new DateTime(_ticks, DateTimeKind.Unspecified), offset);
    }

    /// <summary>
    /// Parses a date as articles write it — ISO 8601, RFC 1123/822 and common English news forms (see
    /// docs/schema-language.md, "Dates"). Culture-invariant; never throws.
    /// </summary>
    public static bool TryParse(string? text, out ArticleDate value)
    {
        if (text is null)
        {
            value = default;
            return false;
        }
        return ArticleDateParser.TryParse(text.AsSpan(), out value);
    }

    /// <inheritdoc cref="TryParse(string?, out ArticleDate)"/>
    public static bool TryParse(ReadOnlySpan<char> text, out ArticleDate value) => ArticleDateParser.TryParse(text, out value);

    /// <summary>Parses a date as <see cref="TryParse(string?, out ArticleDate)"/> does.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a date this parser reads.</exception>
    public static ArticleDate Parse(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (ArticleDateParser.TryParse(text.AsSpan(), out var value)) return value;
        throw new FormatException("not a date ArticleDate reads: '" + (text.Length > 60 ? text.Substring(0, 60) + "…" : text) + "'");
    }

    /// <summary>ISO 8601 with only the parts present: <c>2025-03-03</c>, <c>2025-03-03T10:05:00</c>, <c>2025-03-03T10:05:00-05:00</c>.</summary>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[MaxFormattedLength];
        return buffer.Slice(0, Format(buffer)).ToString();
    }

    /// <summary>Writes <see cref="ToString()"/>'s text into <paramref name="destination"/> (at least <see cref="MaxFormattedLength"/> long); returns its length.</summary>
    internal int Format(Span<char> destination)
    {
        var dt = new DateTime(_ticks);
        var n = 0;
        Digits(destination, ref n, dt.Year, 4);
        destination[n++] = '-';
        Digits(destination, ref n, dt.Month, 2);
        destination[n++] = '-';
        Digits(destination, ref n, dt.Day, 2);
        if (!HasTime) return n;
        destination[n++] = 'T';
        Digits(destination, ref n, dt.Hour, 2);
        destination[n++] = ':';
        Digits(destination, ref n, dt.Minute, 2);
        destination[n++] = ':';
        Digits(destination, ref n, dt.Second, 2);
        var fraction = (int)(_ticks % TimeSpan.TicksPerSecond);
        if (fraction != 0)
        {
            destination[n++] = '.';
            var digits = 7;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }
            Digits(destination, ref n, fraction, digits);
        }
        if (!HasOffset) return n;
        var minutes = (int)_offsetMinutes;
        destination[n++] = minutes < 0 ? '-' : '+';
        if (minutes < 0) minutes = -minutes;
        Digits(destination, ref n, minutes / 60, 2);
        destination[n++] = ':';
        Digits(destination, ref n, minutes % 60, 2);
        return n;
    }

    private static void Digits(Span<char> destination, ref int n, int value, int width)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            destination[n + i] = (char)('0' + value % 10);
            value /= 10;
        }
        n += width;
    }

    /// <inheritdoc />
    public bool Equals(ArticleDate other) => _ticks == other._ticks && _flags == other._flags && _offsetMinutes == other._offsetMinutes;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ArticleDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_ticks, _flags, _offsetMinutes);

    /// <summary>Orders by the date and time as written, then values without a time first, then by offset.</summary>
    public int CompareTo(ArticleDate other)
    {
        var c = _ticks.CompareTo(other._ticks);
        if (c != 0) return c;
        c = _flags.CompareTo(other._flags);
        return c != 0 ? c : _offsetMinutes.CompareTo(other._offsetMinutes);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ArticleDate other => CompareTo(other),
        _ => throw new ArgumentException("the object is not an ArticleDate", nameof(obj)),
    };

    /// <summary>Structural equality (see the remarks of <see cref="ArticleDate"/>).</summary>
    public static bool operator ==(ArticleDate left, ArticleDate right) => left.Equals(right);

    /// <summary>Structural inequality.</summary>
    public static bool operator !=(ArticleDate left, ArticleDate right) => !left.Equals(right);

    /// <summary>Ordering as <see cref="CompareTo(ArticleDate)"/>.</summary>
    public static bool operator <(ArticleDate left, ArticleDate right) => left.CompareTo(right) < 0;

    /// <summary>Ordering as <see cref="CompareTo(ArticleDate)"/>.</summary>
    public static bool operator >(ArticleDate left, ArticleDate right) => left.CompareTo(right) > 0;

    /// <summary>Ordering as <see cref="CompareTo(ArticleDate)"/>.</summary>
    public static bool operator <=(ArticleDate left, ArticleDate right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering as <see cref="CompareTo(ArticleDate)"/>.</summary>
    public static bool operator >=(ArticleDate left, ArticleDate right) => left.CompareTo(right) >= 0;

    private static long CheckTime(TimeSpan timeOfDay)
    {
        if (timeOfDay.Ticks < 0 || timeOfDay.Ticks >= TimeSpan.TicksPerDay)
            throw new ArgumentOutOfRangeException(nameof(timeOfDay), "the time of day must be at least 00:00 and less than 24:00");
        return timeOfDay.Ticks;
    }

    private static int CheckOffset(TimeSpan offset)
    {
        if (offset.Ticks % TimeSpan.TicksPerMinute != 0 || offset.Ticks > MaxOffsetMinutes * TimeSpan.TicksPerMinute || offset.Ticks < -MaxOffsetMinutes * TimeSpan.TicksPerMinute)
            throw new ArgumentOutOfRangeException(nameof(offset), "the offset must be whole minutes between -14:00 and +14:00");
        return (int)(offset.Ticks / TimeSpan.TicksPerMinute);
    }
}
