using System.Globalization;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using ObsCore.Model;
using SeedData.Generator.Products;
using SeedData.Generator.Survey;
using SeedData.Generator.Tables;
using Tap.Service.Database;

namespace Tap.Service.Admin.Load;

/// <summary>`load`: fills ivoa.obscore and caom2.* from the committed sample, the generator or an ObsCore CSV file.</summary>
public sealed class LoadCommand(IOptions<DatabaseOptions> options) : IAdminCommand
{
    public string Name => "load";

    public string Summary => "load the sample (--sample), N generated visits (--visits N) or ObsCore rows (--csv FILE)";

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
            options = LoadOptions.Parse(args, DateTime.UtcNow);
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
            var result = await new BulkLoader(dataSource, progress).LoadAsync(sources, cancellation);
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

    private static List<TableSource> Sources(LoadOptions options, List<CsvTableReader> readers, TextWriter output)
    {
        var obscore = ObsCoreTable.Definition;
        if (options.CsvFile is { } csv)
        {
            output.WriteLine($"Loading ObsCore rows from {csv}");
            readers.Add(CsvTableReader.Open(obscore, csv));
            return [readers[0].ToSource(AccessUrls.FillMissing(options.PublicBaseUrl))];
        }

        if (options.Sample)
        {
            var directory = SampleDirectory();
            output.WriteLine($"Loading the committed sample from {directory}");
            return [.. GeneratedTable.All.Select(table =>
            {
                var reader = CsvTableReader.Open(table.Table, Path.Combine(directory, table.FileName));
                readers.Add(reader);
                return reader.ToSource(table.Table == obscore ? AccessUrls.Replace(options.PublicBaseUrl) : null);
            })];
        }

        var parameters = new SurveyParameters(options.Visits!.Value, options.Seed, options.Now, options.PublicBaseUrl);
        output.WriteLine($"Generating {parameters.Visits} visits (seed {parameters.Seed}, reference time {parameters.Now:yyyy-MM-ddTHH:mm:ssZ})");
        var data = SeedDataSet.Generate(parameters);
        return [.. GeneratedTable.All.Select(table => new TableSource(table.Table, table.Rows(data)))];
    }

    /// <summary>The sample folder, looked for from the working directory and from the executable upwards.</summary>
    private static string SampleDirectory()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, Sample.RelativeDirectory);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"The sample folder {Sample.RelativeDirectory} was not found above the working directory.");
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
