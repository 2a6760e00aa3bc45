using System.Globalization;
using Integration.Tests.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tap.Service.Query;

namespace Integration.Tests.Uws;

/// <summary>
/// One instance of the real service on the test database, with the SQL query runner, quick polls
/// and leases so the tests run in seconds, and callers signed in by <see cref="OwnerTestCallers"/>'s
/// headers; <c>settings</c> override any of these. Several instances on one database and one results
/// folder behave as replicas behind a load balancer.
/// </summary>
internal sealed class TapServiceInstance(
    DatabaseFixture database, string resultsFolder, int workerCount, IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    /// <summary>
    /// Long enough that "WAIT returned early" (less than a second under it) is told apart from "WAIT ran
    /// to its end" on two cores busy with the other test collections.
    /// </summary>
    public const int MaxWaitSeconds = 5;
    public const int DefaultListSize = 4;

    public UwsClient CreateUwsClient() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), MaxWaitSeconds);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var service = new NpgsqlConnectionStringBuilder(database.AdminConnectionString) { Username = "metadata_service" };
        builder.UseSetting("Database:AdminConnectionString", database.AdminConnectionString);
        builder.UseSetting("Database:ServiceConnectionString", service.ConnectionString);
        builder.UseSetting("Service:PublicBaseUrl", "http://localhost");
        builder.UseSetting("Uws:ResultsFolder", resultsFolder);
        builder.UseSetting("Uws:WorkerCount", workerCount.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Uws:MaxWait", TimeSpan.FromSeconds(MaxWaitSeconds).ToString("c", CultureInfo.InvariantCulture));
        builder.UseSetting("Uws:DefaultListSize", DefaultListSize.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Uws:PollInterval", "00:00:00.100");
        // Long enough that a loaded test machine never misses a renewal, which would fail a live job.
        builder.UseSetting("Uws:LeaseDuration", "00:00:05");
        builder.UseSetting("Uws:LeaseRenewalInterval", "00:00:00.200");
        builder.UseSetting("Uws:HousekeepingInterval", "00:00:00.200");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IQueryRunner>(provider => new SqlQueryRunner(provider.GetRequiredService<NpgsqlDataSource>()));
            OwnerTestCallers.AddTo(services);
        });
    }
}
