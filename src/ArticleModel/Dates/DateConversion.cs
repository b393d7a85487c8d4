using System;
using System.ComponentModel;
using System.Globalization;

namespace ArticleModel.CompilerServices;

/// <summary>
/// The one string → <see cref="ArticleDate"/> conversion of the runtime: every locator of a <c>date</c> field (plain
/// text and HTML alike) converts its text through here, so the same text gives the same value everywhere.
/// </summary>
/// <remarks>For generated code, the interpreter and the runtime's readers; user code calls <see cref="ArticleDate.TryParse(string?, out ArticleDate)"/>.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DateConversion
{
    /// <summary>
    /// Converts <paramref name="text"/> as <paramref name="spec"/> says: with its format when it has one (invariant
    /// culture, surrounding white space allowed), else the free-form parser; then a time without an offset is given the
    /// offset of the spec's zone at that local time (a date without a time stays a date). Never throws.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, DateFormatSpec? spec, out ArticleDate value)
    {
        value = default;
        spec ??= DateFormatSpec.Default;
        if (spec.Format is null)
        {
            if (!ArticleDateParser.TryParse(text, out value)) return false;
        }
        else if (!TryParseExact(text, spec, out value))
        {
            return false;
        }
        if (value.HasTime && !value.HasOffset && spec.ResolvedZone is { } zone)
        {
            var local = value.Date + value.TimeOfDay!.Value;
            var minutes = zone.OffsetMinutesAt(local);
            var utc = local.Ticks - minutes * TimeSpan.TicksPerMinute;
            if (minutes < -14 * 60 || minutes > 14 * 60 || utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks) return true;
            value = ArticleDate.Create(local.Ticks, true, minutes);
        }
        return true;
    }

    private static bool TryParseExact(ReadOnlySpan<char> text, DateFormatSpec spec, out ArticleDate value)
    {
        value = default;
        if (!spec.FormatUsable || text.Length > ArticleDateParser.MaxLength) return false;
        var s = WhiteSpace.Trim(text).ToString();
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        try
        {
            if (spec.FormatHasOffset)
            {
                if (!DateTimeOffset.TryParseExact(s, spec.Format, CultureInfo.InvariantCulture, styles, out var dto)) return false;
                value = ArticleDate.Create(dto.DateTime.Ticks, true, (int)(dto.Offset.Ticks / TimeSpan.TicksPerMinute));
                return true;
            }
            if (!DateTimeOffset.TryParseExact(s, spec.Format, CultureInfo.InvariantCulture, styles, out var local)) return false;
            var ticks = local.DateTime.Ticks;
            value = spec.FormatHasTime
                ? ArticleDate.Create(ticks, true, null)
                : ArticleDate.Create(ticks - ticks % TimeSpan.TicksPerDay, false, null);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
