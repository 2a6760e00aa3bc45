using System.Globalization;
using Dapper;
using Integration.Tests.Database;
using Integration.Tests.Load;
using Integration.Tests.Uws;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Npgsql;

namespace Integration.Tests.Security;

/// <summary>
/// The committed sample as `load --sample` loads it (its newest night moved to the present, so under
/// embargo), the service on it, and what the tests need to know about the embargoed products,
/// read as the database's owner.
/// </summary>
public sealed class EmbargoFixture : IAsyncLifetime
{
    public const string Staff = "carol;staff";
    public const string Ordinary = "alice;astronomers";

    private WebApplicationFactory<Program> _host = null!;

    public DatabaseFixture Database { get; } = new();

    /// <summary>A calibrated image under embargo, with a CAOM2 artifact and coadds made from it.</summary>
    public string EmbargoedCalexp { get; private set; } = null!;

    /// <summary>A coadd under embargo, with provenance inputs.</summary>
    public string EmbargoedCoadd { get; private set; } = null!;

    /// <summary>The first visit under embargo: this and every later visit are embargoed, every earlier one released.</summary>
    public long FirstEmbargoedVisit { get; private set; }

    /// <summary>The load's "now" as an ADQL timestamp literal: every product released after it is embargoed.</summary>
    public string Now { get; private set; } = null!;

    public (double Ra, double Dec) EmbargoedPosition { get; private set; }

    /// <summary>The earliest start (MJD) of an observation under embargo: every later one is embargoed too.</summary>
    public double FirstEmbargoedStart { get; private set; }

    /// <summary>Every value that names something under embargo: its publisher DIDs and its visit numbers.</summary>
    public IReadOnlySet<string> EmbargoedNames { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        var load = await LoadRunner.LoadAsync(Database.AdminConnectionString, "--sample", "--public-base-url", "https://data.example.org/api/");
        Assert.True(load.ExitCode == 0, load.Error);

        await using var connection = await Database.OpenAsync();
        var now = await connection.ExecuteScalarAsync<DateTime>("SELECT now() AT TIME ZONE 'UTC'");
        Now = now.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        EmbargoedCalexp = await connection.ExecuteScalarAsync<string>("""
            SELECT o.obs_publisher_did FROM ivoa.obscore o JOIN caom2.artifact a ON a.publisher_did = o.obs_publisher_did
            WHERE o.lsst_dataset_type = 'calexp' AND o.obs_release_date > now()
              AND EXISTS (SELECT 1 FROM caom2.provenance_input p WHERE p.input_did = o.obs_publisher_did)
            ORDER BY 1 LIMIT 1
            """) ?? throw new InvalidOperationException("The sample holds no embargoed calexp.");
        EmbargoedCoadd = await connection.ExecuteScalarAsync<string>("""
            SELECT o.obs_publisher_did FROM ivoa.obscore o
            WHERE o.lsst_dataset_type = 'deepCoadd' AND o.obs_release_date > now()
              AND EXISTS (SELECT 1 FROM caom2.provenance_input p WHERE p.publisher_did = o.obs_publisher_did)
            ORDER BY 1 LIMIT 1
            """) ?? throw new InvalidOperationException("The sample holds no embargoed coadd.");
        var (first, lastReleased) = await connection.QuerySingleAsync<(long, long)>("""
            SELECT min(lsst_visit) FILTER (WHERE obs_release_date > now()), max(lsst_visit) FILTER (WHERE obs_release_date <= now())
            FROM ivoa.obscore
            """);
        Assert.True(lastReleased < first, "Visits are released in the order they were taken.");
        FirstEmbargoedVisit = first;
        FirstEmbargoedStart = await connection.ExecuteScalarAsync<double>(
            "SELECT min(t_min) FROM ivoa.obscore WHERE lsst_visit >= @first", new { first });
        var names = await connection.QueryAsync<string>("""
            SELECT obs_publisher_did FROM ivoa.obscore WHERE obs_release_date > now()
            UNION SELECT lsst_visit::text FROM ivoa.obscore WHERE obs_release_date > now() AND lsst_visit IS NOT NULL
            """);
        EmbargoedNames = names.ToHashSet(StringComparer.Ordinal);
        EmbargoedPosition = await connection.QuerySingleAsync<(double, double)>(
            "SELECT s_ra, s_dec FROM ivoa.obscore WHERE obs_publisher_did = @EmbargoedCalexp", new { EmbargoedCalexp });

        var service = new NpgsqlConnectionStringBuilder(Database.AdminConnectionString) { Username = "metadata_service" };
        _host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:AdminConnectionString", Database.AdminConnectionString);
            builder.UseSetting("Database:ServiceConnectionString", service.ConnectionString);
            builder.UseSetting("Service:PublicBaseUrl", "https://data.example.org/api");
            builder.UseSetting("Uws:PollInterval", "00:00:00.100");
            builder.UseSetting("Images:Root", Path.Combine(Path.GetTempPath(), "embargo-tests-images-" + Guid.NewGuid().ToString("N")));
            builder.ConfigureTestServices(OwnerTestCallers.AddTo);
        });
    }

    /// <summary>A client calling as <paramref name="caller"/> ("name;group,..."), or anonymously when null.</summary>
    public HttpClient Client(string? caller)
    {
        // Not following redirects: a job's 303 names the public host, which the test host is not.
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (caller is null)
        {
            return client;
        }

        var parts = caller.Split(';', 2);
        return OwnerTestCallers.SignIn(client, parts[0], parts.Length == 2 ? parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries) : []);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class EmbargoTests : ICollectionFixture<EmbargoFixture>
{
    public const string Name = "embargo";
}
