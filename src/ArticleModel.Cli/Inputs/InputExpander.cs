using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace ArticleModel.Cli;

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
            if (!File.Exists(input) && !Directory.Exists(input)) throw new UsageException($"'{input}': no such file or folder");
        }
    }

    /// <summary>
    /// Files named on the command line in order (any kind: naming a pipe or device is asking to read it); folders walked
    /// recursively (files sorted by ordinal name, then sub-folders), keeping the files whose name (or, for a pattern with
    /// '/', relative path) matches <paramref name="glob"/>. In a folder, entries that are not regular files (named pipes,
    /// devices, sockets) are skipped with a warning — opening one could block forever — and a folder reached again
    /// through a symbolic link is skipped with a warning, so loops end.
    /// </summary>
    public static IEnumerable<InputItem> Expand(IReadOnlyList<string> inputs, string glob)
    {
        var matcher = Glob.Create(glob);
        foreach (var input in inputs)
        {
            if (input == "-" || !Directory.Exists(input))
            {
                yield return InputItem.File(input);
                continue;
            }
            var visited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in Walk(input, input, matcher, visited)) yield return item;
        }
    }

    private static IEnumerable<InputItem> Walk(string root, string folder, Regex matcher, HashSet<string> visited)
    {
        FileProbe.Probe(folder, out var identity);
        if (!visited.Add(identity))
        {
            yield return InputItem.Skipped(folder, "skipped: this folder was already visited (a symbolic link leads back to it)");
            yield break;
        }

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
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (file != folder && !matcher.IsMatch(relative)) continue;
            // Unknown (a broken link, a vanished file) is still yielded: reading it reports why it cannot be read.
            yield return FileProbe.Probe(file, out _) == FileKind.Special
                ? InputItem.Skipped(file, "skipped: not a regular file (a named pipe, socket or device)")
                : InputItem.File(file);
        }
        foreach (var sub in folders)
        {
            foreach (var item in Walk(root, sub, matcher, visited)) yield return item;
        }
    }
}
