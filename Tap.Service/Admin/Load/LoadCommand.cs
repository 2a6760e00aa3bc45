using System.Globalization;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using ObsCore.Model;
using ObsCore.Model.Csv;
using Tap.Service.Database;

namespace Tap.Service.Admin.Load;

/// <summary>
/// `load`: fills ivoa.obscore and caom2.* from the committed sample (its times moved to the present:
/// <see cref="SampleClock"/>), a data-set folder or an ObsCore CSV file.
/// </summary>
internal sealed class LoadCommand(IOptions<DatabaseOptions> options) : IAdminCommand
{
    public string Name => "load";

    public string Summary => "load the sample (--sample), a data-set folder (--dir DIR) or ObsCore rows (--csv FILE)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(options.Value.AdminConnectionString);
        return await RunAsync(arguments, dataSource, Console.Out, Console.Error, cancellationToken);
    }

    /// <returns>0 when loaded, 1 when the input was rejected (nothing loaded), 2 for a usage error.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, NpgsqlDataSource dataSource, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (ArgumentException usage)
        {
            await error.WriteLineAsync($"load: {usage.Message}\n{LoadOptions.Usage}");
            return 2;
        }

        var readers = new List<CsvTableReader>();
        try
        {
            var sources = Sources(options, readers, output);
            var toTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
            var progress = new LoadProgress(output, toTerminal);
            var emptied = options.Replace ? CsvTables.DataSetTables.Select(table => table.QualifiedName).ToList() : [];
            var result = await new BulkLoader(dataSource, progress).LoadAsync(sources, emptied, cancellation);
            await ReportAsync(result, dataSource, output, cancellation);
            return 0;
        }
        catch (LoadRejectedException rejected)
        {
            await error.WriteLineAsync($"load: {rejected.Message}");
            foreach (var problem in rejected.Problems)
            {
                await error.WriteLineAsync($"  {problem}");
            }

            return 1;
        }
        catch (IOException unreadable)
        {
            await error.WriteLineAsync($"load: {unreadable.Message}");
            return 1;
        }
        finally
        {
            readers.ForEach(reader => reader.Dispose());
        }
    }

    /// <summary>The committed sample, copied next to the binaries at build time (see Tap.Service.csproj).</summary>
    private static string SampleDirectory => Path.Combine(AppContext.BaseDirectory, "sample");

    private static List<TableSource> Sources(LoadOptions options, List<CsvTableReader> readers, TextWriter output)
    {
        var obscore = ObsCoreTable.Definition;
        if (options.CsvFile is { } csv)
        {
            output.WriteLine($"Loading ObsCore rows from {csv}");
            readers.Add(CsvTableReader.Open(obscore, csv));
            return [readers[0].ToSource(AccessUrls.FillMissing(options.PublicBaseUrl))];
        }

        var directory = options.Directory ?? SampleDirectory;
        output.WriteLine(options.Sample ? $"Loading the committed sample from {directory}" : $"Loading the data set in {directory}");
        var clock = options.Sample ? SampleClock.ToPresent(directory, DateTime.UtcNow) : null;
        if (clock is not null)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Moving its times by {clock.Shift.TotalDays:F3} days: its newest exposure ended {SampleClock.NewestExposureEndsBeforeLoad.TotalHours:F0} h ago, its newest night is under embargo"));
        }

        // Our own data, so access_url follows this deployment's base URL whatever the files say.
        return [.. CsvTables.DataSetTables.Select(table =>
        {
            var reader = CsvTableReader.Open(table, Path.Combine(directory, CsvTables.FileName(table)));
            readers.Add(reader);
            var complete = table == obscore ? AccessUrls.Replace(options.PublicBaseUrl) : null;
            return reader.ToSource(clock is null ? complete : clock.For(table, complete));
        })];
    }

    private static async Task ReportAsync(LoadResult result, NpgsqlDataSource dataSource, TextWriter output, CancellationToken cancellation)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellation);
        var bytes = 0L;
        foreach (var (table, _) in result.Tables)
        {
            bytes += await connection.ExecuteScalarAsync<long>("SELECT pg_total_relation_size(@table::regclass)", new { table });
        }

        var seconds = result.Elapsed.TotalSeconds;
        var rebuild = result.RebuildTime.TotalSeconds;
        var rebuildNote = rebuild > 0
            ? $" ({result.Rows / (seconds - rebuild):N0} rows/s before rebuilding keys, indexes and foreign keys for {rebuild:F1} s)"
            : "";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Loaded {result.Rows:N0} rows into {result.Tables.Count} tables in {seconds:F1} s: {result.Rows / seconds:N0} rows/s{rebuildNote}; " +
            $"tables now take {bytes / 1048576.0:N0} MiB"));
    }
}
