using Integration.Tests.Database;
using Integration.Tests.Load;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Npgsql;

namespace Integration.Tests.Tap;

/// <summary>
/// A database with the committed sample loaded, shared by the TAP query tests, and the real service
/// on it (real HTTP through the test server); hosts with other settings are made per test.
/// </summary>
public sealed class TapFixture : IAsyncLifetime
{
    private readonly List<WebApplicationFactory<Program>> _hosts = [];

    public DatabaseFixture Database { get; } = new();

    public string ResultsFolder { get; } = Path.Combine(Path.GetTempPath(), "tap-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>The image store of every host, so async cutouts run by the fixture's own host find what a test put there.</summary>
    public string ImagesRoot { get; } = Path.Combine(Path.GetTempPath(), "tap-tests-images-" + Guid.NewGuid().ToString("N"));

    /// <summary>The service with the default limits, except a DefaultMaxRec of <see cref="DefaultMaxRec"/> and a HardMaxRec of <see cref="HardMaxRec"/>.</summary>
    public HttpClient Client { get; private set; } = null!;

    public const int DefaultMaxRec = 7;
    public const int HardMaxRec = 50;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        var load = await LoadRunner.LoadAsync(Database.AdminConnectionString, "--sample", "--public-base-url", "https://data.example.org/api/");
        Assert.True(load.ExitCode == 0, load.Error);
        Client = CreateHost(runsJobs: true, []).CreateClient();
    }

    /// <summary>
    /// A service instance with these settings on top of the test database's. It runs no async jobs
    /// unless the settings give it workers ("Uws:WorkerCount"): the hosts live until the collection
    /// ends and share one job table, and a job claimed by a host made for another test's limits (a
    /// 100-byte upload limit, say) would end differently. Jobs created through it are run by the
    /// fixture's own host, whose settings are the defaults.
    /// </summary>
    public WebApplicationFactory<Program> Host(params (string Key, string Value)[] settings) => CreateHost(runsJobs: false, settings);

    private WebApplicationFactory<Program> CreateHost(bool runsJobs, (string Key, string Value)[] settings)
    {
        var service = new NpgsqlConnectionStringBuilder(Database.AdminConnectionString) { Username = "metadata_service" };
        var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:AdminConnectionString", Database.AdminConnectionString);
            builder.UseSetting("Database:ServiceConnectionString", service.ConnectionString);
            builder.UseSetting("Service:PublicBaseUrl", "https://data.example.org/api");
            builder.UseSetting("Uws:ResultsFolder", ResultsFolder);
            builder.UseSetting("Images:Root", ImagesRoot);
            builder.UseSetting("Images:PreviewFolder", ImagesRoot + "-previews");
            builder.UseSetting("Uws:PollInterval", "00:00:00.100");
            builder.UseSetting("Query:DefaultMaxRec", DefaultMaxRec.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Query:HardMaxRec", HardMaxRec.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (!runsJobs)
            {
                builder.UseSetting("Uws:WorkerCount", "0");
            }

            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(Integration.Tests.Uws.OwnerTestCallers.AddTo);
        });
        _hosts.Add(host);
        return host;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        foreach (var folder in new[] { ResultsFolder, ImagesRoot, ImagesRoot + "-previews" })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class TapTests : ICollectionFixture<TapFixture>
{
    public const string Name = "tap";
}
