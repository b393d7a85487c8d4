using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using ArticleModel.Interpreter;

namespace ArticleModel.Sites;

/// <summary>
/// The site schemas of this package, chosen by a page's address as FiveFilters chooses its rule files: the host,
/// lower-cased and without a leading <c>www.</c>, then the wildcard for its parent (<c>.wikipedia.org</c> serves
/// <c>en.wikipedia.org</c>, but not <c>wikipedia.org</c> itself nor <c>a.b.wikipedia.org</c>).
/// </summary>
/// <remarks>
/// Each schema is an embedded <c>.article</c> run by the interpreter, loaded the first time a page of its host is parsed
/// and kept; lookups are safe from many threads at once.
/// </remarks>
public static class SiteSchemas
{
    private const string ResourcePrefix = "SiteRules/";
    private const string ResourceSuffix = ".article";

    private static readonly Lazy<ReadOnlyCollection<string>> s_hosts = new(() => new ReadOnlyCollection<string>(
        typeof(SiteSchemas).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .Select(n => n.Substring(ResourcePrefix.Length, n.Length - ResourcePrefix.Length - ResourceSuffix.Length))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList()));

    private static readonly Lazy<HashSet<string>> s_hostSet = new(() => new HashSet<string>(s_hosts.Value, StringComparer.Ordinal));

    private static readonly ConcurrentDictionary<string, Lazy<SiteSchema?>> s_loaded = new(StringComparer.Ordinal);

    /// <summary>The host rules of every schema in the package (<c>nytimes.com</c>, <c>.wikipedia.org</c>), in ordinal order.</summary>
    public static IReadOnlyList<string> Hosts => s_hosts.Value;

    /// <summary>
    /// A parser for any page: the site schema of the page's address (the <c>Url</c> of the page's <c>HtmlArticleDocument</c>) with WebArticle
    /// behind it, or WebArticle alone for a host without one. Its fields are WebArticle's.
    /// </summary>
    public static IArticleParser Parser { get; } = new SiteDispatchParser();

    /// <summary>The schema for <paramref name="url"/>'s host, or null when the package has none.</summary>
    /// <param name="url">The page's absolute address.</param>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public static SiteSchema? For(Uri url)
    {
        if (url is null) throw new ArgumentNullException(nameof(url));
        if (!url.IsAbsoluteUri || string.IsNullOrEmpty(url.Host)) return null;
        var rule = HostRule(url.Host);
        return rule is null ? null : s_loaded.GetOrAdd(rule, r => new Lazy<SiteSchema?>(() => Load(r))).Value;
    }

    /// <summary>The schema for the host of <paramref name="url"/>, or null when the text is not an absolute address or the package has no schema for it.</summary>
    /// <param name="url">The page's address.</param>
    public static SiteSchema? For(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? For(uri) : null;

    /// <summary>Which host rule serves <paramref name="host"/>: itself (without <c>www.</c>), else its parent's wildcard; null when neither is in the package.</summary>
    internal static string? HostRule(string host)
    {
        host = host.TrimEnd('.').ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host.Substring(4);
        if (s_hostSet.Value.Contains(host)) return host;
        var dot = host.IndexOf('.');
        if (dot > 0 && dot < host.Length - 1)
        {
            var wildcard = host.Substring(dot);
            if (s_hostSet.Value.Contains(wildcard)) return wildcard;
        }
        return null;
    }

    // A schema that does not load (which the import's check rules out) is treated as absent.
    private static SiteSchema? Load(string rule)
    {
        using var stream = typeof(SiteSchemas).Assembly.GetManifestResourceStream(ResourcePrefix + rule + ResourceSuffix);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        var schema = InterpretedSchema.Load(reader.ReadToEnd(), rule + ResourceSuffix);
        if (schema.HasErrors || schema.ArticleNames.Count != 1) return null;
        return new SiteSchema(rule, rule + ResourceSuffix, WebArticleFallbackParser.Create(schema.GetParser()));
    }
}
