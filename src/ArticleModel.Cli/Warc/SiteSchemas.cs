using System;
using System.Collections.Generic;
using System.IO;
using ArticleModel.Interpreter;

namespace ArticleModel.Cli.Warc;

/// <summary>
/// <c>parse --warc --schemas DIR</c>: the site schema for a page, chosen by its host the way FiveFilters' site configs
/// are — lowercase, without <c>www.</c>, <c>HOST.article</c>, then each parent domain as <c>.PARENT.article</c>
/// (<c>blog.news.example</c>: <c>blog.news.example.article</c>, then <c>.news.example.article</c>). Every schema of the
/// folder is loaded once, before any page is read (a broken one is a usage error); each falls back to the built-in
/// WebArticle field by field.
/// </summary>
internal sealed class SiteSchemas
{
    private readonly Dictionary<string, IArticleParser> _byFileName;

    private SiteSchemas(Dictionary<string, IArticleParser> byFileName) => _byFileName = byFileName;

    /// <summary>How many schemas the folder holds.</summary>
    public int Count => _byFileName.Count;

    /// <summary>Loads every <c>*.article</c> file directly in <paramref name="folder"/>.</summary>
    public static SiteSchemas Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new UsageException($"--schemas '{folder}' is not a folder");
        var parsers = new Dictionary<string, IArticleParser>(StringComparer.Ordinal);
        string[] files;
        try
        {
            files = Directory.GetFiles(folder, "*.article");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--schemas '{folder}' cannot be listed: {e.Message}");
        }
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var parser = CheckCommand.LoadParser(file, null);
            parsers[Path.GetFileName(file).ToLowerInvariant()] = parser is InterpretedParser site ? ArticleModel.Sites.WebArticleFallbackParser.Create(site) : parser;
        }
        return new SiteSchemas(parsers);
    }

    /// <summary>The schema for the page at <paramref name="url"/>, or null (the page is parsed with WebArticle alone).</summary>
    public IArticleParser? Find(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) return null;
        foreach (var name in FileNames(uri.Host))
        {
            if (_byFileName.TryGetValue(name, out var parser)) return parser;
        }
        return null;
    }

    /// <summary>The file names tried for <paramref name="host"/>, in order.</summary>
    internal static IEnumerable<string> FileNames(string host)
    {
        host = host.ToLowerInvariant().TrimEnd('.');
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host.Substring(4);
        if (host.Length == 0) yield break;
        yield return host + ".article";
        var dot = host.IndexOf('.');
        while (dot >= 0)
        {
            var parent = host.Substring(dot + 1);
            // A parent domain has a dot of its own: ".example.article" would match every host under a top-level domain.
            if (parent.IndexOf('.') < 0) yield break;
            yield return "." + parent + ".article";
            dot = host.IndexOf('.', dot + 1);
        }
    }
}
