using System.Globalization;

namespace Resilience.Tests.Support;

/// <summary>
/// The tests' own PostgreSQL cluster with the committed sample, loaded by the service's own admin
/// commands (migrate, load --sample) as run.sh does, plus the delay table. Each test starts the
/// service processes it needs on it; they share one results folder, as replicas must.
/// </summary>
public sealed class ResilienceFixture : IAsyncLifetime
{
    /// <summary>The WAIT the tests' UWS clients ask for, within the service's Uws:MaxWait.</summary>
    public const int WaitSeconds = 3;

    internal PostgresCluster Database { get; } = new();

    public string ResultsFolder => Path.Combine(Database.DataDirectory, "uws-results");

    public async Task InitializeAsync()
    {
        await PostgresCluster.RemoveAbandonedAsync();
        await Database.StartAsync();
        await RunAdminCommandAsync("migrate");
        await RunAdminCommandAsync("load", "--sample");
        await DelayTable.CreateAsync(Database);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    /// <summary>Starts the service on a free port with the tests' settings and <paramref name="settings"/> on top.</summary>
    internal Task<ServiceProcess> StartServiceAsync(params (string Key, string Value)[] settings) =>
        StartServiceAsync(FreePort.Next(), settings);

    /// <summary>Starts the service on <paramref name="port"/>, e.g. again where a killed one served.</summary>
    internal Task<ServiceProcess> StartServiceAsync(int port, params (string Key, string Value)[] settings)
    {
        var baseUrl = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        var all = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Database:AdminConnectionString"] = Database.AdminConnectionString,
            ["Database:ServiceConnectionString"] = Database.ServiceConnectionString,
            ["Service:PublicBaseUrl"] = baseUrl,
            ["Uws:ResultsFolder"] = ResultsFolder,
            // Quick polls, leases and housekeeping, so the tests see other replicas' changes and
            // vanished workers within seconds; the lease still spans eight renewals.
            ["Uws:PollInterval"] = "00:00:00.200",
            ["Uws:LeaseDuration"] = "00:00:04",
            ["Uws:LeaseRenewalInterval"] = "00:00:00.500",
            ["Uws:HousekeepingInterval"] = "00:00:00.500",
            ["Uws:MaxWait"] = TimeSpan.FromSeconds(WaitSeconds).ToString("c", CultureInfo.InvariantCulture),
            // Warnings and errors only: what the failure messages need, without a line per request.
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return ServiceProcess.StartAsync(Repository.ServiceDirectory, port, all);
    }

    private async Task RunAdminCommandAsync(params string[] command)
    {
        var environment = new Dictionary<string, string>
        {
            ["Database__AdminConnectionString"] = Database.AdminConnectionString,
            ["Database__ServiceConnectionString"] = Database.ServiceConnectionString,
        };
        var (exitCode, output) = await ExternalTool.RunAsync(
            "dotnet", "the .NET SDK", environment, [Path.Combine(Repository.ServiceDirectory, "Tap.Service.dll"), .. command]);
        Assert.True(exitCode == 0, $"Tap.Service {string.Join(' ', command)} failed ({exitCode}): {output}");
    }
}

[CollectionDefinition(Name)]
public sealed class ResilienceTests : ICollectionFixture<ResilienceFixture>
{
    /// <summary>One collection: the tests run one after another, as they stop the database and load the machine.</summary>
    public const string Name = "resilience";
}
