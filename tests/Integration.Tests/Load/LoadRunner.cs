using Npgsql;
using Tap.Service.Admin.Load;

namespace Integration.Tests.Load;

/// <summary>Runs the load command against a test database and keeps what it printed.</summary>
internal static class LoadRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> LoadAsync(string connectionString, params string[] args)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await LoadCommand.RunAsync(args, dataSource, output, error, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}
