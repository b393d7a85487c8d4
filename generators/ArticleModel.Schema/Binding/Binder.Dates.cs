using System;
using ArticleModel.DateFormats;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

// Dates: a date locator's 'format:' (AM0170) and 'zone:' (AM0171), and that only date fields take them (AM0172).
internal sealed partial class Binder
{
    /// <summary>Binds <c>format:</c> or <c>zone:</c>; false when it is in error (reported at the string).</summary>
    private bool BindDateArgument(ArgumentSyntax argument, ParameterKind kind, string locator, FieldInfo? owner, ref string? format, ref string? zone)
    {
        var argName = kind == ParameterKind.DateFormat ? "format" : "zone";
        var expected = kind == ParameterKind.DateFormat ? "a string such as \"MMMM d, yyyy\"" : "a string such as \"America/New_York\"";
        var v = Single(argument, "'" + argName + ":'", locator, expected);
        if (v == null || v.IsBad) return false;
        if (v.Kind != TokenKind.String)
        {
            Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "'" + argName + ":'", locator, Describe(v), expected);
            return false;
        }
        if (owner == null || owner.Type is { Kind: not ValueKind.Date })
        {
            var what = owner == null
                ? "a drop rule has no value"
                : $"'{owner.Syntax.Name.Text}' is {owner.Type}";
            Report(SchemaDiagnosticIds.DateArgumentOnNonDate, argument.Name!.Range, argName, what);
            return false;
        }
        if (kind == ParameterKind.DateFormat)
        {
            var pattern = DateFormatPattern.Analyze(v.Value);
            if (pattern.Error is not null)
            {
                Report(SchemaDiagnosticIds.InvalidDateFormat, v.Range, v.Value, pattern.Error);
                return false;
            }
            format = v.Value;
            return true;
        }
        if (v.Value.Trim().Length == 0 || v.Value.Length > 100)
        {
            Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "'zone:'", locator, "\"" + v.Value + "\"", expected);
            return false;
        }
        // Unknown on the build machine is a warning, not an error: the machine that parses may know it (and a
        // compiler on .NET Framework knows only Windows ids). Well-known zones never need the machine's database.
        if (!WellKnownZones.TryGet(v.Value, out _) && !SystemKnowsZone(v.Value, out var suggestion))
            Report(SchemaDiagnosticIds.UnknownTimeZone, v.Range, v.Value, suggestion);
        zone = v.Value;
        return true;
    }

    private static bool SystemKnowsZone(string id, out string suggestion)
    {
        suggestion = "";
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException or System.Security.SecurityException or NotSupportedException)
        {
        }
        // Suggestions come from the well-known zones only: listing the machine's zones reads its whole database (seconds).
        suggestion = Naming.DidYouMean(id, WellKnownZones.Ids);
        return false;
    }
}
