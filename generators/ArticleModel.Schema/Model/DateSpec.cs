namespace ArticleModel.Schema;

/// <summary>How a date locator reads its text: <c>format: "MMMM d, yyyy"</c> and <c>zone: "America/New_York"</c>.</summary>
/// <param name="Format">A .NET custom date format (checked: AM0170), or null for the runtime's free-form date parser.</param>
/// <param name="Zone">The IANA or Windows time-zone id of times written without an offset (checked where the build machine can: AM0171), or null.</param>
public sealed record DateSpec(string? Format, string? Zone)
{
    /// <summary>A string as the schema writes it: in double quotes, <c>"</c> and <c>\</c> escaped.</summary>
    internal static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
