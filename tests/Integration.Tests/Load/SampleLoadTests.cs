using Dapper;
using Integration.Tests.Database;
using SeedData.Generator.Products;
using SeedData.Generator.Survey;
using SeedData.Generator.Tables;

namespace Integration.Tests.Load;

/// <summary>The committed sample, as run.sh loads it. Own database.</summary>
public sealed class SampleLoadTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_sample_loads_completely_with_consistent_caom2_and_obscore()
    {
        var load = await LoadRunner.LoadAsync(database.AdminConnectionString, "--sample", "--public-base-url", "https://data.example.org/api/");
        Assert.True(load.ExitCode == 0, load.Error);

        var data = SeedDataSet.Generate(SurveyParameters.Sample);
        await using var connection = await database.OpenAsync();
        foreach (var table in GeneratedTable.All)
        {
            Assert.Equal(table.Rows(data).LongCount(), await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table.Table.QualifiedName}"));
        }

        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM ivoa.obscore o FULL JOIN caom2.plane p ON p.publisher_did = o.obs_publisher_did WHERE o.obs_publisher_did IS NULL OR p.publisher_did IS NULL"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM ivoa.obscore WHERE access_url NOT LIKE 'https://data.example.org/api/datalink/links?ID=ivo%3A%2F%2F%'"));
        Assert.Equal(["proprietary", "public"], await connection.QueryAsync<string>("SELECT DISTINCT data_rights FROM ivoa.obscore ORDER BY 1"));
        // Counted positively: this pg_sphere build implements the negator of && (!&&) as && itself,
        // so NOT (a && b) is answered wrongly.
        var (inputs, consistent) = await connection.QuerySingleAsync<(long, long)>(
            """
            SELECT count(*), count(*) FILTER (WHERE calexp.lsst_band = coadd.lsst_band AND calexp.s_region && coadd.s_region AND calexp.calib_level = 2)
            FROM caom2.provenance_input i
            JOIN ivoa.obscore coadd ON coadd.obs_publisher_did = i.publisher_did
            JOIN ivoa.obscore calexp ON calexp.obs_publisher_did = i.input_did
            """);
        Assert.Equal(data.Coadds.Sum(c => c.Inputs.Count), inputs);
        Assert.Equal(inputs, consistent);
    }
}
