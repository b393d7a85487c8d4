using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace ArticleModel.Schema.Tests;

public class CorpusTests
{
    public static IEnumerable<object[]> ValidFiles() =>
        Directory.GetFiles(Path.Combine(TestPaths.CorpusDirectory, "valid"), "*.article").OrderBy(f => f, StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    public static IEnumerable<object[]> InvalidFiles() =>
        Directory.GetFiles(Path.Combine(TestPaths.CorpusDirectory, "invalid"), "*.article").OrderBy(f => f, StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Valid_schema_compiles_without_errors_or_warnings(string file)
    {
        var path = Path.Combine(TestPaths.CorpusDirectory, "valid", file);
        var result = SchemaCompiler.Compile(path, File.ReadAllText(path));
        var problems = result.Diagnostics.Where(d => !(d.Id == "AM0113")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.NotEmpty(result.Model.Articles);
        foreach (var article in result.Model.Articles)
        {
            Assert.Equal(article.Fields.Count, article.EvaluationOrder.Count);
            Assert.Equal(Enumerable.Range(0, article.Fields.Count), article.EvaluationOrder.OrderBy(i => i));
        }
    }

    [Fact]
    public void Corpus_has_enough_files()
    {
        Assert.True(ValidFiles().Count() >= 8);
        Assert.True(InvalidFiles().Count() >= 30);
    }

    private static readonly Regex ExpectLine = new(@"^//\s*expect:\s*(?<id>AM\d{4})\s*\((?<line>\d+):(?<col>\d+)\)\s*(?<text>.*?)\s*$", RegexOptions.Multiline);

    internal static List<(string Id, int Line, int Column, string Text)> Expectations(string text) =>
        ExpectLine.Matches(text).Select(m => (m.Groups["id"].Value, int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["col"].Value), m.Groups["text"].Value)).ToList();

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void Invalid_schema_gives_exactly_the_expected_diagnostics(string file)
    {
        var path = Path.Combine(TestPaths.CorpusDirectory, "invalid", file);
        var text = File.ReadAllText(path);
        var expected = Expectations(text);
        Assert.True(expected.Count > 0, "no '// expect:' lines in " + file);
        var actual = SchemaCompiler.Compile(path, text).Diagnostics.ToList();
        var report = "actual:\n" + string.Join("\n", actual.Select(d => $"// expect: {d.Id} ({d.Range.StartLine + 1}:{d.Range.StartColumn + 1}) {d.Message}"));
        var unmatched = actual.ToList();
        foreach (var e in expected)
        {
            var hit = unmatched.FirstOrDefault(d => d.Id == e.Id && d.Range.StartLine + 1 == e.Line && d.Range.StartColumn + 1 == e.Column
                && d.Message.Contains(e.Text, StringComparison.Ordinal));
            Assert.True(hit != null, $"missing {e.Id} ({e.Line}:{e.Column}) {e.Text}\n{report}");
            unmatched.Remove(hit!);
        }
        Assert.True(unmatched.Count == 0, "unexpected diagnostics:\n" + string.Join("\n", unmatched) + "\n" + report);
    }

    [Fact]
    public void Every_diagnostic_id_has_a_negative_corpus_file_and_a_docs_section()
    {
        var covered = new HashSet<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.CorpusDirectory, "invalid"), "*.article"))
        {
            foreach (var e in Expectations(File.ReadAllText(f))) covered.Add(e.Id);
        }
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "diagnostics.md"));
        var missingCorpus = new List<string>();
        var missingDocs = new List<string>();
        foreach (var d in SchemaDiagnosticIds.All)
        {
            // AM0999 (internal error) cannot be provoked by any schema text.
            if (d.Id != "AM0999" && !covered.Contains(d.Id)) missingCorpus.Add(d.Id);
            if (!docs.Contains("## " + d.Id + " — " + d.Title, StringComparison.Ordinal)) missingDocs.Add(d.Id + " — " + d.Title);
        }
        Assert.True(missingCorpus.Count == 0, "no negative corpus file for: " + string.Join(", ", missingCorpus));
        Assert.True(missingDocs.Count == 0, "no docs/diagnostics.md section for: " + string.Join(", ", missingDocs));
    }

    [Fact]
    public void Diagnostic_table_is_consistent()
    {
        var ids = SchemaDiagnosticIds.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), ids);
        foreach (var d in SchemaDiagnosticIds.All)
        {
            Assert.Matches(@"^AM0(0\d\d|1\d\d|2\d\d|999)$", d.Id);
            if (d.Id != "AM0113") Assert.Contains("expected", d.MessageFormat, StringComparison.Ordinal);
            Assert.Same(d, SchemaDiagnosticIds.Find(d.Id));
        }
    }
}
