using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleModel;
using ArticleModel.Html;

namespace WebArticleEvaluation;

/// <summary>
/// <c>--gold DIR</c>: body-text 4-gram F1 (<see cref="ShingleF1"/>) of WebArticle and SmartReader on the gold sets
/// under DIR, side by side, per set. Each extractor's headline and body are scored together, since the gold texts
/// hold the headline too; each reads the page afresh from its bytes.
/// </summary>
internal static class BodyEvaluation
{
    public static int Run(string root, int limit, int worst, string? show, IReadOnlyCollection<string> sets, string? half, bool webArticleOnly, string? dump, string? texts)
    {
        if (!Directory.Exists(root))
        {
            Console.Error.WriteLine($"the gold sets are not there: {root} (run tests/WebArticleEvaluation/fetch-body-gold.sh)");
            return 2;
        }
        var pages = GoldPage.Load(root);
        if (sets.Count > 0) pages = pages.Where(p => sets.Contains(p.Set)).ToList();
        if (show is not null) return Show(pages.Where(p => p.Set + "/" + p.Name == show).ToList());
        if (half is not null) pages = pages.Where(p => p.Half == half).ToList();
        if (limit > 0) pages = pages.GroupBy(p => p.Set).SelectMany(g => g.Take(limit)).ToList();
        var extractors = new (string Name, Func<HtmlArticleDocument, string, string?> Run)[]
        {
            ("WebArticle", (page, _) => FromWebArticle(page)),
            ("SmartReader 0.11.1", FromSmartReader),
        };
        if (webArticleOnly) extractors = extractors[..1];
        var scores = new List<(GoldPage Page, int Extractor, double P, double R, double F1)>();
        foreach (var gold in pages)
        {
            var bytes = File.ReadAllBytes(gold.HtmlPath);
            var url = "http://" + gold.Set.Replace('_', '-') + ".example/" + gold.Name;
            for (var x = 0; x < extractors.Length; x++)
            {
                string? text;
                try
                {
                    text = extractors[x].Run(HtmlReader.Read(bytes, url), url);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    Console.Error.WriteLine($"{gold.Set}/{gold.Name}: {extractors[x].Name} threw {e.GetType().Name}: {e.Message}");
                    text = null;
                }
                if (texts is not null && x == 0)
                {
                    // --texts DIR: WebArticle's text and the gold text per page (DIR/SET/NAME.txt, NAME.gold), to grep a
                    // run's output for a kind of miss.
                    Directory.CreateDirectory(Path.Combine(texts, gold.Set));
                    File.WriteAllText(Path.Combine(texts, gold.Set, gold.Name + ".txt"), text ?? string.Empty);
                    File.WriteAllText(Path.Combine(texts, gold.Set, gold.Name + ".gold"), gold.Gold);
                }
                var (p, r, f) = ShingleF1.Score(text, gold.Gold);
                scores.Add((gold, x, p, r, f));
            }
        }

        Console.WriteLine($"{pages.Count} pages from {Path.GetFullPath(root)}; body 4-gram precision / recall / F1, mean over pages");
        Console.WriteLine();
        if (dump is not null)
        {
            // One line per page and extractor, to compare two runs page by page.
            File.WriteAllLines(dump, scores.Select(s => $"{s.Page.Set}/{s.Page.Name}\t{s.Page.Half}\t{extractors[s.Extractor].Name}\t{s.P:0.0000}\t{s.R:0.0000}\t{s.F1:0.0000}"));
        }
        Console.WriteLine("| set | pages | extractor | precision | recall | F1 |");
        Console.WriteLine("|---|---:|---|---:|---:|---:|");
        var groups = scores.GroupBy(s => s.Page.Set)
            .Concat(scores.GroupBy(s => s.Page.Set + " (" + s.Page.Half + ")").OrderBy(g => g.Key, StringComparer.Ordinal))
            .Append(scores.GroupBy(_ => "all").Single());
        foreach (var set in groups)
        {
            for (var x = 0; x < extractors.Length; x++)
            {
                var mine = set.Where(s => s.Extractor == x).ToList();
                Console.WriteLine($"| {set.Key} | {mine.Count} | {extractors[x].Name} | {ShingleF1.Mean(mine.Sum(s => s.P), mine.Count)} | {ShingleF1.Mean(mine.Sum(s => s.R), mine.Count)} | {ShingleF1.Mean(mine.Sum(s => s.F1), mine.Count)} |");
            }
        }
        if (worst > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"### WebArticle's {worst} lowest-F1 pages (precision low: extra text; recall low: text left out)");
            foreach (var s in scores.Where(s => s.Extractor == 0).OrderBy(s => s.F1).Take(worst))
            {
                Console.WriteLine($"- {s.Page.Set}/{s.Page.Name}: F1 {s.F1:0.000} (P {s.P:0.000}, R {s.R:0.000})");
            }
        }
        return 0;
    }

    // --show SET/NAME: what WebArticle took from one page and its diagnostics, beside the gold text, to study a miss.
    private static int Show(List<GoldPage> found)
    {
        if (found.Count == 0)
        {
            Console.Error.WriteLine("no such page (give SET/NAME as the --worst list prints it)");
            return 2;
        }
        var gold = found[0];
        var url = "http://" + gold.Set.Replace('_', '-') + ".example/" + gold.Name;
        var result = WebArticle.Parse(HtmlReader.Read(File.ReadAllBytes(gold.HtmlPath), url));
        foreach (var d in result.Diagnostics) Console.WriteLine($"{d.Id}: {d.Message}");
        Console.WriteLine($"F1 {ShingleF1.Score(FromWebArticle(HtmlReader.Read(File.ReadAllBytes(gold.HtmlPath), url)), gold.Gold).F1:0.000}");
        Console.WriteLine("== WebArticle");
        if (result.Value is { } a)
        {
            Console.WriteLine("# " + a.Title);
            foreach (var b in a.Body) Console.WriteLine("- " + b.Text);
        }
        Console.WriteLine("== gold");
        Console.WriteLine(gold.Gold.Trim());
        return 0;
    }

    private static string? FromWebArticle(HtmlArticleDocument page)
    {
        var result = WebArticle.Parse(page);
        if (result.Value is not { } a) return null;
        return a.Title + "\n" + string.Join("\n", a.Body.Select(b => b.Text));
    }

    private static string? FromSmartReader(HtmlArticleDocument page, string url)
    {
        var article = new SmartReader.Reader(url, page.Document.Input).GetArticle();
        return article.Title + "\n" + article.TextContent;
    }
}
