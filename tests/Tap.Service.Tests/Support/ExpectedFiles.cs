using System.Runtime.CompilerServices;

namespace Tap.Service.Tests.Support;

/// <summary>Whole documents compared with the files under Expected/ (see <see cref="ExpectedFile"/>).</summary>
internal static class ExpectedFiles
{
    public static Task AssertMatchesAsync(string name, string actual) =>
        ExpectedFile.AssertMatchesAsync(Path.Combine(ExpectedFolder(), name), actual);

    /// <summary>Found from this file's own place, so tests in folders of any depth share one Expected/.</summary>
    private static string ExpectedFolder([CallerFilePath] string supportFile = "") =>
        Path.Combine(Path.GetDirectoryName(supportFile)!, "..", "Expected");
}
