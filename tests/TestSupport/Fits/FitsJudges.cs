using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TestSupport;

/// <summary>
/// The outside judges of FITS files, for any test project: fitsverify (HEASARC's validator),
/// fpack (CFITSIO's compressor, to make tile-compressed copies) and astropy (through
/// fits_judge.py, which prints JSON). A missing tool fails the test with the package to install.
/// </summary>
public static partial class FitsJudges
{
    private const string Python = "/usr/bin/python3";

    /// <summary>fitsverify's verdict on <paramref name="path"/>: its counts, and its report for the assertion message.</summary>
    public static async Task<(int Warnings, int Errors, string Report)> VerifyAsync(string path)
    {
        var (_, output) = await ExternalTool.RunAsync("fitsverify", "apt-get install -y fitsverify", path);
        var summary = VerificationSummary().Match(output);
        Assert.True(summary.Success, $"fitsverify printed no summary for {path}: {output}");
        return (int.Parse(summary.Groups["warnings"].Value, CultureInfo.InvariantCulture),
            int.Parse(summary.Groups["errors"].Value, CultureInfo.InvariantCulture), output);
    }

    /// <summary>Asserts that fitsverify finds neither errors nor warnings in <paramref name="path"/>.</summary>
    public static async Task AssertValidAsync(string path)
    {
        var (warnings, errors, report) = await VerifyAsync(path);
        Assert.True(warnings == 0 && errors == 0, $"fitsverify: {warnings} warnings, {errors} errors in {path}:\n{report}");
    }

    /// <summary>A tile-compressed copy of <paramref name="source"/> made by fpack with <paramref name="options"/> (e.g. -r, -g2 -q 0).</summary>
    public static async Task<string> FpackAsync(string source, string destination, params string[] options)
    {
        var (exitCode, output) = await ExternalTool.RunAsync(
            "fpack", "apt-get install -y libcfitsio-bin", [.. options, "-O", destination, source]);
        Assert.True(exitCode == 0, $"fpack {string.Join(' ', options)} failed: {output}");
        return destination;
    }

    /// <summary>An uncompressed copy of a tile-compressed file, made by funpack.</summary>
    public static async Task<string> FunpackAsync(string source, string destination)
    {
        var (exitCode, output) = await ExternalTool.RunAsync("funpack", "apt-get install -y libcfitsio-bin", "-O", destination, source);
        Assert.True(exitCode == 0, $"funpack failed: {output}");
        return destination;
    }

    /// <summary>Runs a command of fits_judge.py (astropy) and returns the JSON it prints; its docstring lists the commands.</summary>
    public static async Task<JsonElement> AstropyAsync(params string[] arguments)
    {
        var script = SourceTree.PathOf("tests", "TestSupport", "Fits", "fits_judge.py");
        var (exitCode, output) = await ExternalTool.RunAsync(Python, "apt-get install -y python3-astropy", [script, .. arguments]);
        Assert.True(exitCode == 0, $"fits_judge.py {string.Join(' ', arguments)} failed: {output}");
        var json = output.Split('\n').LastOrDefault(line => line.StartsWith("JSON ", StringComparison.Ordinal));
        Assert.True(json is not null, $"fits_judge.py {string.Join(' ', arguments)} printed no JSON: {output}");
        return JsonDocument.Parse(json["JSON ".Length..]).RootElement.Clone();
    }

    [GeneratedRegex(@"Verification found (?<warnings>\d+) warning\(s\) and (?<errors>\d+) error\(s\)")]
    private static partial Regex VerificationSummary();
}
