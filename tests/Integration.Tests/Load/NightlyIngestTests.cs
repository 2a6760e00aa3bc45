using System.IO.Compression;
using Dapper;
using Integration.Tests.Database;
using ObsCore.Model;
using ObsCore.Model.Csv;
using SeedData.Generator.Products;
using SeedData.Generator.Survey;
using SeedData.Generator.Tables;

namespace Integration.Tests.Load;

/// <summary>
/// A night's visits loaded into a survey that holds more rows than the night: the rows go into the
/// tables with their indexes live (none is dropped and rebuilt), arrive whole, once however often the
/// night is loaded, and stay under embargo; their foreign keys are checked as one batch, so a dangling
/// reference refuses the whole night and the constraints stay valid. Own database.
/// </summary>
public sealed class NightlyIngestTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IDisposable
{
    private static readonly SeedDataSet Survey = SeedDataSet.Generate(new SurveyParameters(8, 5, new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc)));

    /// <summary>Ends an hour before the test runs, so every product of the night is still under embargo.</summary>
    private static readonly SeedDataSet Night = SeedDataSet.Generate(new SurveyParameters(2, 6, DateTime.UtcNow));

    /// <summary>Another night, days before <see cref="Night"/>, so neither test has loaded its rows before the other runs.</summary>
    private static readonly SeedDataSet EarlierNight = SeedDataSet.Generate(new SurveyParameters(2, 7, DateTime.UtcNow.AddDays(-3)));

    private readonly string _surveyFolder = WriteFolder(Survey, "survey");
    private readonly string _nightFolder = WriteFolder(Night, "night");

    [Fact]
    public async Task A_night_goes_into_the_survey_with_its_indexes_live_whole_once_and_under_embargo()
    {
        var survey = await LoadRunner.LoadAsync(database.AdminConnectionString, "--dir", _surveyFolder);
        Assert.True(survey.ExitCode == 0, survey.Error);
        var indexes = await IndexIdentitiesAsync();

        var night = await LoadRunner.LoadAsync(database.AdminConnectionString, "--dir", _nightFolder);
        Assert.True(night.ExitCode == 0, night.Error);
        Assert.DoesNotContain("rebuilding", night.Output, StringComparison.Ordinal);
        Assert.Equal(indexes, await IndexIdentitiesAsync());

        var dids = NightDids();
        Assert.Equal(dids.Length, await CountAsync("metadata_query_staff", "obs_publisher_did = ANY (@dids)", dids));
        var total = await CountAsync("metadata_query_staff", "true", dids);

        var again = await LoadRunner.LoadAsync(database.AdminConnectionString, "--dir", _nightFolder);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Equal(total, await CountAsync("metadata_query_staff", "true", dids));
        Assert.Equal(dids.Length, await CountAsync("metadata_query_staff", "obs_publisher_did = ANY (@dids)", dids));

        // Found through the visit index as the portal asks; hidden from everyone outside the embargo group.
        var visit = $"lsst_visit = {Night.Visits[0].Id}";
        Assert.True(await CountAsync("metadata_query_staff", visit, dids) > 0);
        Assert.Equal(0, await CountAsync("metadata_query", visit, dids));
        Assert.Equal(0, await CountAsync("metadata_query", "obs_publisher_did = ANY (@dids)", dids));
        Assert.True(await CountAsync("metadata_query", "true", dids) > 0, "the survey's released rows stay visible");
    }

    [Fact]
    public async Task A_night_whose_artifact_names_a_missing_plane_is_refused_whole_by_the_set_based_check()
    {
        var survey = await LoadRunner.LoadAsync(database.AdminConnectionString, "--dir", _surveyFolder);
        Assert.True(survey.ExitCode == 0, survey.Error);
        var staffRows = await CountAsync("metadata_query_staff", "true", []);
        var folder = WriteFolder(EarlierNight, "earlier");
        var missing = DropLastPlane(folder);

        var night = await LoadRunner.LoadAsync(database.AdminConnectionString, "--dir", folder);
        Directory.Delete(folder, recursive: true);

        Assert.Equal(1, night.ExitCode);
        Assert.Contains($"caom2.artifact: artifact_plane_fk: {missing} is not in caom2.plane", night.Error, StringComparison.Ordinal);
        Assert.Equal(staffRows, await CountAsync("metadata_query_staff", "true", []));
        await using var connection = await database.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM caom2.plane WHERE publisher_did = @missing", new { missing }));
        Assert.True(await connection.ExecuteScalarAsync<bool>(
            "SELECT bool_and(convalidated) FROM pg_constraint WHERE contype = 'f' AND connamespace = 'caom2'::regnamespace"),
            "the foreign keys stay declared and valid");
    }

    public void Dispose()
    {
        Directory.Delete(_surveyFolder, recursive: true);
        Directory.Delete(_nightFolder, recursive: true);
    }

    private static string WriteFolder(SeedDataSet data, string name)
    {
        var folder = Directory.CreateTempSubdirectory($"nightly-{name}-").FullName;
        GeneratedTable.WriteFolder(data, folder, CompressionLevel.Fastest);
        return folder;
    }

    /// <summary>Removes the last plane of a data-set folder, so its artifact refers to nothing; returns its publisher DID.</summary>
    private static string DropLastPlane(string folder)
    {
        var path = Path.Combine(folder, CsvTables.FileName(Caom2Tables.Plane));
        List<string> lines;
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress)))
        {
            lines = [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries)];
        }

        var dropped = lines[^1];
        using (var writer = new StreamWriter(new GZipStream(File.Create(path), CompressionLevel.Fastest)))
        {
            writer.Write(string.Join('\n', lines[..^1]) + "\n");
        }

        return dropped[..dropped.IndexOf(',', StringComparison.Ordinal)];
    }

    private static string[] NightDids()
    {
        var obscore = GeneratedTable.All.Single(t => t.Table == ObsCoreTable.Definition);
        var did = obscore.Table.Columns.ToList().FindIndex(c => c.DatabaseName == "obs_publisher_did");
        return [.. obscore.Rows(Night).Select(row => (string)row[did]!)];
    }

    /// <summary>The identities of ivoa.obscore's indexes: a rebuilt index has a new one.</summary>
    private async Task<string> IndexIdentitiesAsync()
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<string>(
            "SELECT string_agg(indexrelid::oid::text, ',' ORDER BY indexrelid) FROM pg_index WHERE indrelid = 'ivoa.obscore'::regclass") ?? "";
    }

    /// <summary>Counts rows of what queries read (ivoa.obscore_current) as a query role sees them, as the service asks.</summary>
    private async Task<long> CountAsync(string role, string condition, string[] dids)
    {
        await using var connection = await database.OpenAsync("metadata_service");
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync($"SET TRANSACTION READ ONLY; SET LOCAL ROLE {role}", transaction: transaction);
        return await connection.ExecuteScalarAsync<long>(
            $"SELECT count(*) FROM ivoa.obscore_current WHERE {condition}", new { dids }, transaction);
    }
}
