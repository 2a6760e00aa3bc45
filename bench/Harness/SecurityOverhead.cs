using System.Net.Http.Headers;
using Npgsql;

namespace Harness;

/// <summary>How the service is run in one arm of the comparison: who the callers are and whether PostgreSQL keeps the embargo.</summary>
/// <param name="Settings">Service settings on top of the harness's own.</param>
/// <param name="RowSecurity">Row-level security on: the tables' policies in force.</param>
/// <param name="Token">Every request carries an ordinary user's bearer token.</param>
internal sealed record SecurityArm(string Name, IReadOnlyDictionary<string, string> Settings, bool RowSecurity, bool Token);

/// <summary>One arm measured: requests per second at each concurrency level and the one-client p50 of each mix query, medians of the repeats.</summary>
internal sealed record ArmFigures(SecurityArm Arm, IReadOnlyList<LoadLevel> Levels);

internal sealed record SecurityRunResults(
    DateTime Started, HarnessOptions Options, Machine Machine, string LoadAverageAtStart, string LoadAverageAtEnd,
    string PostgresVersion, DataSet DataSet, IReadOnlyList<MixQuery> Mix, IReadOnlyList<ArmFigures> Arms);

/// <summary>
/// What authentication and row-level security cost on the query mix (issue 12: at most 5 %): the
/// mix with neither (no authentication, the tables' policies disabled), as an anonymous caller
/// with row-level security, and with an ordinary user's bearer token. The arms take turns, each
/// repeat starting with the next arm and every arm restarting the service, so that drift of a
/// shared machine and what one arm leaves behind fall on all of them alike.
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
        var started = DateTime.UtcNow;
        var loadAtStart = Machine.LoadAverage();
        await using var database = BenchDatabase.ForRows(options.Rows);
        var app = new ServiceApp(options.ServiceDirectory, database.Environment);
        log.WriteLine($"== schema of {database.Name} (Tap.Service migrate) and data set");
        await app.RunCommandAsync(["migrate"], cancellationToken);
        var dataSet = await DataSet.EnsureAsync(database, app, options.Rows, options.Seed, log, cancellationToken);
        var postgres = await BenchmarkRun.PostgresVersionAsync(database, cancellationToken);
        var mix = await QueryMix.ChooseAsync(database.Admin, cancellationToken);
        var token = await app.ReadCommandOutputAsync(["token", "--user", "bench-user", "--group", "astronomers", "--days", "1"], cancellationToken);
        var tables = await PolicyTablesAsync(database.Admin, cancellationToken);

        var runs = Arms.ToDictionary(arm => arm, _ => new List<List<LoadLevel>>());
        var jobFolder = Directory.CreateTempSubdirectory("bench-security-");
        try
        {
            for (var repeat = 1; repeat <= options.Repeats; repeat++)
            {
                // Each repeat starts with a different arm, so that no arm always follows the same one.
                foreach (var arm in Arms.Skip((repeat - 1) % Arms.Count).Concat(Arms.Take((repeat - 1) % Arms.Count)))
                {
                    log.WriteLine($"== repeat {repeat} of {options.Repeats}: {arm.Name}");
                    await SetRowSecurityAsync(database.Admin, tables, arm.RowSecurity, cancellationToken);
                    runs[arm].Add(await MeasureArmAsync(arm, app, options, jobFolder.FullName, mix, token, log, cancellationToken));
                }
            }
        }
        finally
        {
            // Whatever happened, the data set keeps the embargo it was loaded with.
            await SetRowSecurityAsync(database.Admin, tables, on: true, CancellationToken.None);
            jobFolder.Delete(recursive: true);
        }

        var arms = Arms.Select(arm => new ArmFigures(arm, [.. ClientCounts.Select((_, level) => LoadLevel.MedianOf([.. runs[arm].Select(run => run[level])]))])).ToList();
        return new SecurityRunResults(started, options, Machine.Describe(), loadAtStart, Machine.LoadAverage(), postgres, dataSet, mix, arms);
    }

    private static async Task<List<LoadLevel>> MeasureArmAsync(
        SecurityArm arm, ServiceApp app, HarnessOptions options, string jobFolder, IReadOnlyList<MixQuery> mix, string token,
        TextWriter log, CancellationToken cancellationToken)
    {
        var settings = BenchmarkRun.ServiceSettings(options.Port, jobFolder);
        foreach (var (name, value) in arm.Settings)
        {
            settings[name] = value;
        }

        await using var service = await app.StartAsync(options.Port, settings, cancellationToken);
        using var client = service.CreateClient(TimeSpan.FromMinutes(2));
        if (arm.Token)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var requests = new ServiceRequests(client);
        foreach (var query in mix)
        {
            await requests.ProbeAsync(query, cancellationToken);
        }

        await LoadTest.RunAsync(requests, mix, ClientCounts[^1], WarmUp, cancellationToken);
        var levels = new List<LoadLevel>();
        foreach (var clients in ClientCounts)
        {
            levels.Add(await LoadTest.RunAsync(requests, mix, clients, options.LoadDuration, cancellationToken));
            log.WriteLine(FormattableString.Invariant($"  {clients} clients: {levels[^1].RequestsPerSecond:F0} requests/s, {levels[^1].Failures} of {levels[^1].Requests} failed"));
        }

        return levels;
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
