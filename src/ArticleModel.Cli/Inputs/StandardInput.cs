using System;
using System.Globalization;
using System.IO;

namespace ArticleModel.Cli;

/// <summary>
/// Opens standard input for '-', refusing one the tool would wait on for ever: when the tool is started with standard
/// input closed (<c>&lt;&amp;-</c>), descriptor 0 is free, and the .NET runtime's own start-up pipe lands on it, so reading
/// it waits for the runtime to write (it never does) and <c>parse -</c> or <c>parse --jsonl</c> hung.
/// </summary>
internal static class StandardInput
{
    /// <summary>The message of the <see cref="IOException"/> <see cref="Open"/> throws for a closed standard input.</summary>
    public const string ClosedMessage = "standard input is closed (descriptor 0 is a pipe this process itself holds the writing end of)";

    /// <summary>Standard input as a stream; an <see cref="IOException"/> when it is the process's own pipe.</summary>
    public static Stream Open()
    {
        if (IsOwnPipe()) throw new IOException(ClosedMessage);
        return Console.OpenStandardInput();
    }

    // Linux only (/proc): descriptor 0 is a pipe and another descriptor of this process holds that pipe's writing end.
    // A pipe from a shell or a parent process has its writing end in that process, never in this one.
    private static bool IsOwnPipe()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            var target = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (target is null || !target.StartsWith("pipe:", StringComparison.Ordinal)) return false;
            foreach (var path in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
            {
                var name = Path.GetFileName(path);
                if (name == "0" || new FileInfo(path).LinkTarget != target) continue;
                if (WritesTo(name)) return true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // No /proc to look at: read standard input as given.
        }
        return false;
    }

    // The descriptor's open flags (octal in /proc/self/fdinfo) include write access (O_WRONLY or O_RDWR).
    private static bool WritesTo(string descriptor)
    {
        foreach (var line in File.ReadLines("/proc/self/fdinfo/" + descriptor))
        {
            if (!line.StartsWith("flags:", StringComparison.Ordinal)) continue;
            var flags = Convert.ToInt32(line.Substring("flags:".Length).Trim(), 8);
            return (flags & 3) != 0;
        }
        return false;
    }
}
