using System.IO.Compression;
using Dapper;
using Integration.Tests.Database;
using ObsCore.Model;
using SeedData.Generator.Products;
using SeedData.Generator.Survey;
using SeedData.Generator.Tables;

namespace Integration.Tests.Load;

/// <summary>
/// A night's visits loaded into a survey that holds more rows than the night: the rows go into the
/// tables with their indexes live (none is dropped and rebuilt), arrive whole, once however often the
/// night is loaded, and stay under embargo. Own database.
/// </summary>
public sealed class NightlyIngestTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IDisposable
{
    private static readonly SeedDataSet Survey = SeedDataSet.Generate(new SurveyParameters(8, 5, new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc)));

    /// <summary>Ends an hour before the test runs, so every product of the night is still under embargo.</summary>
    private static readonly SeedDataSet Night = SeedDataSet.Generate(new SurveyParameters(2, 6, DateTime.UtcNow));

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
