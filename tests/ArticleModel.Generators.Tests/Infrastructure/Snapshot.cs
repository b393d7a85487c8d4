using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace ArticleModel.Generators.Tests.Infrastructure;

/// <summary>
/// Compares text with a checked-in baseline <c>Snapshots/NAME.verified.cs</c>. On a mismatch it writes
/// <c>NAME.received.cs</c> beside it and fails with a line diff. Set <c>ARTICLEMODEL_ACCEPT_SNAPSHOTS=1</c> to
/// write the received text as the new baseline instead.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "ARTICLEMODEL_ACCEPT_SNAPSHOTS";

    public static void Verify(string name, string actual)
    {
        var directory = Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "Snapshots");
        VerifyFile(Path.GetFullPath(Path.Combine(directory, name + ".verified.cs")), Path.GetFullPath(Path.Combine(directory, name + ".received.cs")),
            actual.Replace("\r\n", "\n"), AcceptVariable, "Snapshot " + name);
    }

    /// <summary>
    /// Compares <paramref name="actual"/> with the baseline file <paramref name="verified"/>: equal passes (and removes a
    /// stale <paramref name="received"/>); with <paramref name="acceptVariable"/> set to 1 the baseline is rewritten;
    /// otherwise <paramref name="received"/> is written and the test fails with a line diff. Shared with the public API
    /// baselines.
    /// </summary>
    public static void VerifyFile(string verified, string received, string actual, string acceptVariable, string what)
    {
        var accept = Environment.GetEnvironmentVariable(acceptVariable) is "1" or "true";
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
        if (accept)
        {
            File.WriteAllText(verified, actual);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        throw new XunitException(expected is null
            ? $"No baseline {verified}. The output was written to {received}; review it and run with {acceptVariable}=1 to accept it."
            : $"{what} differs from {verified} (received: {received}; review the diff and run with {acceptVariable}=1 to accept):\n{Diff(expected, actual)}");
    }

    // The baselines live in the source tree, found from this file's compile-time path.
    private static string ThisFile([CallerFilePath] string path = "") => path;

    /// <summary>A unified-style diff: only changed lines with two lines of context, numbered by the baseline.</summary>
    public static string Diff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged) continue;
            for (var c = Math.Max(0, i - 2); c <= Math.Min(lines.Count - 1, i + 2); c++) show[c] = true;
        }
        var sb = new StringBuilder();
        var gap = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!show[i])
            {
                gap = true;
                continue;
            }
            if (gap && sb.Length > 0) sb.Append("  ...\n");
            gap = false;
            Append(sb, lines[i]);
        }
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, DiffPiece line)
    {
        var prefix = line.Type switch
        {
            ChangeType.Inserted => "+ ",
            ChangeType.Deleted => "- ",
            _ => "  ",
        };
        sb.Append(prefix).Append(line.Position?.ToString().PadLeft(4) ?? "    ").Append(' ').Append(line.Text).Append('\n');
    }
}
