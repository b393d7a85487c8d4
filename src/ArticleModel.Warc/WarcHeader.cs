using System;

namespace ArticleModel.Warc;

/// <summary>The named fields of a WARC record header the reader uses, and small helpers for header values.</summary>
internal sealed class WarcHeader
{
    public string? Type;
    public string? RecordId;
    public string? TargetUri;
    public string? Date;
    public string? ContentType;
    public string? ContentLength;

    /// <summary>Takes one <c>Name: value</c> line; other fields are ignored.</summary>
    public void Add(string line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0) return;
        var name = line.Substring(0, colon).Trim();
        var value = line.Substring(colon + 1).Trim();
        if (Is(name, "WARC-Type")) Type = value;
        else if (Is(name, "WARC-Record-ID")) RecordId = Unbracket(value);
        else if (Is(name, "WARC-Target-URI")) TargetUri = Unbracket(value);
        else if (Is(name, "WARC-Date")) Date = value;
        else if (Is(name, "Content-Type")) ContentType = value;
        else if (Is(name, "Content-Length")) ContentLength = value;
    }

    private static bool Is(string name, string field) => name.Equals(field, StringComparison.OrdinalIgnoreCase);

    // WARC/1.0 writes URIs in angle brackets (as wget does), WARC/1.1 without: both give the bare address.
    private static string Unbracket(string value) =>
        value.Length >= 2 && value[0] == '<' && value[value.Length - 1] == '>' ? value.Substring(1, value.Length - 2) : value;

    /// <summary>The <c>charset</c> parameter of a media type (quotes removed), or null.</summary>
    public static string? Charset(string? contentType)
    {
        if (contentType is null) return null;
        foreach (var part in contentType.Split(';'))
        {
            var eq = part.IndexOf('=');
            if (eq < 0 || !part.Substring(0, eq).Trim().Equals("charset", StringComparison.OrdinalIgnoreCase)) continue;
            var value = part.Substring(eq + 1).Trim().Trim('"', '\'').Trim();
            return value.Length == 0 ? null : value;
        }
        return null;
    }
}
