// Shared source: compiled into the runtime (ArticleModel) and into the schema compiler (ArticleModel.Schema), so the
// build accepts exactly the zone ids the runtime knows without a time-zone database. Keep it dependency-free.
using System;

namespace ArticleModel.DateFormats;

/// <summary>
/// Zones the runtime knows without the machine's time-zone database, so their results are the same on every machine:
/// UTC and the four US mainland zones, under the US daylight-saving rules (since 2007: second Sunday of March to
/// first Sunday of November; 1987–2006: first Sunday of April to last Sunday of October; 1967–1986: last Sunday of
/// April to last Sunday of October; none before 1967), changing at 02:00 local time.
/// </summary>
internal static class WellKnownZones
{
    /// <summary>A zone with US daylight-saving rules, or a fixed offset.</summary>
    /// <param name="StandardMinutes">The standard (winter) offset in minutes.</param>
    /// <param name="UsDaylight">Whether US daylight-saving time applies.</param>
    internal readonly record struct Rule(int StandardMinutes, bool UsDaylight);

    /// <summary>The ids of the well-known zones as usually written (for did-you-mean suggestions).</summary>
    public static readonly string[] Ids =
    {
        "UTC", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
        "Eastern Standard Time", "Central Standard Time", "Mountain Standard Time", "Pacific Standard Time",
    };

    /// <summary>The rule of an IANA or Windows zone id (ordinal, case-insensitive), if it is one of the well-known ones.</summary>
    public static bool TryGet(string id, out Rule rule)
    {
        switch (id.ToLowerInvariant())
        {
            case "utc": case "etc/utc": case "gmt": case "etc/gmt": case "z": case "coordinated universal time":
                rule = new Rule(0, false);
                return true;
            case "america/new_york": case "us/eastern": case "eastern standard time": case "est5edt":
                rule = new Rule(-5 * 60, true);
                return true;
            case "america/chicago": case "us/central": case "central standard time": case "cst6cdt":
                rule = new Rule(-6 * 60, true);
                return true;
            case "america/denver": case "us/mountain": case "mountain standard time": case "mst7mdt":
                rule = new Rule(-7 * 60, true);
                return true;
            case "america/los_angeles": case "us/pacific": case "pacific standard time": case "pst8pdt":
                rule = new Rule(-8 * 60, true);
                return true;
            default:
                rule = default;
                return false;
        }
    }

    /// <summary>The zone abbreviation in article text (<c>ET</c>, <c>EDT</c>, <c>PST</c>, <c>GMT</c>…), lower-case letters only.</summary>
    public static bool TryGetAbbreviation(string lowerLetters, out Rule rule)
    {
        switch (lowerLetters)
        {
            case "z": case "utc": case "gmt": case "ut": rule = new Rule(0, false); return true;
            case "et": rule = new Rule(-5 * 60, true); return true;
            case "est": rule = new Rule(-5 * 60, false); return true;
            case "edt": rule = new Rule(-4 * 60, false); return true;
            case "ct": rule = new Rule(-6 * 60, true); return true;
            case "cst": rule = new Rule(-6 * 60, false); return true;
            case "cdt": rule = new Rule(-5 * 60, false); return true;
            case "mt": rule = new Rule(-7 * 60, true); return true;
            case "mst": rule = new Rule(-7 * 60, false); return true;
            case "mdt": rule = new Rule(-6 * 60, false); return true;
            case "pt": rule = new Rule(-8 * 60, true); return true;
            case "pst": rule = new Rule(-8 * 60, false); return true;
            case "pdt": rule = new Rule(-7 * 60, false); return true;
            default: rule = default; return false;
        }
    }

    /// <summary>The offset in minutes of <paramref name="rule"/> at a local wall-clock time. Ambiguous times (the repeated hour in autumn) are standard time.</summary>
    public static int OffsetAt(Rule rule, DateTime local)
    {
        if (!rule.UsDaylight) return rule.StandardMinutes;
        var year = local.Year;
        DateTime start, end;
        if (year >= 2007)
        {
            start = NthSunday(year, 3, 2);
            end = NthSunday(year, 11, 1);
        }
        else if (year >= 1987)
        {
            start = NthSunday(year, 4, 1);
            end = LastSunday(year, 10);
        }
        else if (year >= 1967)
        {
            start = LastSunday(year, 4);
            end = LastSunday(year, 10);
        }
        else
        {
            return rule.StandardMinutes;
        }
        // Daylight time from 02:00 on the start day; standard again from 01:00 wall-clock on the end day (01:00–02:00 repeats).
        var daylight = local >= start.AddHours(2) && local < end.AddHours(1);
        return daylight ? rule.StandardMinutes + 60 : rule.StandardMinutes;
    }

    private static DateTime NthSunday(int year, int month, int n)
    {
        var first = new DateTime(year, month, 1);
        var offset = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
