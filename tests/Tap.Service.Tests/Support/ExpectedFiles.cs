using System.Runtime.CompilerServices;

namespace Tap.Service.Tests.Support;

/// <summary>
/// Whole documents compared with expected files under Expected/, so that a reviewer reads any
/// change in what clients receive as a diff. Set UPDATE_EXPECTED=1 to rewrite them after an
/// intended change.
/// </summary>
internal static class ExpectedFiles
{
    public static async Task AssertMatchesAsync(string name, string actual)
    {
        var path = Path.Combine(ExpectedFolder(), name);
        if (Environment.GetEnvironmentVariable("UPDATE_EXPECTED") == "1")
        {
            await File.WriteAllTextAsync(path, actual);
        }

        Assert.True(File.Exists(path), $"Missing expected file {path}; run the tests with UPDATE_EXPECTED=1 to create it.");
        Assert.Equal(await File.ReadAllTextAsync(path), actual);
    }

    /// <summary>Found from this file's own place, so tests in folders of any depth share one Expected/.</summary>
    private static string ExpectedFolder([CallerFilePath] string supportFile = "") =>
        Path.Combine(Path.GetDirectoryName(supportFile)!, "..", "Expected");
}
