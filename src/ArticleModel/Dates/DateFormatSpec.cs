using System;
using System.ComponentModel;
using ArticleModel.DateFormats;

namespace ArticleModel.CompilerServices;

/// <summary>
/// How a date locator reads its text: its <c>format:</c> (a .NET custom date format, invariant culture) and its
/// <c>zone:</c> (an IANA or Windows time-zone id). Generated parsers keep one per locator in a static field; the
/// interpreter builds the same from the plan. Immutable and thread-safe.
/// </summary>
/// <remarks>For generated code, the interpreter and other readers of the runtime (HTML locators); it may change
/// between versions without notice. The zone is looked up once, when the spec is created.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DateFormatSpec
{
    /// <summary>No format, no zone: the free-form parser, and the offset only when the text gives one.</summary>
    public static DateFormatSpec Default { get; } = new(null, null);

    /// <summary>Creates a spec.</summary>
    /// <param name="format">A .NET custom date format (<c>"MMMM d, yyyy"</c>), or null for the free-form parser. A format
    /// the schema compiler would refuse (AM0170) makes every conversion fail.</param>
    /// <param name="zone">The zone a time without an offset is in, or null to keep such a time without offset.</param>
    public DateFormatSpec(string? format, string? zone)
    {
        Format = format;
        Zone = zone;
        if (format is not null)
        {
            var pattern = DateFormatPattern.Analyze(format);
            FormatUsable = pattern.Error is null;
            FormatHasTime = pattern.HasTime;
            FormatHasOffset = pattern.HasOffset;
        }
        ResolvedZone = zone is null ? null : DateZone.Find(zone);
    }

    /// <summary>The <c>format:</c>, or null.</summary>
    public string? Format { get; }

    /// <summary>The <c>zone:</c>, or null.</summary>
    public string? Zone { get; }

    /// <summary>Whether <see cref="Zone"/> is null or known on this machine (else AM3015 is reported and times keep no offset).</summary>
    public bool IsZoneKnown => Zone is null || ResolvedZone is not null;

    internal bool FormatUsable { get; }

    internal bool FormatHasTime { get; }

    internal bool FormatHasOffset { get; }

    internal DateZone? ResolvedZone { get; }
}
