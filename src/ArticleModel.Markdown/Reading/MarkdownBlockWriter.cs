using System;
using System.Collections.Generic;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArticleModel.Markdown.Reading;

/// <summary>
/// Writes a Markdig syntax tree onto an <see cref="ArticleDocumentBuilder"/>: one document block per paragraph,
/// heading, list item paragraph, block-quote paragraph, code block and front matter, each line's text the rendered
/// plain text (no emphasis marks, link text without its URL, entities decoded) mapped to where it came from.
/// </summary>
/// <remarks>
/// The block tree is walked with an explicit stack and the inline tree by its parent and sibling links, so no depth
/// costs call stack: Markdig caps the nesting of blocks and links at <see cref="MarkdownReader.MaxNestingDepth"/>
/// (deeper input never gets here: it is read as plain text), but not the nesting of emphasis.
/// A soft line break renders as a space (as a browser shows it), a hard one ends the line.
/// </remarks>
internal sealed class MarkdownBlockWriter
{
    private readonly string _source;
    private readonly ArticleDocumentBuilder _builder;
    private int _quotations;
    private IReadOnlyDictionary<string, string>? _quotation;

    public MarkdownBlockWriter(string source, ArticleDocumentBuilder builder)
    {
        _source = source;
        _builder = builder;
    }

    /// <summary>The front matter's lines (ranges of the source), if the file has front matter.</summary>
    public List<(int Start, int Length)>? FrontMatterLines { get; private set; }

    /// <summary>
    /// The attribute every block-quote block carries: the ordinal of its outermost quotation ("1", "2"…), so that two
    /// quotations one after the other are told apart (quotes are read per quotation).
    /// </summary>
    public const string QuotationAttribute = "quotation";

    // What a paragraph inside a container is: the innermost quote or list decides, with its depth.
    private readonly struct Frame
    {
        public Frame(Block block, BlockKind kind, int quoteDepth, int listDepth)
        {
            Block = block;
            Kind = kind;
            QuoteDepth = quoteDepth;
            ListDepth = listDepth;
        }

        public Block Block { get; }
        public BlockKind Kind { get; }
        public int QuoteDepth { get; }
        public int ListDepth { get; }
    }

    public void Write(MarkdownDocument document)
    {
        var stack = new Stack<Frame>();
        Push(stack, document, BlockKind.Paragraph, 0, 0);
        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            switch (frame.Block)
            {
                case YamlFrontMatterBlock yaml:
                    WriteFrontMatter(yaml);
                    break;
                case QuoteBlock quote:
                    if (frame.QuoteDepth == 0)
                    {
                        _quotations++;
                        _quotation = new Dictionary<string, string>(1) { [QuotationAttribute] = _quotations.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                    }
                    Push(stack, quote, BlockKind.BlockQuote, frame.QuoteDepth + 1, frame.ListDepth);
                    break;
                case ListBlock list:
                    Push(stack, list, BlockKind.ListItem, frame.QuoteDepth, frame.ListDepth + 1);
                    break;
                case ContainerBlock container:
                    Push(stack, container, frame.Kind, frame.QuoteDepth, frame.ListDepth);
                    break;
                case HeadingBlock heading:
                    WriteInlines(heading.Inline);
                    _builder.EndBlock(BlockKind.Heading, heading.Level);
                    break;
                case CodeBlock code:
                    WriteLines(code);
                    _builder.EndBlock(BlockKind.Preformatted);
                    break;
                case ParagraphBlock paragraph:
                    WriteInlines(paragraph.Inline);
                    var level = frame.Kind switch
                    {
                        BlockKind.BlockQuote => frame.QuoteDepth,
                        BlockKind.ListItem => frame.ListDepth,
                        _ => 0,
                    };
                    _builder.EndBlock(frame.Kind, level, attributes: frame.Kind == BlockKind.BlockQuote ? _quotation : null);
                    break;
                // HTML blocks, thematic breaks, link reference definitions: no article text.
            }
        }
    }

    // Children are pushed last-first so they pop in document order.
    private static void Push(Stack<Frame> stack, ContainerBlock container, BlockKind kind, int quoteDepth, int listDepth)
    {
        for (var i = container.Count - 1; i >= 0; i--) stack.Push(new Frame(container[i], kind, quoteDepth, listDepth));
    }

    private void WriteFrontMatter(YamlFrontMatterBlock yaml)
    {
        var lines = new List<(int Start, int Length)>(yaml.Lines.Count);
        for (var i = 0; i < yaml.Lines.Count; i++)
        {
            var slice = yaml.Lines.Lines[i].Slice;
            if (!InSource(slice.Start, slice.Length)) continue;
            lines.Add((slice.Start, slice.Length));
            if (slice.Length > 0) _builder.AppendSource(slice.Start, slice.Length);
            _builder.EndLine();
        }
        FrontMatterLines = lines;
        _builder.EndBlock(BlockKind.FrontMatter);
    }

    // A code block's lines, verbatim (indented code keeps its text, not its four-space indent).
    private void WriteLines(LeafBlock block)
    {
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var slice = block.Lines.Lines[i].Slice;
            if (slice.Length > 0 && InSource(slice.Start, slice.Length))
            {
                // Markdig hands out the source's own characters except where it expanded a tab: then map as one piece.
                _builder.Append(slice.Text.AsSpan(slice.Start, slice.Length), slice.Start, slice.Length);
            }
            _builder.EndLine();
        }
    }

    // Depth-first over the inline tree without recursion: Markdig caps the nesting of links and blocks but not of
    // emphasis ('*' x 100,000, then 'x', then '*' x 100,000 is 50,000 nested emphasis inlines), so a recursive walk
    // could overflow the stack.
    private void WriteInlines(ContainerInline? container)
    {
        if (container is null) return;
        var inline = container.FirstChild;
        while (inline is not null)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Append(literal.Content.Text, literal.Content.Start, literal.Content.Length, literal.Span);
                    break;
                case CodeInline code:
                    {
                        // The content between the backtick runs (Markdig trims one space each side: then it maps as one piece).
                        var inner = new Markdig.Syntax.SourceSpan(code.Span.Start + code.DelimiterCount, code.Span.End - code.DelimiterCount);
                        Append(code.Content, 0, code.Content.Length, inner.End >= inner.Start ? inner : code.Span);
                    }
                    break;
                case HtmlEntityInline entity:
                    Append(entity.Transcoded.Text, entity.Transcoded.Start, entity.Transcoded.Length, entity.Span);
                    break;
                case AutolinkInline autolink:
                    Append(autolink.Url, 0, autolink.Url.Length, autolink.Span);
                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard) _builder.EndLine();
                    else Append(" ", 0, 1, lineBreak.Span);
                    break;
                case LinkInline { IsImage: true }:
                    break; // an image's description is not article text
                case ContainerInline { FirstChild: { } child }:
                    inline = child; // emphasis, link text, unmatched delimiters: their children next
                    continue;
                // Raw HTML inlines: markup, not text.
            }

            // On to the next sibling, or up to the first ancestor below 'container' that has one.
            while (inline.NextSibling is null)
            {
                var parent = inline.Parent;
                if (parent is null || ReferenceEquals(parent, container)) return;
                inline = parent;
            }
            inline = inline.NextSibling;
        }
    }

    // Appends text read from the source range 'span' (Markdig spans are inclusive); with no known range it maps to the text before it.
    private void Append(string? text, int start, int length, Markdig.Syntax.SourceSpan span)
    {
        if (text is null || length <= 0 || start < 0 || start > text.Length - length) return;
        var piece = text.AsSpan(start, length);
        var sourceLength = span.End - span.Start + 1;
        if (span.Start >= 0 && sourceLength > 0 && InSource(span.Start, sourceLength)) _builder.Append(piece, span.Start, sourceLength);
        else _builder.AppendSynthetic(piece);
    }

    private bool InSource(int start, int length) => start >= 0 && length >= 0 && start <= _source.Length - length;
}
