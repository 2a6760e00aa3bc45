using System.Runtime.CompilerServices;

namespace Tap.Service.Tests.Support;

/// <summary>Whole documents compared with the files under Expected/ (see <see cref="ExpectedFile"/>).</summary>
internal static class ExpectedFiles
{
    public static Task AssertMatchesAsync(string name, string actual, [CallerFilePath] string callerPath = "") =>
        ExpectedFile.AssertMatchesAsync(Path.Combine(Path.GetDirectoryName(callerPath)!, "..", "Expected", name), actual);
}
