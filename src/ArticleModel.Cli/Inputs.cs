using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace ArticleModel.Cli;

/// <summary>One article to parse: a file, standard input, or a record of a JSON Lines stream.</summary>
internal sealed class InputItem
{
    private InputItem(string display, string? path, byte[]? bytes, string? failure)
    {
        Display = display;
        Path = path;
        Bytes = bytes;
        Failure = failure;
    }

    /// <summary>The name used in output (<c>path</c>) and diagnostics.</summary>
    public string Display { get; }

    /// <summary>The file to read ('-' for standard input), or null when the bytes are already here.</summary>
    public string? Path { get; }

    /// <summary>The bytes of a JSON Lines record.</summary>
    public byte[]? Bytes { get; }

    /// <summary>Why the input cannot be parsed (unreadable, too large), found before it reached a worker.</summary>
    public string? Failure { get; }

    public static InputItem File(string path) => new(path == "-" ? InputExpander.StdinName : path, path, null, null);

    public static InputItem Data(string display, byte[] bytes) => new(display, null, bytes, null);

    public static InputItem Failed(string display, string failure) => new(display, null, null, failure);
}

/// <summary>Expands the INPUT arguments into files, in a stable order, lazily.</summary>
internal static class InputExpander
{
    /// <summary>The name shown for standard input.</summary>
    public const string StdinName = "<stdin>";

    /// <summary>Checks that every INPUT exists (a usage error otherwise).</summary>
    public static void Validate(IReadOnlyList<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input == "-") continue;
            if (!System.IO.File.Exists(input) && !Directory.Exists(input)) throw new UsageException($"'{input}': no such file or folder");
        }
    }

    /// <summary>
    /// Files named on the command line in order; folders walked recursively (files sorted by ordinal name, then
    /// sub-folders), keeping the files whose name (or, for a pattern with '/', relative path) matches <paramref name="glob"/>.
    /// </summary>
    public static IEnumerable<string> Expand(IReadOnlyList<string> inputs, string glob)
    {
        var matcher = Glob.Create(glob);
        foreach (var input in inputs)
        {
            if (input == "-" || System.IO.File.Exists(input))
            {
                yield return input;
                continue;
            }
            foreach (var file in Walk(input, input, matcher)) yield return file;
        }
    }

    private static IEnumerable<string> Walk(string root, string folder, Regex matcher)
    {
        string[] files, folders;
        try
        {
            files = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder is reported as an unreadable input, and the batch goes on.
            files = new[] { folder };
            folders = Array.Empty<string>();
        }
        Array.Sort(files, StringComparer.Ordinal);
        Array.Sort(folders, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = System.IO.Path.GetRelativePath(root, file).Replace('\\', '/');
            if (file == folder || matcher.IsMatch(relative)) yield return file;
        }
        foreach (var sub in folders)
        {
            foreach (var file in Walk(root, sub, matcher)) yield return file;
        }
    }
}

/// <summary>A small glob: <c>*</c> and <c>?</c> within a name, <c>**</c> across folders, <c>{a,b}</c> alternatives.</summary>
internal static class Glob
{
    /// <summary>
    /// The regex for <paramref name="pattern"/>. Without a '/', it is matched against the file name in any folder;
    /// with one, against the path relative to the folder given as INPUT.
    /// </summary>
    public static Regex Create(string pattern)
    {
        if (string.IsNullOrEmpty(pattern)) pattern = "*";
        var sb = new StringBuilder("^");
        if (!pattern.Contains('/')) sb.Append("(?:.*/)?");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*':
                    if (i + 1 < pattern.Length && pattern[i + 1] == '*')
                    {
                        i++;
                        if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                        {
                            i++;
                            sb.Append("(?:.*/)?");
                        }
                        else
                        {
                            sb.Append(".*");
                        }
                    }
                    else
                    {
                        sb.Append("[^/]*");
                    }
                    break;
                case '?': sb.Append("[^/]"); break;
                case '{': sb.Append("(?:"); break;
                case '}': sb.Append(')'); break;
                case ',': sb.Append('|'); break;
                default: sb.Append(Regex.Escape(c.ToString())); break;
            }
        }
        sb.Append('$');
        try
        {
            return new Regex(sb.ToString(), RegexOptions.CultureInvariant);
        }
        catch (ArgumentException)
        {
            throw new UsageException($"'{pattern}' is not a valid --glob pattern");
        }
    }
}

/// <summary>Reads a stream line by line as bytes, with a cap per line so that one huge line cannot exhaust memory.</summary>
internal sealed class ByteLineReader
{
    private readonly Stream _stream;
    private readonly long _maxLine;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _pos;
    private int _len;
    private bool _eof;

    public ByteLineReader(Stream stream, long maxLine)
    {
        _stream = stream;
        _maxLine = maxLine;
    }

    /// <summary>
    /// The next line without its terminator ('\n', and a '\r' before it), or false at the end. When the line is longer
    /// than the cap, <paramref name="line"/> is null and <paramref name="length"/> is its length (the bytes are skipped).
    /// </summary>
    public bool TryReadLine(out byte[]? line, out long length)
    {
        var acc = new MemoryStream();
        length = 0;
        var oversized = false;
        while (true)
        {
            if (_pos == _len)
            {
                if (_eof || !Fill())
                {
                    if (length == 0)
                    {
                        line = null;
                        return false;
                    }
                    break;
                }
            }
            var span = _buffer.AsSpan(_pos, _len - _pos);
            var nl = span.IndexOf((byte)'\n');
            var take = nl < 0 ? span.Length : nl;
            length += take;
            if (!oversized)
            {
                if (length > _maxLine)
                {
                    oversized = true;
                    acc = new MemoryStream();
                }
                else
                {
                    acc.Write(span.Slice(0, take));
                }
            }
            _pos += take;
            if (nl >= 0)
            {
                _pos++; // the '\n'
                length++; // counts the terminator so that an empty line is still a line
                break;
            }
        }
        if (oversized)
        {
            line = null;
            return true;
        }
        var bytes = acc.ToArray();
        var n = bytes.Length;
        if (n > 0 && bytes[n - 1] == (byte)'\r') n--;
        line = n == bytes.Length ? bytes : bytes.AsSpan(0, n).ToArray();
        return true;
    }

    private bool Fill()
    {
        _pos = 0;
        _len = _stream.Read(_buffer, 0, _buffer.Length);
        if (_len == 0) _eof = true;
        return _len > 0;
    }
}
