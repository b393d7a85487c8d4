using System;
using ArticleModel.DateFormats;

namespace ArticleModel;

/// <summary>
/// A time zone named by a date locator's <c>zone:</c>: one of the <see cref="WellKnownZones"/> (the same on every
/// machine) or a zone of the machine's time-zone database.
/// </summary>
internal sealed class DateZone
{
    private readonly WellKnownZones.Rule? _rule;
    private readonly TimeZoneInfo? _zone;

    private DateZone(WellKnownZones.Rule? rule, TimeZoneInfo? zone)
    {
        _rule = rule;
        _zone = zone;
    }

    /// <summary>The zone named <paramref name="id"/> (IANA or Windows id), or null when this machine does not know it.</summary>
    public static DateZone? Find(string id)
    {
        if (WellKnownZones.TryGet(id, out var rule)) return new DateZone(rule, null);
        try
        {
            return new DateZone(null, TimeZoneInfo.FindSystemTimeZoneById(id));
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException or System.Security.SecurityException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The zone's UTC offset, in minutes, at the local wall-clock time <paramref name="local"/> (ambiguous and skipped times: standard time).</summary>
    public int OffsetMinutesAt(DateTime local)
    {
        if (_rule is { } rule) return WellKnownZones.OffsetAt(rule, local);
        return (int)(_zone!.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)).Ticks / TimeSpan.TicksPerMinute);
    }
}
