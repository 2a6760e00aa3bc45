using Dapper;
using Integration.Tests.Database;

namespace Integration.Tests.Load;

/// <summary>A CSV load into a table that holds the sample: merged by default, or replacing everything with --replace. Own database.</summary>
public sealed class CsvMergeOrReplaceTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("csv-replace-").FullName;

    [Fact]
    public async Task A_csv_load_merges_into_the_sample_and_with_replace_is_all_that_remains()
    {
        Assert.Equal(0, (await LoadRunner.LoadAsync(database.AdminConnectionString, "--sample")).ExitCode);
        var sampleRows = await CountAsync("ivoa.obscore");
        var file = Path.Combine(_folder, "two.csv");
        await File.WriteAllLinesAsync(file,
        [
            "dataproduct_type,calib_level,obs_collection,obs_id,obs_publisher_did,s_ra,s_dec,s_region",
            "image,2,DP1,a,ivo://test/csv?a,10.5,-20.5,POLYGON ICRS 10 -21 11 -21 11 -20 10 -20",
            "image,2,DP1,b,ivo://test/csv?b,20.5,-20.5,POLYGON ICRS 20 -21 21 -21 21 -20 20 -20",
        ]);

        var merge = await LoadRunner.LoadAsync(database.AdminConnectionString, "--csv", file);
        var afterMerge = await CountAsync("ivoa.obscore");
        var replace = await LoadRunner.LoadAsync(database.AdminConnectionString, "--csv", file, "--replace");

        Assert.True(merge.ExitCode == 0, merge.Error);
        Assert.True(replace.ExitCode == 0, replace.Error);
        Assert.Equal(sampleRows + 2, afterMerge);
        Assert.Equal(2, await CountAsync("ivoa.obscore"));
        Assert.Equal(0, await CountAsync("caom2.artifact"));
        Assert.Equal(0, await CountAsync("caom2.observation"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<long> CountAsync(string table)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}");
    }
}
