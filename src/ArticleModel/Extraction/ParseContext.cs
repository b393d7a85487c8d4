using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.RegularExpressions;

namespace ArticleModel.CompilerServices;

/// <summary>
/// The state of one parse and the primitives that locate fields in a plain-text <see cref="ArticleDocument"/>.
/// Generated parsers and the interpreter call exactly these, in the schema's evaluation order, so both give the same
/// values, spans and diagnostics. One instance per parse; not shared between threads.
/// </summary>
/// <remarks>
/// <para>For generated code and the interpreter only: not meant to be called from user code, and it may change
/// between versions without notice.</para>
/// <para>Positions are indexes into the <em>parse view</em>: the document's non-blank lines minus those removed by
/// <c>drop</c> rules. <see cref="Drop(Hit)"/> every drop first, then <see cref="ApplyDrops"/>, then locate fields.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class ParseContext
{
    private readonly string _text;
    private LineView _view;
    private bool[]? _dropped;
    private List<ArticleDiagnostic>? _diagnostics;
    private long _budgetTicks = (long)(SchemaRegex.ParseBudget.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
    private bool _budgetReported;
    private List<string>? _zonesReported;

    // Texts of large blocks already built: a block that is both a field's value and the text quotes are read from
    // (body and @quotes(in: body)) is one string, not two copies of what may be most of the article.
    private Dictionary<long, string>? _blockTexts;
    private long _blockTextChars;
    private const int SharedBlockTextMinLength = 4096;

    /// <summary>Starts a parse of <paramref name="document"/>; the reader's diagnostics come first in the result.</summary>
    public ParseContext(ArticleDocument document)
    {
        Document = document ?? throw new ArgumentNullException(nameof(document));
        _text = document.Text;
        _view = new LineView(document.LineTable);
        if (document.Diagnostics.Count > 0) _diagnostics = new List<ArticleDiagnostic>(document.Diagnostics);
    }

    /// <summary>The document being parsed.</summary>
    public ArticleDocument Document { get; }

    /// <summary>Spans recorded so far.</summary>
    public FieldSpans.Builder Spans { get; } = new();

    /// <summary>Number of lines in the parse view.</summary>
    public int LineCount => _view.Count;

    /// <summary>Blocks a literal-guided <c>@match</c> walk has looked at so far (a work count for tests, issue 13).</summary>
    internal int LiteralWalkSteps { get; private set; }

    /// <summary>The whole parse view.</summary>
    public LineRegion Whole => new(0, _view.Count);

    /// <summary>The line at <paramref name="index"/> of the parse view.</summary>
    /// <remarks>Made on demand: the document keeps its lines in a compact table, not as <see cref="TextLine"/>s.</remarks>
    public TextLine Line(int index) => _view[index];

    // ---- drops -------------------------------------------------------------------------------------------------

    /// <summary>Marks the lines of <paramref name="hit"/> to be removed from the view.</summary>
    public void Drop(Hit hit)
    {
        if (!hit.Found) return;
        _dropped ??= new bool[_view.Count];
        for (var i = hit.First; i <= hit.Last; i++) _dropped[i] = true;
    }

    /// <summary>Marks the lines of every hit to be removed.</summary>
    public void Drop(Hit[] hits)
    {
        foreach (var h in hits) Drop(h);
    }

    /// <summary>Marks the lines of every matched block to be removed.</summary>
    public void Drop(MatchHit[] hits)
    {
        foreach (var h in hits) Drop(h.Hit);
    }

    /// <summary>Removes the lines marked by <c>Drop</c> from the parse view. Call once, after all drops.</summary>
    public void ApplyDrops()
    {
        if (_dropped is null) return;
        var kept = 0;
        for (var i = 0; i < _view.Count; i++)
        {
            if (!_dropped[i]) kept++;
        }
        var indexes = new int[kept];
        var k = 0;
        for (var i = 0; i < _view.Count; i++)
        {
            if (!_dropped[i]) indexes[k++] = _view.DocumentIndex(i);
        }
        _view = new LineView(Document.LineTable, indexes);
        _blockTexts = null; // line indexes now mean other lines
        _blockTextChars = 0;
        _dropped = null;
    }

    // ---- regions -----------------------------------------------------------------------------------------------

    /// <summary>A region of the view; bounds are clamped to it.</summary>
    public LineRegion Region(int start, int end) =>
        new(Math.Max(0, Math.Min(start, _view.Count)), Math.Max(0, Math.Min(end, _view.Count)));

    // ---- locators ----------------------------------------------------------------------------------------------

    /// <summary>
    /// <c>@line(n)</c>: the n-th line of the view (1-based; negative counts from the end), if it exists and
    /// <paramref name="where"/> (when given) matches its text.
    /// </summary>
    public Hit FindLine(int n, Regex? where, string field)
    {
        var index = n > 0 ? n - 1 : _view.Count + n;
        if (n == 0 || index < 0 || index >= _view.Count) return Hit.None;
        var hit = new Hit(index, index);
        return where is null || IsMatch(where, hit, field) ? hit : Hit.None;
    }

    /// <summary>
    /// <c>@block(n)</c>: the n-th block of <paramref name="region"/> (1-based; negative counts from the end), if it exists
    /// and <paramref name="where"/> (when given) matches its text.
    /// </summary>
    public Hit FindBlock(int n, LineRegion region, Regex? where, string field)
    {
        if (n == 0 || region.IsEmpty) return Hit.None;
        Hit hit;
        if (n > 0)
        {
            var line = region.Start;
            var run = -1;
            hit = Hit.None;
            for (var k = 1; line < region.End; k++)
            {
                var end = _view.NextBlockEnd(line, region.End, ref run);
                if (k == n)
                {
                    hit = new Hit(line, end - 1);
                    break;
                }
                line = end;
            }
        }
        else
        {
            var line = region.End - 1;
            hit = Hit.None;
            for (var k = -1; line >= region.Start; k--)
            {
                var start = BlockStart(line, region.Start);
                if (k == n)
                {
                    hit = new Hit(start, line);
                    break;
                }
                line = start - 1;
            }
        }
        if (!hit.Found) return hit;
        return where is null || IsMatch(where, hit, field) ? hit : Hit.None;
    }

    /// <summary><c>@blocks(…)</c>: every block of <paramref name="region"/>, in order.</summary>
    public Hit[] FindBlocks(LineRegion region)
    {
        if (region.IsEmpty) return Array.Empty<Hit>();
        // Two walks over the line table's runs (count, then fill): no search per block, and no array but the answer.
        var count = 0;
        var run = -1;
        for (var line = region.Start; line < region.End; line = _view.NextBlockEnd(line, region.End, ref run)) count++;
        var hits = new Hit[count];
        var k = 0;
        run = -1;
        for (var line = region.Start; line < region.End;)
        {
            var end = _view.NextBlockEnd(line, region.End, ref run);
            hits[k++] = new Hit(line, end - 1);
            line = end;
        }
        return hits;
    }

    /// <summary>
    /// <c>@blocks(kind: …)</c>: every block of <paramref name="region"/> whose <see cref="BlockKind"/> is in
    /// <paramref name="kinds"/>, a mask with bit <c>1 &lt;&lt; (int)kind</c> set for each kind kept. Plain text has
    /// paragraphs only; the HTML and Markdown readers classify their blocks.
    /// </summary>
    public Hit[] FindBlocks(LineRegion region, int kinds)
    {
        var all = FindBlocks(region);
        if (all.Length == 0) return all;
        // Plain text: every block is a paragraph, so the answer is all or nothing (and the block list is never built).
        if (!Document.HasReaderBlocks) return (kinds & (1 << (int)BlockKind.Paragraph)) != 0 ? all : Array.Empty<Hit>();
        var blocks = Document.Blocks;
        var kept = 0;
        for (var i = 0; i < all.Length; i++)
        {
            var block = _view[all[i].First].Block;
            if ((uint)block < (uint)blocks.Count && (kinds & (1 << (int)blocks[block].Kind)) != 0) all[kept++] = all[i];
        }
        if (kept == all.Length) return all;
        var result = new Hit[kept];
        Array.Copy(all, result, kept);
        return result;
    }

    /// <summary>
    /// <c>@match(/re/)</c>: the first block of <paramref name="region"/> that <paramref name="regex"/> matches.
    /// <paramref name="requiredLiteral"/>, when given, is a string every match contains: blocks without it are skipped
    /// without running the regex.
    /// </summary>
    public Hit FindMatch(Regex regex, string? requiredLiteral, bool ignoreCase, LineRegion region, string field, out Match? match)
    {
        var next = -1;
        var run = -1;
        for (var line = region.Start; line < region.End;)
        {
            var end = _view.NextBlockEnd(line, region.End, ref run);
            var hit = new Hit(line, end - 1);
            if (requiredLiteral is not null) LiteralWalkSteps++;
            var m = requiredLiteral is null || MayHold(requiredLiteral, ignoreCase, hit, region, ref next)
                ? MatchBlock(regex, requiredLiteral, ignoreCase, hit, field)
                : null;
            if (m is not null)
            {
                match = m;
                return hit;
            }
            line = requiredLiteral is null ? end : PastBlocksWithout(next, end, region, ref run);
        }
        match = null;
        return Hit.None;
    }

    /// <summary><c>@match(/re/)</c> on a list field: every block of <paramref name="region"/> the regex matches.</summary>
    public MatchHit[] FindMatches(Regex regex, string? requiredLiteral, bool ignoreCase, LineRegion region, string field)
    {
        List<MatchHit>? hits = null;
        var next = -1;
        var run = -1;
        for (var line = region.Start; line < region.End;)
        {
            var end = _view.NextBlockEnd(line, region.End, ref run);
            var hit = new Hit(line, end - 1);
            if (requiredLiteral is not null) LiteralWalkSteps++;
            var m = requiredLiteral is null || MayHold(requiredLiteral, ignoreCase, hit, region, ref next)
                ? MatchBlock(regex, requiredLiteral, ignoreCase, hit, field)
                : null;
            if (m is not null) (hits ??= new List<MatchHit>()).Add(new MatchHit(hit, m));
            line = requiredLiteral is null ? end : PastBlocksWithout(next, end, region, ref run);
        }
        return hits is null ? Array.Empty<MatchHit>() : hits.ToArray();
    }

    /// <summary>The blocks of the matched hits.</summary>
    public static Hit[] HitsOf(MatchHit[] matches)
    {
        var hits = new Hit[matches.Length];
        for (var i = 0; i < matches.Length; i++) hits[i] = matches[i].Hit;
        return hits;
    }

    // ---- values ------------------------------------------------------------------------------------------------

    /// <summary>The white-space-normalised text of a hit's lines, joined by single spaces.</summary>
    public string Text(Hit hit)
    {
        var key = ((long)hit.First << 32) | (uint)hit.Last;
        if (_blockTexts is not null && _blockTexts.TryGetValue(key, out var built)) return built;
        string text;
        if (hit.First == hit.Last)
        {
            text = TextNormalizer.Normalize(_text.AsSpan(_view.Start(hit.First), _view.Length(hit.First)));
        }
        else
        {
            // A block of several lines (hard-wrapped text): normalise each line, join with single spaces, in one allocation.
            text = TextNormalizer.Join(_text, _view, hit.First, hit.Last);
        }
        // Kept only while all kept texts together are no longer than the document, so the cache itself stays small.
        if (text.Length >= SharedBlockTextMinLength && _blockTextChars + text.Length <= _text.Length)
        {
            (_blockTexts ??= new Dictionary<long, string>())[key] = text;
            _blockTextChars += text.Length;
        }
        return text;
    }

    /// <summary>The span of a hit: from its first line's start to its last line's end.</summary>
    public SourceSpan Span(Hit hit)
    {
        var start = _view.Start(hit.First);
        var length = _view.End(hit.Last) - start;
        if (Document.SourceMap is not null) return Document.GetSpan(start, length);
        // A reader that transformed its input maps the text back; plain text is its own input.
        var first = _view[hit.First];
        return new SourceSpan(start, length, first.Number, first.Column);
    }

    /// <summary>A paragraph from a hit.</summary>
    public Paragraph Paragraph(Hit hit) => Paragraph(hit, Span(hit));

    // The paragraph keeps where its lines are and builds its text when asked for (issue 9 item 7: the body is not a
    // second copy of the document). Lines that drops made non-adjacent in the document are joined now.
    private Paragraph Paragraph(Hit hit, SourceSpan span)
    {
        var first = _view.DocumentIndex(hit.First);
        var last = _view.DocumentIndex(hit.Last);
        return last - first == hit.Last - hit.First
            ? new Paragraph(_text, Document.LineTable, first, last, span)
            : new Paragraph(Text(hit), span);
    }

    /// <summary>The texts of hits.</summary>
    public ValueList<string> Texts(Hit[] hits)
    {
        if (hits.Length == 0) return ValueList<string>.Empty;
        var values = new string[hits.Length];
        for (var i = 0; i < hits.Length; i++) values[i] = Text(hits[i]);
        return new ValueList<string>(values);
    }

    /// <summary>The paragraphs of hits.</summary>
    public ValueList<Paragraph> Paragraphs(Hit[] hits)
    {
        if (hits.Length == 0) return ValueList<Paragraph>.Empty;
        var values = new Paragraph[hits.Length];
        for (var i = 0; i < hits.Length; i++) values[i] = Paragraph(hits[i]);
        return new ValueList<Paragraph>(values);
    }

    /// <summary>The spans of hits.</summary>
    public SourceSpan[] SpansOf(Hit[] hits)
    {
        var spans = new SourceSpan[hits.Length];
        for (var i = 0; i < hits.Length; i++) spans[i] = Span(hits[i]);
        return spans;
    }

    /// <summary>The normalised text a named group captured, or null when it did not take part in the match.</summary>
    public static string? GroupText(Match match, string group)
    {
        var g = match.Groups[group];
        return g.Success ? CaptureText(g) : null;
    }

    /// <summary>The normalised text of the whole match.</summary>
    public static string MatchText(Match match) => CaptureText(match);

    /// <summary>A capture's normalised text, read in place: one string, not the capture's substring and then its normalised copy.</summary>
    internal static string CaptureText(Capture capture) =>
#if NET8_0_OR_GREATER
        TextNormalizer.Normalize(capture.ValueSpan);
#else
        TextNormalizer.Normalize(capture.Value.AsSpan());
#endif

    /// <summary>Where a named group's capture is; the default span when it did not take part.</summary>
    public SourceSpan GroupSpan(Match match, string group)
    {
        var g = match.Groups[group];
        return g.Success ? Document.GetSpan(g.Index, g.Length) : default;
    }

    /// <summary>Where the whole match is.</summary>
    public SourceSpan MatchSpan(Match match) => Document.GetSpan(match.Index, match.Length);

    /// <summary>The quotations in the paragraphs of <paramref name="hits"/> (<c>@quotes(in: …)</c>).</summary>
    public ValueList<Quote> Quotes(Hit[] hits) => Quotes(hits, null);

    /// <summary>The quotations in one hit's paragraph.</summary>
    public ValueList<Quote> Quotes(Hit hit) => Quotes(hit, null);

    /// <summary>The quotations in the paragraphs of <paramref name="hits"/>, with the field's <c>@quotes(minWords:, marks:, organisations:)</c> (null: the defaults).</summary>
    /// <remarks>
    /// Block quotations (Markdown <c>&gt;</c>, HTML <c>&lt;blockquote&gt;</c>) are not the article's own speech: each is
    /// read on its own, its unattributed speech is left out, and one signed with a <c>— Name, role</c> line is a quote of
    /// that person.
    /// </remarks>
    public ValueList<Quote> Quotes(Hit[] hits, QuoteOptions? options)
    {
        var inPage = PageHits(hits);
        return ArticleModel.Quotes.BlockQuotations.Any(this, inPage)
            ? ArticleModel.Quotes.BlockQuotations.Extract(this, inPage, options ?? QuoteOptions.Default)
            : QuoteExtractor.Extract(Document, Paragraphs(inPage), options);
    }

    // Quotations are found in the document's text: items that are not (a meta or JSON-LD value: no hit) have none.
    private static Hit[] PageHits(Hit[] hits)
    {
        var found = 0;
        foreach (var h in hits)
        {
            if (h.Found) found++;
        }
        if (found == hits.Length) return hits;
        var kept = new Hit[found];
        var k = 0;
        foreach (var h in hits)
        {
            if (h.Found) kept[k++] = h;
        }
        return kept;
    }

    /// <summary>The quotations in one hit's paragraph, with <paramref name="options"/> (null: the defaults).</summary>
    public ValueList<Quote> Quotes(Hit hit, QuoteOptions? options) => hit.Found ? Quotes(new[] { hit }, options) : ValueList<Quote>.Empty;

    /// <summary>The spans of quotations (each quote's first piece).</summary>
    public static SourceSpan[] SpansOf(ValueList<Quote> quotes)
    {
        var spans = new SourceSpan[quotes.Count];
        for (var i = 0; i < spans.Length; i++) spans[i] = quotes[i].Span;
        return spans;
    }

    // ---- conversions -------------------------------------------------------------------------------------------

    /// <summary>Converts to <c>int</c>; on failure reports AM3002 and returns null.</summary>
    public int? ToInt(string? text, SourceSpan span, string field, bool required)
    {
        if (text is null) return null;
        if (ValueConverters.TryParseInt(text, out var value)) return value;
        ConversionFailed(field, "int", text, span, required);
        return null;
    }

    /// <summary>Converts to a date with the free-form parser; on failure reports AM3002 and returns null.</summary>
    public ArticleDate? ToDate(string? text, SourceSpan span, string field, bool required) => ToDate(text, span, field, required, null);

    /// <summary>
    /// Converts to a date as <paramref name="spec"/> says (<see cref="DateConversion.TryParse"/>); on failure reports
    /// AM3002 and returns null. A zone this machine does not know is reported once per parse (AM3015).
    /// </summary>
    public ArticleDate? ToDate(string? text, SourceSpan span, string field, bool required, DateFormatSpec? spec)
    {
        if (text is null) return null;
        if (spec is not null && !spec.IsZoneKnown) ZoneUnknown(field, spec.Zone!, span);
        if (DateConversion.TryParse(text.AsSpan(), spec, out var value)) return value;
        ConversionFailed(field, spec?.Format is null ? "date" : $"date in the format \"{spec.Format}\"", text, span, required);
        return null;
    }

    private void ZoneUnknown(string field, string zone, SourceSpan span)
    {
        if (_zonesReported is not null && _zonesReported.Contains(zone)) return;
        (_zonesReported ??= new List<string>()).Add(zone);
        Report(new ArticleDiagnostic(DiagnosticIds.TimeZoneUnknown, DiagnosticSeverity.Warning,
            $"field '{field}': the time zone '{zone}' is not known on this machine; dates with a time of day keep no UTC offset", span, field));
    }

    /// <summary>Converts to an absolute URL; on failure reports AM3002 and returns null.</summary>
    public Uri? ToUrl(string? text, SourceSpan span, string field, bool required)
    {
        if (text is null) return null;
        if (ValueConverters.TryParseUrl(text, out var value)) return value;
        ConversionFailed(field, "url", text, span, required);
        return null;
    }

    /// <summary>Converts to a handle (no leading '@'); on failure reports AM3002 and returns null.</summary>
    public string? ToHandle(string? text, SourceSpan span, string field, bool required)
    {
        if (text is null) return null;
        if (ValueConverters.TryParseHandle(text, out var value)) return value;
        ConversionFailed(field, "handle", text, span, required);
        return null;
    }

    // ---- diagnostics -------------------------------------------------------------------------------------------

    /// <summary>Reports that a required field was not found (AM3001).</summary>
    public void Missing(string field, string locator)
    {
        var where = _view.Count == 0 ? "the article has no text" : $"{locator} found nothing";
        Report(new ArticleDiagnostic(DiagnosticIds.RequiredFieldMissing, DiagnosticSeverity.Error,
            $"required field '{field}' was not found: {where}", default, field));
    }

    /// <summary>Reports that a required record member was not captured (AM3004).</summary>
    public void MissingMember(string field, string member, SourceSpan matchSpan)
    {
        Report(new ArticleDiagnostic(DiagnosticIds.RecordFieldMissing, DiagnosticSeverity.Error,
            $"required member '{member}' of field '{field}' was not captured by the pattern's group '{member}'", matchSpan, field + "." + member));
    }

    /// <summary>Reports a value that could not be converted (AM3002): an error for a required field, else a warning.</summary>
    public void ConversionFailed(string field, string type, string text, SourceSpan span, bool required)
    {
        var shown = text.Length > 60 ? text.Substring(0, 57) + "..." : text;
        Report(new ArticleDiagnostic(DiagnosticIds.ConversionFailed, required ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            $"field '{field}': '{shown}' is not a valid {type}; the value is left out", span, field));
    }

    /// <summary>Adds a diagnostic.</summary>
    public void Report(ArticleDiagnostic diagnostic) => (_diagnostics ??= new List<ArticleDiagnostic>()).Add(diagnostic);

    /// <summary>Freezes the result.</summary>
    public ParseResult<T> Finish<T>(T? value) where T : class, IJsonWritable =>
        new(value, Spans.Build(), _diagnostics is null ? Array.Empty<ArticleDiagnostic>() : _diagnostics.ToArray());

    // ---- internals ---------------------------------------------------------------------------------------------

    private int BlockStart(int line, int limit) => _view.BlockStart(line, limit);

    private bool IsMatch(Regex regex, Hit hit, string field)
    {
        var (start, length) = RawRange(hit);
#if NET8_0_OR_GREATER
        // The block as the whole input, as Match(text, start, length) sees it, without a Match object per test.
        if (!SchemaRegex.IsBacktracking(regex)) return regex.IsMatch(_text.AsSpan(start, length));
#endif
        return Run(regex, start, length, field, hit) is { Success: true };
    }

    /// <summary>
    /// Where a literal-guided walk goes on after the block ending at <paramref name="line"/>: the region's end when the
    /// literal occurs nowhere after (<paramref name="next"/> is int.MaxValue), else the block of the last line starting
    /// at or before the next occurrence. Every block passed over ends before that occurrence, so
    /// <see cref="MayHold"/> would rule it out: the walk gives the same answer without a step per block.
    /// </summary>
    private int PastBlocksWithout(int next, int line, LineRegion region, ref int run)
    {
        // Not searched yet (no block looked at), or the occurrence was before this block (searched again there).
        if (next < 0 || line >= region.End || next < _view.Start(line)) return line;
        if (next == int.MaxValue) return region.End;
        var at = _view.LineAtOrBefore(next, line, region.End);
        if (at == line) return line;
        var start = _view.BlockStart(at, line);
        if (start != line) run = -1; // a jump: the walk's place in the line table is found again
        return start;
    }

    /// <summary>
    /// Whether <paramref name="hit"/> may hold <paramref name="literal"/>: false only when it provably does not.
    /// <paramref name="next"/> is where the literal next occurs in the text at or after an earlier block's start
    /// (int.MaxValue: nowhere; -1: not searched yet). One search over the rest of the region passes over every block
    /// before that place, instead of one search per block (issue 13: a short block costs the search's set-up).
    /// </summary>
    private bool MayHold(string literal, bool ignoreCase, Hit hit, LineRegion region, ref int next)
    {
        var start = _view.Start(hit.First);
        if (next < start)
        {
            var end = _view.End(region.End - 1);
            var k = _text.AsSpan(start, end - start).IndexOf(literal.AsSpan(), ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
            next = k < 0 ? int.MaxValue : start + k;
        }
        // An occurrence inside the block starts in it, and none starts between the searched place and 'next'.
        return next < _view.End(hit.Last);
    }

    private Match? MatchBlock(Regex regex, string? literal, bool ignoreCase, Hit hit, string field)
    {
        var (start, length) = RawRange(hit);
        if (literal is not null &&
            _text.AsSpan(start, length).IndexOf(literal.AsSpan(), ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) < 0)
        {
            return null;
        }
        var m = Run(regex, start, length, field, hit);
        return m is { Success: true } ? m : null;
    }

    /// <summary>
    /// Runs one match. Non-backtracking patterns just run (linear, deterministic). Backtracking ones run under the
    /// parse's shared time budget (<see cref="SchemaRegex.ParseBudget"/>): each one's time is charged to it, and once it
    /// is spent the rest are not run (AM3005, once per parse). Null when the match was not run or timed out.
    /// </summary>
    private Match? Run(Regex regex, int start, int length, string field, Hit hit)
    {
        if (!SchemaRegex.IsBacktracking(regex)) return regex.Match(_text, start, length);
        if (_budgetTicks <= 0)
        {
            if (!_budgetReported)
            {
                _budgetReported = true;
                Report(new ArticleDiagnostic(DiagnosticIds.ParseTimeBudgetExhausted, DiagnosticSeverity.Warning,
                    $"field '{field}': the parse's time budget for backtracking patterns ({SchemaRegex.ParseBudget.TotalSeconds:0.#} s) is used up; this and later backtracking patterns of the parse were not run",
                    Span(hit), field));
            }
            return null;
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return regex.Match(_text, start, length);
        }
        catch (RegexMatchTimeoutException)
        {
            ReportTimeout(field, hit);
            return null;
        }
        finally
        {
            _budgetTicks -= System.Diagnostics.Stopwatch.GetTimestamp() - started;
        }
    }

    private (int Start, int Length) RawRange(Hit hit)
    {
        var start = _view.Start(hit.First);
        return (start, _view.End(hit.Last) - start);
    }

    private void ReportTimeout(string field, Hit hit) =>
        Report(new ArticleDiagnostic(DiagnosticIds.RegexTimeout, DiagnosticSeverity.Warning,
            $"field '{field}': the pattern ran longer than {SchemaRegex.MatchTimeout.TotalSeconds:0.#} s on this block and was abandoned (it needs the backtracking engine; see AM0142)", Span(hit), field));
}
