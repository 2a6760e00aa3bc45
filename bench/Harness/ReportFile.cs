using System.Text.Json;
using System.Text.RegularExpressions;

namespace Harness;

/// <summary>
/// The harness's sections of a Markdown file (docs/performance.md): one per data size, between
/// marker comments, replaced on each run of that size and appended the first time. The begin
/// marker also carries the one-client p50 of each query, which a run at another size compares with.
/// </summary>
internal static partial class ReportFile
{
    public static string Begin(long rows, IReadOnlyDictionary<string, double> p50Milliseconds) =>
        $"<!-- bench-harness begin rows={rows} p50-ms={JsonSerializer.Serialize(p50Milliseconds)} -->";

    public static string End(long rows) => $"<!-- bench-harness end rows={rows} -->";

    public static void Replace(string path, long rows, string section)
    {
        var lines = File.Exists(path) ? File.ReadAllLines(path).ToList() : [];
        var (begin, end) = Find(lines, rows);
        var sectionLines = section.TrimEnd('\n').Split('\n');
        if (begin < 0)
        {
            lines.AddRange(["", .. sectionLines]);
        }
        else
        {
            lines.RemoveRange(begin, end - begin + 1);
            lines.InsertRange(begin, sectionLines);
        }

        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    /// <summary>The one-client p50 per query that the section for <paramref name="rows"/> recorded; null when there is none.</summary>
    public static IReadOnlyDictionary<string, double>? ReadP50(string path, long rows)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var lines = File.ReadAllLines(path).ToList();
        var (begin, _) = Find(lines, rows);
        return begin < 0 ? null : JsonSerializer.Deserialize<Dictionary<string, double>>(BeginMarker().Match(lines[begin]).Groups["p50"].Value);
    }

    private static (int Begin, int End) Find(List<string> lines, long rows)
    {
        var begin = lines.FindIndex(line => BeginMarker().Match(line) is { Success: true } match && match.Groups["rows"].Value == rows.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var end = begin < 0 ? -1 : lines.FindIndex(begin, line => line == End(rows));
        return end < 0 ? (-1, -1) : (begin, end);
    }

    [GeneratedRegex(@"^<!-- bench-harness begin rows=(?<rows>\d+) p50-ms=(?<p50>\{.*\}) -->$")]
    private static partial Regex BeginMarker();
}
