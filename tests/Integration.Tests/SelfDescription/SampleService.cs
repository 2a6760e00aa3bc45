using Integration.Tests.Database;
using Integration.Tests.Load;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Integration.Tests.SelfDescription;

/// <summary>
/// The real service on a database of its own holding the committed sample, as run.sh serves it; the
/// self-description and DataLink tests share one, as they only read.
/// </summary>
public sealed class SampleService : IAsyncLifetime, IAsyncDisposable
{
    public const string PublicBaseUrl = "https://data.example.org/api";
    public const int DefaultMaxRec = 1234;

    private readonly DatabaseFixture _database = new();
    private readonly string _resultsFolder = Path.Combine(Path.GetTempPath(), "vosi-tests-" + Guid.NewGuid().ToString("N"));
    private Factory? _factory;

    public HttpClient CreateClient() => _factory!.CreateClient();

    public IServiceProvider Services => _factory!.Services;

    public string AdminConnectionString => _database.AdminConnectionString;

    /// <summary>Another instance of the service whose database connection cannot succeed.</summary>
    public WebApplicationFactory<Program> WithUnreachableDatabase() => _factory!.WithWebHostBuilder(builder =>
        builder.UseSetting("Database:ServiceConnectionString", "Host=127.0.0.1;Port=1;Database=none;Username=nobody;Timeout=2"));

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var load = await LoadRunner.LoadAsync(_database.AdminConnectionString, "--sample", "--public-base-url", PublicBaseUrl);
        Assert.True(load.ExitCode == 0, load.Error);
        _factory = new Factory(_database.AdminConnectionString, _resultsFolder);
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await _database.DisposeAsync();
        if (Directory.Exists(_resultsFolder))
        {
            Directory.Delete(_resultsFolder, recursive: true);
        }
    }

    private sealed class Factory(string adminConnectionString, string resultsFolder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            var service = new NpgsqlConnectionStringBuilder(adminConnectionString) { Username = "metadata_service" };
            builder.UseSetting("Database:AdminConnectionString", adminConnectionString);
            builder.UseSetting("Database:ServiceConnectionString", service.ConnectionString);
            builder.UseSetting("Service:PublicBaseUrl", PublicBaseUrl);
            builder.UseSetting("Uws:ResultsFolder", resultsFolder);
            builder.UseSetting("Uws:WorkerCount", "0");
            builder.UseSetting("Query:DefaultMaxRec", DefaultMaxRec.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SampleServiceTests : ICollectionFixture<SampleService>
{
    public const string Name = "sample service";
}
