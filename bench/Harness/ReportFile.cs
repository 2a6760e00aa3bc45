using System.Text.Json;
using System.Text.RegularExpressions;

namespace Harness;

/// <summary>
/// The harness's sections of a Markdown file (docs/performance.md): one per data size, between
/// marker comments, replaced on each run of that size and appended the first time. The begin
/// marker also carries each query's one-client p50 and result size, which a run at another size compares with.
/// </summary>
internal static partial class ReportFile
{
    public static string Begin(long rows, IReadOnlyDictionary<string, QueryBaseline> queries) =>
        $"<!-- bench-harness begin rows={rows} queries={JsonSerializer.Serialize(queries)} -->";

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

    /// <summary>The one-client p50 and result size per query that the section for <paramref name="rows"/> recorded; null when there is none.</summary>
    public static IReadOnlyDictionary<string, QueryBaseline>? ReadBaseline(string path, long rows)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var lines = File.ReadAllLines(path).ToList();
        var (begin, _) = Find(lines, rows);
        return begin < 0 ? null : JsonSerializer.Deserialize<Dictionary<string, QueryBaseline>>(BeginMarker().Match(lines[begin]).Groups["queries"].Value);
    }

    private static (int Begin, int End) Find(List<string> lines, long rows)
    {
        var begin = lines.FindIndex(line => BeginMarker().Match(line) is { Success: true } match && match.Groups["rows"].Value == rows.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var end = begin < 0 ? -1 : lines.FindIndex(begin, line => line == End(rows));
        return end < 0 ? (-1, -1) : (begin, end);
    }

    [GeneratedRegex(@"^<!-- bench-harness begin rows=(?<rows>\d+) queries=(?<queries>\{.*\}) -->$")]
    private static partial Regex BeginMarker();
}

/// <summary>A query of the mix as measured at one data size: its one-client p50 and how many rows it returned.</summary>
internal sealed record QueryBaseline(double P50Milliseconds, long Rows);
