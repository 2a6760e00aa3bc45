namespace TestSupport;

/// <summary>
/// What the code produces compared with a file committed in the source tree, so that a reviewer
/// reads any change in it as a diff. After an intended change, run the tests with
/// <c>UPDATE_EXPECTED=1</c>: each file is then rewritten from the output before the comparison,
/// and the diff is there to review.
/// </summary>
public static class ExpectedFile
{
    public const string UpdateVariable = "UPDATE_EXPECTED";

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Asserts that the text file at <paramref name="path"/> holds <paramref name="actual"/>.</summary>
    public static Task AssertMatchesAsync(string path, string actual) =>
        AssertMatchesAsync(path, actual, file => File.ReadAllTextAsync(file), file => File.WriteAllTextAsync(file, actual));

    /// <summary>
    /// The same for a file stored in another form (e.g. gzip): <paramref name="readText"/> gives its
    /// text, <paramref name="rewrite"/> writes it anew the way the code under test writes it.
    /// </summary>
    public static async Task AssertMatchesAsync(string path, string actual, Func<string, Task<string>> readText, Func<string, Task> rewrite)
    {
        if (Updating)
        {
            await rewrite(path);
        }

        Assert.True(File.Exists(path), $"Missing expected file {path}; run the tests with {UpdateVariable}=1 to create it, then review it.");
        var expected = await readText(path);
        if (expected == actual)
        {
            return;
        }

        // The first differing line, as files are long and reviewed line by line.
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var same = expectedLines.Zip(actualLines).TakeWhile(pair => pair.First == pair.Second).Count();
        Assert.Fail(
            $"{path} differs at line {same + 1} ({expectedLines.Length} lines expected, {actualLines.Length} actual):\n" +
            $"expected: {LineOrEnd(expectedLines, same)}\n" +
            $"actual:   {LineOrEnd(actualLines, same)}\n" +
            $"If the change is intended, run the tests with {UpdateVariable}=1 and review the diff.");
    }

    private static string LineOrEnd(string[] lines, int index) => index < lines.Length ? lines[index] : "(end of file)";
}
