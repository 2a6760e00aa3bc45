using System.Text.Json;
using System.Text.RegularExpressions;

namespace Harness;

/// <summary>
/// The harness's sections of a Markdown file (docs/performance.md): one per data size, and one for
/// image access, between marker comments, replaced on each run of the same kind and appended the
/// first time. A data size's begin marker also carries each query's one-client p50 and result
/// size, which a run at another size compares with.
/// </summary>
internal static partial class ReportFile
{
    public static string Begin(long rows, IReadOnlyDictionary<string, QueryBaseline> queries) =>
        $"<!-- bench-harness begin rows={rows} queries={JsonSerializer.Serialize(queries)} -->";

    public static string End(long rows) => $"<!-- bench-harness end rows={rows} -->";

    public static void Replace(string path, long rows, string section) => Replace(path, line => IsBegin(line, rows), End(rows), section);

    /// <summary>
    /// Replaces the lines from the first that <paramref name="isBegin"/> accepts to <paramref name="end"/>
    /// with <paramref name="section"/>, which carries both markers itself; appends it when they are not there.
    /// </summary>
    public static void Replace(string path, Func<string, bool> isBegin, string end, string section)
    {
        var lines = File.Exists(path) ? File.ReadAllLines(path).ToList() : [];
        var (beginIndex, endIndex) = Find(lines, isBegin, end);
        var sectionLines = section.TrimEnd('\n').Split('\n');
        if (beginIndex < 0)
        {
            lines.AddRange(["", .. sectionLines]);
        }
        else
        {
            lines.RemoveRange(beginIndex, endIndex - beginIndex + 1);
            lines.InsertRange(beginIndex, sectionLines);
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
        var (begin, _) = Find(lines, line => IsBegin(line, rows), End(rows));
        return begin < 0 ? null : JsonSerializer.Deserialize<Dictionary<string, QueryBaseline>>(BeginMarker().Match(lines[begin]).Groups["queries"].Value);
    }

    private static bool IsBegin(string line, long rows) =>
        BeginMarker().Match(line) is { Success: true } match && match.Groups["rows"].Value == rows.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static (int Begin, int End) Find(List<string> lines, Func<string, bool> isBegin, string endMarker)
    {
        var begin = lines.FindIndex(line => isBegin(line));
        var end = begin < 0 ? -1 : lines.FindIndex(begin, line => line == endMarker);
        return end < 0 ? (-1, -1) : (begin, end);
    }

    [GeneratedRegex(@"^<!-- bench-harness begin rows=(?<rows>\d+) queries=(?<queries>\{.*\}) -->$")]
    private static partial Regex BeginMarker();
}

/// <summary>A query of the mix as measured at one data size: its one-client p50 and how many rows it returned.</summary>
internal sealed record QueryBaseline(double P50Milliseconds, long Rows);
