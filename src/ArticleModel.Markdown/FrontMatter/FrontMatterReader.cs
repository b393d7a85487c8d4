using System;
using System.Collections.Generic;
using System.Text;

namespace ArticleModel.Markdown;

/// <summary>
/// Reads the keys and values of YAML front matter — the subset articles use: nested block mappings (<c>author:</c> then
/// indented keys), block lists (<c>- item</c>) and lists of mappings (<c>- name: …</c>), flow lists (<c>[a, b]</c>),
/// plain, single- and double-quoted scalars, block scalars (<c>|</c>, <c>&gt;</c>) and comments.
/// </summary>
/// <remarks>
/// Why not a YAML library: front matter is a flat or shallow list of keys, and what the locators need is each value's
/// exact place in the file (for spans), which a line reader gives directly. This one is one pass over the lines with
/// no recursion, its nesting is capped (<see cref="MaxDepth"/>), it resolves no aliases (so no alias bomb can expand)
/// and it never throws: a line it cannot read is skipped and counted (AM3017). Tags (<c>!!str</c>) and anchors
/// (<c>&amp;a</c>) before a value are skipped; an alias (<c>*a</c>) is read as its text.
/// </remarks>
internal sealed class FrontMatterReader
{
    /// <summary>The deepest nesting of mappings and lists read; deeper lines are skipped as unreadable.</summary>
    public const int MaxDepth = 32;

    private readonly string _source;
    private readonly IReadOnlyList<(int Start, int Length)> _lines;
    private readonly Dictionary<string, List<FrontMatterValue>> _values = new(StringComparer.Ordinal);
    private readonly List<string> _keys = new();
    private readonly List<Container> _stack = new();

    private FrontMatterReader(string source, IReadOnlyList<(int Start, int Length)> lines)
    {
        _source = source;
        _lines = lines;
    }

    /// <summary>Offset of the first line that could not be read, or -1.</summary>
    public int FirstUnreadable { get; private set; } = -1;

    /// <summary>How many lines could not be read.</summary>
    public int UnreadableCount { get; private set; }

    /// <summary>Reads the front matter lines (ranges of <paramref name="source"/>, without the <c>---</c> delimiters).</summary>
    public static FrontMatterReader Read(string source, IReadOnlyList<(int Start, int Length)> lines)
    {
        var reader = new FrontMatterReader(source, lines);
        reader.ReadAll();
        return reader;
    }

    /// <summary>What was read.</summary>
    public FrontMatterData Data => _keys.Count == 0 ? FrontMatterData.Empty : new FrontMatterData(_values, _keys);

    // A mapping key whose value is on the lines below (Key), or the mapping of one list item (Item: '- name: x').
    private readonly struct Container
    {
        public Container(int indent, string path, bool item)
        {
            Indent = indent;
            Path = path;
            Item = item;
        }

        public int Indent { get; }
        public string Path { get; }
        public bool Item { get; }
    }

    private void ReadAll()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            var (start, length) = _lines[i];
            var end = start + length;
            var indent = 0;
            while (start + indent < end && _source[start + indent] == ' ') indent++;
            var content = start + indent;
            var contentEnd = TrimEnd(content, end);
            if (content >= contentEnd || _source[content] == '#') continue;

            var dash = IsDash(content, contentEnd);
            // Leave the containers this line is not inside: a key's block holds deeper lines and, for a list, '- '
            // lines at the key's own indent; a list item's mapping holds the lines deeper than its dash.
            while (_stack.Count > 0)
            {
                var top = _stack[_stack.Count - 1];
                var inside = top.Item ? indent > top.Indent : indent > top.Indent || (dash && indent == top.Indent);
                if (inside) break;
                _stack.RemoveAt(_stack.Count - 1);
            }
            if (_stack.Count >= MaxDepth)
            {
                Unreadable(start);
                continue;
            }

            if (dash)
            {
                if (_stack.Count == 0 || _stack[_stack.Count - 1].Item)
                {
                    Unreadable(start);
                    continue;
                }
                var listPath = _stack[_stack.Count - 1].Path;
                var itemStart = SkipSpaces(content + 1, contentEnd);
                if (itemStart >= contentEnd)
                {
                    continue; // '-' alone: an empty or nested item; nested lists are read as more values of the key
                }
                if (TryKey(itemStart, contentEnd, out var itemKey, out var itemValueStart))
                {
                    // '- name: x': a list of mappings; its keys' values are values of 'list.name'.
                    _stack.Add(new Container(indent, listPath, item: true));
                    i = ReadKeyValue(i, itemStart - start, listPath + "." + itemKey, itemValueStart, contentEnd);
                    continue;
                }
                i = ReadValue(i, indent, listPath, itemStart, contentEnd);
                continue;
            }

            if (!TryKey(content, contentEnd, out var key, out var valueStart))
            {
                Unreadable(start);
                continue;
            }
            var path = _stack.Count == 0 ? key : _stack[_stack.Count - 1].Path + "." + key;
            i = ReadKeyValue(i, indent, path, valueStart, contentEnd);
        }
    }

    // A key's value: on its line, or (empty) on the lines below, where it becomes a container.
    private int ReadKeyValue(int line, int indent, string path, int valueStart, int contentEnd)
    {
        valueStart = SkipSpaces(valueStart, contentEnd);
        if (valueStart >= contentEnd || _source[valueStart] == '#')
        {
            _stack.Add(new Container(indent, path, item: false));
            return line;
        }
        return ReadValue(line, indent, path, valueStart, contentEnd);
    }

    // A value that starts on this line: a block scalar, a flow list, a quoted or a plain scalar. Returns the last line it used.
    private int ReadValue(int line, int indent, string path, int start, int end)
    {
        start = SkipProperties(start, end);
        if (start >= end) return line;
        var c = _source[start];
        if (c is '|' or '>') return ReadBlockScalar(line, indent, path, folded: c == '>');
        if (c == '[') return ReadFlowList(line, path, start, end);
        if (c == '{')
        {
            Unreadable(_lines[line].Start);
            return line;
        }
        if (c is '"' or '\'')
        {
            if (!TryQuoted(start, end, out var text, out var close))
            {
                Unreadable(_lines[line].Start);
                return line;
            }
            Add(path, new FrontMatterValue(text, start, close - start));
            return line;
        }
        // A plain scalar ends at ' #'; lines indented deeper than its key continue it.
        var valueEnd = PlainEnd(start, end);
        var sb = new StringBuilder().Append(_source, start, valueEnd - start);
        var last = line;
        var sourceEnd = valueEnd;
        while (last + 1 < _lines.Count)
        {
            var (nextStart, nextLength) = _lines[last + 1];
            var nextEnd = nextStart + nextLength;
            var n = nextStart;
            while (n < nextEnd && _source[n] == ' ') n++;
            var nextContentEnd = TrimEnd(n, nextEnd);
            if (n >= nextContentEnd || n - nextStart <= indent || _source[n] == '#') break;
            var pieceEnd = PlainEnd(n, nextContentEnd);
            sb.Append(' ').Append(_source, n, pieceEnd - n);
            sourceEnd = pieceEnd;
            last++;
        }
        var value = sb.ToString();
        if (!IsNull(value)) Add(path, new FrontMatterValue(value, start, sourceEnd - start));
        return last;
    }

    // '|' or '>': the lines indented deeper than the key, joined (their line breaks are white space to the locators).
    private int ReadBlockScalar(int line, int indent, string path, bool folded)
    {
        var sb = new StringBuilder();
        int first = -1, lastEnd = -1, last = line;
        while (last + 1 < _lines.Count)
        {
            var (s, l) = _lines[last + 1];
            var e = s + l;
            var n = s;
            while (n < e && _source[n] == ' ') n++;
            var ce = TrimEnd(n, e);
            if (n < ce && n - s <= indent) break;
            last++;
            if (n >= ce) continue;
            if (first < 0) first = n;
            else sb.Append(folded ? ' ' : '\n');
            sb.Append(_source, n, ce - n);
            lastEnd = ce;
        }
        if (first >= 0) Add(path, new FrontMatterValue(sb.ToString(), first, lastEnd - first));
        return last;
    }

    // '[a, "b, c", d]' on one line: each item a value.
    private int ReadFlowList(int line, string path, int start, int end)
    {
        var items = new List<FrontMatterValue>();
        var i = start + 1;
        while (true)
        {
            i = SkipSpaces(i, end);
            if (i >= end)
            {
                Unreadable(_lines[line].Start); // not closed on its line
                return line;
            }
            var c = _source[i];
            if (c == ']') break;
            if (c is '[' or '{')
            {
                Unreadable(_lines[line].Start);
                return line;
            }
            if (c is '"' or '\'')
            {
                if (!TryQuoted(i, end, out var text, out var close))
                {
                    Unreadable(_lines[line].Start);
                    return line;
                }
                items.Add(new FrontMatterValue(text, i, close - i));
                i = SkipSpaces(close, end);
            }
            else
            {
                var itemEnd = i;
                while (itemEnd < end && _source[itemEnd] is not ',' and not ']') itemEnd++;
                var trimmed = TrimEnd(i, itemEnd);
                var text = _source.Substring(i, trimmed - i);
                if (!IsNull(text)) items.Add(new FrontMatterValue(text, i, trimmed - i));
                i = itemEnd;
            }
            if (i < end && _source[i] == ',') i++;
            else if (i >= end || _source[i] != ']')
            {
                Unreadable(_lines[line].Start);
                return line;
            }
        }
        foreach (var item in items) Add(path, item);
        return line;
    }

    // 'key:' or 'key: value' (also "quoted key": …); valueStart is just past the colon.
    private bool TryKey(int start, int end, out string key, out int valueStart)
    {
        key = string.Empty;
        valueStart = end;
        var c = _source[start];
        if (c is '"' or '\'')
        {
            if (!TryQuoted(start, end, out key, out var close)) return false;
            var colon = SkipSpaces(close, end);
            if (colon >= end || _source[colon] != ':' || (colon + 1 < end && _source[colon + 1] is not ' ' and not '\t')) return false;
            valueStart = colon + 1;
            return key.Length > 0;
        }
        if (c is '-' or '?' or '[' or '{' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`') return false;
        for (var i = start; i < end; i++)
        {
            if (_source[i] != ':' || (i + 1 < end && _source[i + 1] is not ' ' and not '\t')) continue;
            var keyEnd = TrimEnd(start, i);
            if (keyEnd == start) return false;
            key = _source.Substring(start, keyEnd - start);
            valueStart = i + 1;
            return true;
        }
        return false;
    }

    // A quoted scalar starting at 'start' and closed on the line: "…" with \-escapes, '…' with '' for a quote.
    private bool TryQuoted(int start, int end, out string text, out int close)
    {
        var quote = _source[start];
        var sb = new StringBuilder();
        for (var i = start + 1; i < end; i++)
        {
            var c = _source[i];
            if (quote == '\'' && c == '\'')
            {
                if (i + 1 < end && _source[i + 1] == '\'')
                {
                    sb.Append('\'');
                    i++;
                    continue;
                }
                text = sb.ToString();
                close = i + 1;
                return true;
            }
            if (quote == '"' && c == '"')
            {
                text = sb.ToString();
                close = i + 1;
                return true;
            }
            if (quote == '"' && c == '\\' && i + 1 < end)
            {
                i++;
                sb.Append(Unescape(ref i, end));
                continue;
            }
            sb.Append(c);
        }
        text = string.Empty;
        close = end;
        return false;
    }

    // The character(s) of a double-quoted escape at 'i' (the character after the backslash); 'i' ends on its last character.
    private string Unescape(ref int i, int end)
    {
        var c = _source[i];
        switch (c)
        {
            case 'n': return "\n";
            case 't': return "\t";
            case 'r': return "\r";
            case '0': return "\0";
            case '_': return "\u00A0";
            case 'N': return "\u0085";
            case 'u':
            case 'x':
            case 'U':
                {
                    var digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    if (i + digits < end && int.TryParse(_source.Substring(i + 1, digits), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code)
                        && code >= 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
                    {
                        i += digits;
                        return char.ConvertFromUtf32(code);
                    }
                    return "\\" + c;
                }
            default: return c.ToString(); // \" \\ \/ and the rest: the character itself
        }
    }

    // Skips a tag (!!str, !x) and an anchor (&a) before a value.
    private int SkipProperties(int start, int end)
    {
        while (start < end && _source[start] is '!' or '&')
        {
            var i = start;
            while (i < end && _source[i] != ' ') i++;
            start = SkipSpaces(i, end);
        }
        return start;
    }

    private int PlainEnd(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_source[i] == '#' && i > start && _source[i - 1] is ' ' or '\t') return TrimEnd(start, i);
        }
        return TrimEnd(start, end);
    }

    private bool IsDash(int content, int end) => _source[content] == '-' && (content + 1 >= end || _source[content + 1] is ' ' or '\t');

    private int SkipSpaces(int i, int end)
    {
        while (i < end && _source[i] is ' ' or '\t') i++;
        return i;
    }

    private int TrimEnd(int start, int end)
    {
        while (end > start && char.IsWhiteSpace(_source[end - 1])) end--;
        return end;
    }

    private static bool IsNull(string value) => value is "~" or "null" or "Null" or "NULL" || value.Length == 0;

    private void Add(string path, FrontMatterValue value)
    {
        if (!_values.TryGetValue(path, out var list))
        {
            list = new List<FrontMatterValue>(1);
            _values.Add(path, list);
            _keys.Add(path);
        }
        list.Add(value);
    }

    private void Unreadable(int offset)
    {
        if (UnreadableCount++ == 0) FirstUnreadable = offset;
    }
}
