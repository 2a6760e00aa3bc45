namespace Resilience.Tests.Support;

internal static class TestLog
{
    /// <summary>
    /// Writes each line on its own: the runner shows a passing test's output live (xunit.runner.json),
    /// a line at a time with the test's name, and escapes line breaks within one.
    /// </summary>
    public static void WriteLines(this ITestOutputHelper output, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }
    }
}
