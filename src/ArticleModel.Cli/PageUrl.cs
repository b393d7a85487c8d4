using System;

namespace ArticleModel.Cli;

/// <summary>The page address given with <c>--url</c> or a JSON Lines record's <c>url</c>.</summary>
internal static class PageUrl
{
    /// <summary>True when <paramref name="url"/> is an absolute http, https or file address (what links can resolve against).</summary>
    public static bool IsValid(string? url) =>
        url is not null
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeFile)
        && url.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks <c>--url</c>: a usage error unless absent or valid.</summary>
    public static string? Validate(string? url)
    {
        if (url is null) return null;
        if (!IsValid(url)) throw new UsageException($"--url '{url}' is not an absolute http, https or file address (for example https://news.example/2025/story)");
        return url;
    }
}
