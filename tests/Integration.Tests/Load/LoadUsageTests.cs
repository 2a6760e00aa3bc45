namespace Integration.Tests.Load;

/// <summary>Mistakes on the command line are answered before any database work.</summary>
public sealed class LoadUsageTests
{
    // Never opened: every case here must fail before connecting.
    private const string Unreachable = "Host=127.0.0.1;Port=1;Database=none;Username=none";

    [Theory]
    [InlineData(new string[0], "give exactly one of --sample, --dir DIR, --csv FILE")]
    [InlineData(new[] { "--sample", "--dir", "generated" }, "give exactly one of")]
    [InlineData(new[] { "--dir" }, "--dir needs a value")]
    [InlineData(new[] { "--sample", "--public-base-url", "ftp://x" }, "--public-base-url needs an absolute http(s) URL")]
    [InlineData(new[] { "--sampel" }, "unknown option '--sampel'")]
    public async Task Usage_errors_exit_with_2_and_say_what_is_wrong(string[] args, string message)
    {
        var (exitCode, _, error) = await LoadRunner.LoadAsync(Unreachable, args);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("usage: load --sample", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_csv_file_is_reported()
    {
        var (exitCode, _, error) = await LoadRunner.LoadAsync(Unreachable, "--csv", "/nonexistent/obscore.csv");

        Assert.Equal(1, exitCode);
        Assert.Contains("obscore.csv", error, StringComparison.Ordinal);
    }
}
