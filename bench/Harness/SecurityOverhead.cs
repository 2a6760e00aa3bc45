using System.Net.Http.Headers;
using Npgsql;

namespace Harness;

/// <summary>How the service is run in one arm of the comparison: who the callers are and whether PostgreSQL keeps the embargo.</summary>
/// <param name="Settings">Service settings on top of the harness's own.</param>
/// <param name="RowSecurity">Row-level security on: the tables' policies in force.</param>
/// <param name="Token">Every request carries an ordinary user's bearer token.</param>
internal sealed record SecurityArm(string Name, IReadOnlyDictionary<string, string> Settings, bool RowSecurity, bool Token);

/// <summary>One slice of an arm: the load it served, and the CPU its service and PostgreSQL used meanwhile.</summary>
internal sealed record Slice(LoadLevel Load, double ServiceCpuSeconds, double DatabaseCpuSeconds)
{
    public double ServiceCpuMillisecondsPerRequest => ServiceCpuSeconds * 1000 / Load.Requests;

    public double DatabaseCpuMillisecondsPerRequest => DatabaseCpuSeconds * 1000 / Load.Requests;

    public double CpuMillisecondsPerRequest => ServiceCpuMillisecondsPerRequest + DatabaseCpuMillisecondsPerRequest;
}

/// <summary>One arm measured: its slices at each concurrency level, a slice a round.</summary>
internal sealed record ArmFigures(SecurityArm Arm, IReadOnlyList<IReadOnlyList<Slice>> Slices)
{
    public LoadLevel Load(int level) => LoadLevel.MedianOf([.. Slices[level].Select(slice => slice.Load)]);

    public double Median(int level, Func<Slice, double> figure) => Statistics.Median(Slices[level].Select(figure));

    /// <summary>The throughput lost against <paramref name="reference"/>'s slice of the same round, in percent, a value a round (negative: faster).</summary>
    public IReadOnlyList<double> LossPerRound(ArmFigures reference, int level) =>
        Paired(reference, level, (slice, theirs) => Change(theirs.Load.RequestsPerSecond, slice.Load.RequestsPerSecond));

    /// <summary>The CPU a request added against <paramref name="reference"/>'s slice of the same round, in percent, a value a round (negative: cheaper).</summary>
    public IReadOnlyList<double> CpuAddedPerRound(ArmFigures reference, int level) =>
        Paired(reference, level, (slice, theirs) => Change(slice.CpuMillisecondsPerRequest, theirs.CpuMillisecondsPerRequest));

    private List<double> Paired(ArmFigures reference, int level, Func<Slice, Slice, double> change) =>
        [.. Slices[level].Select((slice, round) => change(slice, reference.Slices[level][round]))];

    /// <summary>How much larger <paramref name="larger"/> is than <paramref name="reference"/>, in percent of the reference.</summary>
    private static double Change(double larger, double reference) => (larger - reference) / reference * 100;
}

internal sealed record SecurityRunResults(
    DateTime Started, HarnessOptions Options, Machine Machine, string LoadAverageAtStart, string LoadAverageAtEnd,
    string PostgresVersion, DataSet DataSet, IReadOnlyList<MixQuery> Mix, IReadOnlyList<ArmFigures> Arms);

/// <summary>
/// What authentication and row-level security cost on the query mix (issue 12: at most 5 %): the
/// mix with neither (no authentication, the tables' policies disabled), as an anonymous caller
/// with row-level security, and with an ordinary user's bearer token. The three arms are three
/// services running side by side, warmed up alike; they take turns in short slices, round after
/// round, each round in another order, so that a shared machine's load, which changes within
/// seconds, falls on all of them alike; each arm is compared with the first arm's slice of the
/// same round, and the median of those paired losses is the figure.
/// </summary>
internal static class SecurityOverhead
{
    public static readonly int[] ClientCounts = [1, 8];

    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(10);

    public static readonly IReadOnlyList<SecurityArm> Arms =
    [
        new("no authentication, no row-level security", new Dictionary<string, string> { ["Auth__Mode"] = "None" }, RowSecurity: false, Token: false),
        new("anonymous, row-level security", new Dictionary<string, string>(), RowSecurity: true, Token: false),
        new("bearer token, row-level security", new Dictionary<string, string>(), RowSecurity: true, Token: true),
    ];

    public static async Task<SecurityRunResults> RunAsync(HarnessOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        await using var setup = await MixSetup.PrepareAsync(options, log, cancellationToken);
        var (database, app, mix) = (setup.Database, setup.App, setup.Mix);
        var token = await app.ReadCommandOutputAsync(["token", "--user", "bench-user", "--group", "astronomers", "--days", "1"], cancellationToken);
        var tables = await PolicyTablesAsync(database.Admin, cancellationToken);
        await using var postmasterQuery = database.Admin.CreateCommand(BenchServers.PostmasterIdQuery);
        var postmaster = (int)(await postmasterQuery.ExecuteScalarAsync(cancellationToken))!;

        var jobFolder = Directory.CreateTempSubdirectory("bench-security-");
        var services = new List<ServiceProcess>();
        var clients = new List<HttpClient>();
        try
        {
            var arms = new List<ServiceRequests>();
            for (var index = 0; index < Arms.Count; index++)
            {
                var (service, client) = await StartArmAsync(Arms[index], app, options.Port + index, Path.Combine(jobFolder.FullName, $"arm{index}"), token, cancellationToken);
                services.Add(service);
                clients.Add(client);
                arms.Add(new ServiceRequests(client));
                log.WriteLine($"== {Arms[index].Name}: port {options.Port + index}, process {service.ProcessId}");
            }

            // Every arm answers every query, then runs the whole mix as long as the others, before anything counts.
            for (var index = 0; index < Arms.Count; index++)
            {
                await SetRowSecurityAsync(database.Admin, tables, Arms[index].RowSecurity, cancellationToken);
                foreach (var query in mix)
                {
                    await arms[index].ProbeAsync(query, cancellationToken);
                }

                await LoadTest.RunAsync(arms[index], mix, ClientCounts[^1], WarmUp, cancellationToken);
            }

            var slices = Arms.Select(_ => ClientCounts.Select(_ => new List<Slice>()).ToList()).ToList();
            for (var level = 0; level < ClientCounts.Length; level++)
            {
                for (var round = 0; round < options.Repeats; round++)
                {
                    foreach (var index in Enumerable.Range(0, Arms.Count).Select(turn => (turn + round) % Arms.Count))
                    {
                        // Set before every slice, also when unchanged, so every slice starts after the same invalidation of PostgreSQL's caches.
                        await SetRowSecurityAsync(database.Admin, tables, Arms[index].RowSecurity, cancellationToken);
                        var meter = new CpuMeter([new("service", [services[index].ProcessId], WithChildren: false), new("PostgreSQL", [postmaster], WithChildren: true)]);
                        var before = meter.Read();
                        var load = await LoadTest.RunAsync(arms[index], mix, ClientCounts[level], options.LoadDuration, cancellationToken);
                        var used = CpuMeter.Between(before, meter.Read()).PartSeconds;
                        slices[index][level].Add(new Slice(load, used[0], used[1]));
                    }
                }

                log.WriteLine(FormattableString.Invariant($"  {ClientCounts[level]} clients: ") + string.Join(", ", Arms.Select((arm, index) =>
                    FormattableString.Invariant($"{Statistics.Median(slices[index][level].Select(slice => slice.Load.RequestsPerSecond)):F0} requests/s, {Statistics.Median(slices[index][level].Select(slice => slice.CpuMillisecondsPerRequest)):F2} CPU ms a request ({arm.Name})"))));
            }

            var figures = Arms.Select((arm, index) => new ArmFigures(arm, slices[index])).ToList();
            return new SecurityRunResults(setup.Started, options, Machine.Describe(), setup.LoadAverageAtStart, Machine.LoadAverage(), setup.PostgresVersion, setup.DataSet, mix, figures);
        }
        finally
        {
            clients.ForEach(client => client.Dispose());
            foreach (var service in services)
            {
                await service.DisposeAsync();
            }

            // Whatever happened, the data set keeps the embargo it was loaded with.
            await SetRowSecurityAsync(database.Admin, tables, on: true, CancellationToken.None);
            jobFolder.Delete(recursive: true);
        }
    }

    private static async Task<(ServiceProcess Service, HttpClient Client)> StartArmAsync(
        SecurityArm arm, ServiceApp app, int port, string jobFolder, string token, CancellationToken cancellationToken)
    {
        var settings = BenchmarkRun.ServiceSettings(port, jobFolder);
        foreach (var (name, value) in arm.Settings)
        {
            settings[name] = value;
        }

        var service = await app.StartAsync(port, settings, cancellationToken);
        var client = service.CreateClient(TimeSpan.FromMinutes(2));
        if (arm.Token)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return (service, client);
    }

    /// <summary>The tables that have row-level security policies (schema 0009): ivoa.obscore and the CAOM2 tables.</summary>
    private static async Task<List<string>> PolicyTablesAsync(NpgsqlDataSource admin, CancellationToken cancellationToken)
    {
        await using var command = admin.CreateCommand("SELECT DISTINCT format('%I.%I', schemaname, tablename) FROM pg_policies ORDER BY 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tables = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables.Count > 0 ? tables : throw new HarnessException("no table has row-level security policies: is the schema migrated?");
    }

    private static async Task SetRowSecurityAsync(NpgsqlDataSource admin, List<string> tables, bool on, CancellationToken cancellationToken)
    {
        var state = on ? "ENABLE" : "DISABLE";
        await using var command = admin.CreateCommand(string.Concat(tables.Select(table => $"ALTER TABLE {table} {state} ROW LEVEL SECURITY;")));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
