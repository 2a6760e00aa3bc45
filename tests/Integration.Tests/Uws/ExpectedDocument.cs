using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Integration.Tests.Uws;

/// <summary>
/// Protocol documents compared with files under Expected/, after replacing what changes between
/// runs (job ids, times, sizes); see <see cref="ExpectedFile"/>.
/// </summary>
internal static partial class ExpectedDocument
{
    public static Task AssertMatchesAsync(string name, string document, params string[] jobIds)
    {
        foreach (var (jobId, index) in jobIds.Select((id, index) => (id, index)))
        {
            document = document.Replace(jobId, $"JOB{index + 1}", StringComparison.Ordinal);
        }

        document = Timestamp().Replace(document, "TIME");
        document = Size().Replace(document, "size=\"SIZE\"");
        return ExpectedFile.AssertMatchesAsync(Path.Combine(SourceFolder(), "Expected", name), document);
    }

    private static string SourceFolder([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")]
    private static partial Regex Timestamp();

    [GeneratedRegex("size=\"\\d+\"")]
    private static partial Regex Size();
}
