using System;
using System.IO;

namespace ArticleModel.Cli;

/// <summary>
/// Chooses plain text, HTML or Markdown for <c>--format auto</c>: first by the file's extension (<c>.html</c>,
/// <c>.htm</c>, <c>.xhtml</c> are HTML; <c>.md</c>, <c>.markdown</c> Markdown; <c>.txt</c>, <c>.text</c> text), then
/// by sniffing the first bytes. HTML the way the WHATWG MIME Sniffing Standard recognises it ("identifying a resource
/// with an unknown MIME type"): after a byte-order mark and leading white space, a case-insensitive
/// <c>&lt;!DOCTYPE HTML</c>, <c>&lt;html</c>, <c>&lt;head</c>, <c>&lt;body</c>, <c>&lt;p</c>, <c>&lt;div</c>… or
/// <c>&lt;!--</c>, followed by a space or <c>&gt;</c>. Markdown only by YAML front matter (<see cref="IsFrontMatter"/>),
/// which plain text never starts with: Markdown without front matter reads as plain text under <c>auto</c>, because
/// nothing else a Markdown file starts with (a <c>#</c> line, <c>*</c> emphasis) is safe to tell from text. Anything
/// else is text.
/// </summary>
internal static class FormatDetector
{
    /// <summary>How many bytes are looked at (the standard's resource header is 1,445 bytes; leading white space counts).</summary>
    public const int SniffLength = 1445;

    // The standard's table of HTML patterns (each followed by a tag-terminating byte: space or '>').
    private static readonly string[] s_tags =
    {
        "<!doctype html", "<html", "<head", "<script", "<iframe", "<h1", "<div", "<font", "<table", "<a", "<style",
        "<title", "<b", "<body", "<br", "<p", "<!--",
    };

    /// <summary>The format an extension names, or <see cref="InputFormat.Auto"/> when it names none (or there is no path).</summary>
    public static InputFormat FromExtension(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "-") return InputFormat.Auto;
        var extension = Path.GetExtension(path);
        if (extension.Equals(".html", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".xhtml", StringComparison.OrdinalIgnoreCase)) return InputFormat.Html;
        if (extension.Equals(".txt", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".text", StringComparison.OrdinalIgnoreCase)) return InputFormat.Text;
        if (extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)) return InputFormat.Markdown;
        return InputFormat.Auto;
    }

    /// <summary>Html when the bytes start like an HTML page, Markdown when they start with YAML front matter (see the type's remarks), else Text.</summary>
    public static InputFormat Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > SniffLength) bytes = bytes.Slice(0, SniffLength);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes.Slice(3);
        else if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            return SniffUtf16(bytes.Slice(2), littleEndian: bytes[0] == 0xFF);
        var i = 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f') i++;
        if (StartsWithTag(bytes.Slice(i))) return InputFormat.Html;
        return IsFrontMatter(bytes) ? InputFormat.Markdown : InputFormat.Text;
    }

    /// <summary>
    /// Whether the bytes (after a byte-order mark, nothing before it) start with YAML front matter as Markdown tools
    /// write it: a first line of exactly <c>---</c>, then at least one <c>key: value</c> line (a key of letters, digits,
    /// <c>_</c> or <c>-</c> starting with a letter), then a closing <c>---</c> or <c>...</c> line, all within the first
    /// <see cref="SniffLength"/> bytes. A text that starts with a <c>---</c> rule is not enough: the key line and the
    /// closing line are both needed.
    /// </summary>
    internal static bool IsFrontMatter(ReadOnlySpan<byte> bytes)
    {
        var line = 0;
        var keys = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var end = i;
            while (end < bytes.Length && bytes[end] is not (byte)'\n' and not (byte)'\r') end++;
            if (end == bytes.Length) return false; // the window ends inside this line: no closing line seen
            var text = bytes.Slice(i, end - i);
            while (text.Length > 0 && text[text.Length - 1] is (byte)' ' or (byte)'\t') text = text.Slice(0, text.Length - 1);
            if (line == 0)
            {
                if (!IsDashes(text)) return false;
            }
            else if (IsDashes(text) || (text.Length == 3 && text[0] == '.' && text[1] == '.' && text[2] == '.'))
            {
                return keys > 0;
            }
            else if (IsKeyLine(text))
            {
                keys++;
            }
            else if (text.Length > 0 && text[0] is not (byte)' ' and not (byte)'\t' and not (byte)'-' and not (byte)'#')
            {
                return false; // not YAML as front matter writes it
            }
            line++;
            i = end + (bytes[end] == '\r' && end + 1 < bytes.Length && bytes[end + 1] == '\n' ? 2 : 1);
        }
        return false;
    }

    private static bool IsDashes(ReadOnlySpan<byte> text) => text.Length == 3 && text[0] == '-' && text[1] == '-' && text[2] == '-';

    // 'key:' or 'key: value' at the start of the line.
    private static bool IsKeyLine(ReadOnlySpan<byte> text)
    {
        if (text.Length < 2 || !IsLetter(text[0])) return false;
        var k = 1;
        while (k < text.Length && (IsLetter(text[k]) || text[k] is >= (byte)'0' and <= (byte)'9' or (byte)'_' or (byte)'-')) k++;
        return k < text.Length && text[k] == ':' && (k + 1 == text.Length || text[k + 1] is (byte)' ' or (byte)'\t');
    }

    private static bool IsLetter(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';

    /// <summary>The format for one input: <paramref name="requested"/> unless it is Auto; then the extension; then the content.</summary>
    public static InputFormat Resolve(InputFormat requested, string? path, ReadOnlySpan<byte> bytes)
    {
        if (requested != InputFormat.Auto) return requested;
        var byExtension = FromExtension(path);
        return byExtension != InputFormat.Auto ? byExtension : Sniff(bytes);
    }

    /// <summary>The format for decoded text (a JSON Lines record's <c>text</c>): <paramref name="requested"/> unless Auto, then the content.</summary>
    public static InputFormat Resolve(InputFormat requested, string text)
    {
        if (requested != InputFormat.Auto) return requested;
        var length = Math.Min(text.Length, SniffLength);
        var ascii = new byte[length];
        for (var i = 0; i < length; i++) ascii[i] = text[i] < 0x80 ? (byte)text[i] : (byte)0x80;
        return Sniff(ascii.AsSpan(text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0));
    }

    private static InputFormat SniffUtf16(ReadOnlySpan<byte> bytes, bool littleEndian)
    {
        // Narrow the ASCII range of UTF-16 code units to bytes; anything else becomes 0x80, which no pattern holds.
        var count = Math.Min(bytes.Length / 2, SniffLength);
        var narrow = new byte[count];
        for (var i = 0; i < count; i++)
        {
            var unit = littleEndian ? bytes[2 * i] | (bytes[2 * i + 1] << 8) : (bytes[2 * i] << 8) | bytes[2 * i + 1];
            narrow[i] = unit < 0x80 ? (byte)unit : (byte)0x80;
        }
        return Sniff(narrow);
    }

    private static bool StartsWithTag(ReadOnlySpan<byte> bytes)
    {
        foreach (var tag in s_tags)
        {
            if (bytes.Length <= tag.Length) continue; // the terminating byte must be there too
            var match = true;
            for (var i = 0; i < tag.Length && match; i++)
            {
                var b = bytes[i];
                if (b is >= (byte)'A' and <= (byte)'Z') b = (byte)(b + 32);
                match = b == tag[i];
            }
            if (match && bytes[tag.Length] is (byte)' ' or (byte)'>' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f') return true;
        }
        return false;
    }
}
