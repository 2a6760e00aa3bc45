namespace Harness;

/// <summary>
/// Where the modes that compare ways of serving the query mix start: the data set's database migrated
/// and loaded, the service ready to run on it, and the mix chosen from its rows; the time and the
/// machine's load average at the start go into the report.
/// </summary>
internal sealed record MixSetup(
    DateTime Started, string LoadAverageAtStart, BenchDatabase Database, ServiceApp App, DataSet DataSet, string PostgresVersion,
    IReadOnlyList<MixQuery> Mix) : IAsyncDisposable
{
    public static async Task<MixSetup> PrepareAsync(HarnessOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        var loadAtStart = Machine.LoadAverage();
        var database = BenchDatabase.ForRows(options.Rows);
        try
        {
            var app = new ServiceApp(options.ServiceDirectory, database.Environment);
            log.WriteLine($"== schema of {database.Name} (Tap.Service migrate) and data set");
            await app.RunCommandAsync(["migrate"], cancellationToken);
            var dataSet = await DataSet.EnsureAsync(database, app, options.Rows, options.Seed, log, cancellationToken);
            var postgres = await BenchmarkRun.PostgresVersionAsync(database, cancellationToken);
            var mix = await QueryMix.ChooseAsync(database.Admin, cancellationToken);
            return new MixSetup(started, loadAtStart, database, app, dataSet, postgres, mix);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
