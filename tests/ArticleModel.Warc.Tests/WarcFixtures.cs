using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ArticleModel.Warc.Tests;

/// <summary>The wget-written fixtures and helpers to read them whole.</summary>
internal static class WarcFixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static (List<WarcRecord> Records, WarcCounts Counts) ReadAll(string name, WarcReaderOptions? options = null)
    {
        using var stream = File.OpenRead(PathOf(name));
        return ReadAll(stream, options);
    }

    public static (List<WarcRecord> Records, WarcCounts Counts) ReadAll(Stream stream, WarcReaderOptions? options = null)
    {
        var reader = new WarcReader(stream, options);
        return (reader.ReadAll().ToList(), reader.Counts);
    }

    /// <summary>The pages wget fetched, in fetch order (index page, articles, a text file, a 404, a redirect and its target, …).</summary>
    public static readonly string[] ResponseUrls =
    {
        "http://news.example/",
        "http://news.example/2026/03/harbour-lights.html",
        "http://news.example/2026/04/orchard-census.html",
        "http://news.example/notes.txt",
        "http://news.example/gone.html",
        "http://news.example/old-harbour",
        "http://news.example/2026/03/harbour-lights.html",
        "http://news.example/world/",
        "http://www.daily.example/2026/05/tram-line.html",
        "http://blog.sub.example/posts/first-frost.html",
    };
}
