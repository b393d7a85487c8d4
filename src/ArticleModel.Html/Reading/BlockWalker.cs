using System;
using System.Collections.Generic;
using AngleSharp.Dom;

namespace ArticleModel.Html.Reading;

/// <summary>
/// Walks a parsed page in document order — iteratively, with an explicit stack, so no nesting depth can overflow the
/// call stack — and writes its text into an <see cref="ArticleDocumentBuilder"/>: block-level elements become blocks,
/// inline elements join their block's text, <c>&lt;br&gt;</c> ends a line, scripts, styles and the head are not text,
/// and white space collapses as browsers render it (kept inside <c>&lt;pre&gt;</c>). Records which document text
/// every element produced.
/// </summary>
internal sealed class BlockWalker
{
    private readonly ArticleDocumentBuilder _builder;
    private readonly TextAligner _aligner;
    private readonly string _source;
    private readonly ElementTextRanges _ranges = new();
    private readonly List<IElement> _blocks = new();
    // Each entered (not yet left) element's start-tag offset and where its text starts; its range is recorded on
    // leaving, only when it made text.
    private readonly Stack<(int Offset, int TextStart)> _open = new();
    private int _lastElementStart;
    private int _cursor;
    private int _preDepth;
    private bool _lineHasText;
    private bool _pendingSpace;
    private int _spaceStart;
    private int _spaceEnd;

    /// <param name="builder">Receives the text; it copies verbatim runs from the page as given.</param>
    /// <param name="source">The page as parsed: the input with its too-deep start tags blanked (same offsets). Text
    /// is aligned against it, not the input, since a blanked tag became white space the input does not have there.</param>
    internal BlockWalker(ArticleDocumentBuilder builder, string source)
    {
        _builder = builder;
        _source = source;
        _aligner = new TextAligner(source);
    }

    internal ElementTextRanges Ranges => _ranges;

    internal void Walk(IElement root)
    {
        // One frame per open element (its next child), not one stack entry per pending node: a wide element's children
        // are read one at a time by index instead of all pushed at once.
        if (!Enter(root)) return;
        var open = new List<(IElement Element, INodeList Children, int Next)> { (root, root.ChildNodes, 0) };
        while (open.Count > 0)
        {
            var top = open.Count - 1;
            var (element, children, next) = open[top];
            // By index: AngleSharp's NextSibling searches the parent's child list, quadratic for wide elements.
            if (next >= children.Length)
            {
                open.RemoveAt(top);
                Leave(element);
                continue;
            }
            open[top] = (element, children, next + 1);
            var node = children[next];
            if (node is IElement child)
            {
                if (Enter(child)) open.Add((child, child.ChildNodes, 0));
            }
            else if (node is IText text)
            {
                Text(text.Data);
            }
        }
    }

    // False when the element's content is not text.
    private bool Enter(IElement element)
    {
        var start = StartOf(element);
        if (start >= 0) _lastElementStart = start;
        var name = element.LocalName;
        if (HtmlElements.IsSkipped(name) || (element.Attributes.Length > 0 && element.HasAttribute("hidden"))) return false;
        if (name == "br")
        {
            EndLine();
            return false;
        }
        if (HtmlElements.IsBlock(name))
        {
            EndBlock();
            _blocks.Add(element);
            if (name is "pre" or "listing" or "xmp" or "plaintext") _preDepth++;
        }
        _open.Push((start, _builder.TextLength));
        return true;
    }

    private void Leave(IElement element)
    {
        var name = element.LocalName;
        if (HtmlElements.IsBlock(name))
        {
            EndBlock();
            _blocks.RemoveAt(_blocks.Count - 1);
            if (name is "pre" or "listing" or "xmp" or "plaintext") _preDepth--;
        }
        var (offset, start) = _open.Pop();
        var end = _builder.TextLength;
        if (end > start) _ranges.Add(element, offset, new ElementTextRange(start, end));
    }

    /// <summary>Source offset of an element's start tag, or -1 (AngleSharp positions are 1-based).</summary>
    internal static int StartOf(IElement element)
    {
        var reference = element.SourceReference;
        return reference is null ? -1 : reference.Position.Position - 1;
    }

    private void Text(string data)
    {
        if (data.Length == 0) return;
        var from = Math.Max(_cursor, _lastElementStart);
        // Aligned as the loop asks, a window at a time (the aligner's order rule: never more than one character back).
        var aligner = _aligner;
        aligner.Begin(data, from);
        var i = 0;
        while (i < data.Length)
        {
            var c = data[i];
            if (_preDepth > 0 && c == '\n')
            {
                EndLine();
                i++;
                continue;
            }
            if (_preDepth == 0 && TextAligner.IsSpace(c))
            {
                var runStart = i;
                if (_lineHasText && !_pendingSpace) _spaceStart = aligner.StartOf(runStart);
                while (i < data.Length && TextAligner.IsSpace(data[i])) i++;
                if (_lineHasText)
                {
                    _pendingSpace = true;
                    _spaceEnd = Math.Max(aligner.EndOf(i - 1), _spaceStart);
                }
                continue;
            }
            if (_pendingSpace)
            {
                _builder.Append(" ".AsSpan(), _spaceStart, _spaceEnd - _spaceStart);
                _pendingSpace = false;
            }
            // One run of characters that map alike: a verbatim copy, or one decoded unit.
            var j = i + 1;
            var start = aligner.StartOf(i);
            var end = aligner.EndOf(i);
            var isCopy = end - start == 1 && _source[start] == c;
            while (j < data.Length && Continues(data, j, isCopy)) j++;
            if (isCopy) _builder.AppendSource(start, j - i);
            else _builder.Append(data.AsSpan(i, j - i), start, end - start);
            _lineHasText = true;
            i = j;
        }
        _cursor = aligner.Finish();
    }

    private bool Continues(string data, int j, bool isCopy)
    {
        var c = data[j];
        if (_preDepth == 0 ? TextAligner.IsSpace(c) : c == '\n') return false;
        var start = _aligner.StartOf(j);
        var end = _aligner.EndOf(j);
        if (isCopy) return start == _aligner.EndOf(j - 1) && end - start == 1 && _source[start] == c;
        return start == _aligner.StartOf(j - 1) && end == _aligner.EndOf(j - 1);
    }

    private void EndLine()
    {
        _builder.EndLine();
        _lineHasText = false;
        _pendingSpace = false;
    }

    // Ends the text run of the innermost open block element.
    private void EndBlock()
    {
        _lineHasText = false;
        _pendingSpace = false;
        if (!_builder.HasBlockText)
        {
            _builder.EndLine();
            return;
        }
        if (_blocks.Count == 0)
        {
            _builder.EndBlock(BlockKind.Paragraph);
            return;
        }
        var inner = _blocks[_blocks.Count - 1];
        var kind = HtmlElements.KindOf(inner.LocalName, out var level);
        if (kind is BlockKind.Paragraph or BlockKind.Other)
        {
            // A paragraph inside a list item, quotation or cell is part of it.
            for (var k = _blocks.Count - 2; k >= 0; k--)
            {
                var outer = HtmlElements.KindOf(_blocks[k].LocalName, out _);
                if (outer is BlockKind.ListItem or BlockKind.BlockQuote or BlockKind.TableCell or BlockKind.Caption)
                {
                    kind = outer;
                    break;
                }
            }
        }
        if (kind == BlockKind.ListItem) level = Count("ul", "ol", "menu");
        else if (kind == BlockKind.BlockQuote) level = Count("blockquote", "blockquote", "blockquote");
        _builder.EndBlock(kind, level, inner.LocalName, AttributesOf(inner));
    }

    private int Count(string a, string b, string c)
    {
        var n = 0;
        foreach (var e in _blocks)
        {
            var name = e.LocalName;
            if (name == a || name == b || name == c) n++;
        }
        return n;
    }

    private static IReadOnlyDictionary<string, string>? AttributesOf(IElement element)
    {
        var attributes = element.Attributes;
        if (attributes.Length == 0) return null;
        var map = new Dictionary<string, string>(attributes.Length, StringComparer.Ordinal);
        foreach (var attribute in attributes)
        {
            var name = attribute.Name.ToLowerInvariant();
            if (!map.ContainsKey(name)) map[name] = attribute.Value;
        }
        return map;
    }
}
