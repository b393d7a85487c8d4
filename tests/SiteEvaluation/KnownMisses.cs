using System.Collections.Generic;
using System.IO;

namespace SiteEvaluation;

/// <summary>
/// <c>known-misses.tsv</c>: <c>page TAB field TAB reason</c> for asserted values a schema cannot meet, so the report
/// gives each remaining miss its reason. Lines starting with '#' are comments.
/// </summary>
internal sealed class KnownMisses
{
    private readonly Dictionary<(string Page, string Field), string> _reasons;

    private KnownMisses(Dictionary<(string, string), string> reasons) => _reasons = reasons;

    public static KnownMisses Load(string path)
    {
        var reasons = new Dictionary<(string, string), string>();
        if (File.Exists(path))
        {
            foreach (var line in File.ReadAllLines(path))
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var parts = line.Split('\t', 3);
                if (parts.Length == 3) reasons[(parts[0], parts[1])] = parts[2];
            }
        }
        return new KnownMisses(reasons);
    }

    public string? ReasonFor(string page, string field) => _reasons.TryGetValue((page, field), out var reason) ? reason : null;
}
