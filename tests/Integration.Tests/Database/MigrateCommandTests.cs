using System.Diagnostics;

namespace Integration.Tests.Database;

/// <summary>`Tap.Service migrate` as an operator runs it: settings from the environment, exit codes, messages.</summary>
[Collection(DatabaseTests.Name)]
public sealed class MigrateCommandTests(DatabaseFixture database)
{
    [Fact]
    public async Task Migrate_on_an_up_to_date_database_succeeds_and_says_so()
    {
        var (exitCode, output) = await RunServiceAsync("migrate", database.AdminConnectionString);

        Assert.Equal(0, exitCode);
        Assert.Contains($"Migrating database {database.DatabaseName}", output, StringComparison.Ordinal);
        Assert.Contains("Schema already up to date", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_database_is_reported_with_the_way_to_start_it()
    {
        var (exitCode, output) = await RunServiceAsync("migrate", "Host=127.0.0.1;Port=1;Database=none;Username=postgres");

        Assert.Equal(1, exitCode);
        Assert.Contains("migrate: cannot reach PostgreSQL", output, StringComparison.Ordinal);
        Assert.Contains("scripts/db.sh start", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_lists_the_commands()
    {
        var (exitCode, output) = await RunServiceAsync("migrat", database.AdminConnectionString);

        Assert.Equal(2, exitCode);
        Assert.Contains("Unknown command 'migrat'", output, StringComparison.Ordinal);
        Assert.Contains("  migrate ", output, StringComparison.Ordinal);
    }

    /// <summary>Runs the service's own build output, copied next to the tests, in another process.</summary>
    private static async Task<(int ExitCode, string Output)> RunServiceAsync(string command, string adminConnectionString)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Tap.Service.dll"), command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["Database__AdminConnectionString"] = adminConnectionString },
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
