using System.Globalization;
using System.Net.Sockets;
using Resilience.Tests.Support;

namespace Resilience.Tests;

/// <summary>A cluster left running by a killed test run does not outlive the next run.</summary>
[Collection(ResilienceTests.Name)]
public sealed class AbandonedClusterTests(ResilienceFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_cluster_of_a_killed_run_is_stopped_and_removed_and_a_live_one_is_kept()
    {
        // What a killed run leaves behind: its cluster running in its folder, and a lock file nobody holds.
        var port = FreePort.Next();
        var folder = Path.Combine(Path.GetTempPath(), PostgresCluster.FolderPrefix + Guid.NewGuid().ToString("N"));
        await PostgresCluster.RunScriptAsync("start", port.ToString(CultureInfo.InvariantCulture), folder);
        await File.WriteAllTextAsync(PostgresCluster.LockPath(folder), string.Empty);
        Assert.True(await AcceptsConnectionsAsync(port), "The abandoned cluster did not start.");

        var removed = await PostgresCluster.RemoveAbandonedAsync();

        output.WriteLine($"removed {removed.Count} abandoned cluster folder(s)");
        Assert.Contains(folder, removed);
        Assert.False(Directory.Exists(folder) || File.Exists(PostgresCluster.LockPath(folder)), "The abandoned folder or its lock file is still there.");
        Assert.False(await AcceptsConnectionsAsync(port), "The abandoned cluster still runs.");
        Assert.DoesNotContain(fixture.Database.DataDirectory, removed);
        await using var live = await fixture.Database.OpenAdminConnectionAsync();
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
