using Dapper;
using Integration.Tests.Database;

namespace Integration.Tests.Load;

/// <summary>ObsCore rows exported by other tools (Rubin's dax_obscore writes CSV). Own database.</summary>
public sealed class CsvLoadTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IDisposable
{
    private const string Header = "dataproduct_type,calib_level,obs_collection,obs_id,obs_publisher_did,s_ra,s_dec,s_region,lsst_band,lsst_visit";
    private readonly string _folder = Directory.CreateTempSubdirectory("csv-load-").FullName;

    [Fact]
    public async Task Stcs_and_dali_regions_load_with_derived_position_and_access_url()
    {
        var file = Write("stcs.csv",
            Header,
            "image,2,DP1,a,ivo://test/csv?a,10.5,-20.5,POLYGON ICRS 10 -21 11 -21 11 -20 10 -20,r,1",
            "image,2,DP1,b,ivo://test/csv?b,20.5,-20.5,Polygon icrs 20 -21 21 -21 21 -20 20 -20,g,2",
            "image,2,DP1,c,ivo://test/csv?c,30.5,-20.5,POLYGON 30 -21 30 -20 31 -20 31 -21,i,3",
            "image,2,DP1,d,ivo://test/csv?d,40.5,-20.5,\"40 -21 41 -21 41 -20 40 -20\",z,4");

        var load = await LoadRunner.LoadAsync(database.AdminConnectionString, "--csv", file);

        Assert.True(load.ExitCode == 0, load.Error);
        await using var connection = await database.OpenAsync();
        var rows = (await connection.QueryAsync<(string ObsId, double Area, double Ra, double Dec, string Url)>(
            """
            SELECT obs_id, area(s_region) * (180 / pi()) ^ 2, degrees(long(s_position)), degrees(lat(s_position)), access_url
            FROM ivoa.obscore WHERE obs_collection = 'DP1' ORDER BY obs_id
            """)).ToList();
        Assert.Equal(["a", "b", "c", "d"], rows.Select(r => r.ObsId));
        Assert.All(rows, r => Assert.Equal(0.9367, r.Area, 3));
        Assert.Equal([10.5, 20.5, 30.5, 40.5], rows.Select(r => Math.Round(r.Ra, 9)));
        Assert.All(rows, r => Assert.Equal(-20.5, r.Dec, 9));
        Assert.Equal("http://127.0.0.1:8080/datalink/links?ID=ivo%3A%2F%2Ftest%2Fcsv%3Fa", rows[0].Url);
    }

    [Fact]
    public async Task Unknown_columns_are_all_reported_with_suggestions_and_nothing_loads()
    {
        var file = Write("unknown.csv",
            Header + ",s_raa,lsst_vist,exposure_kind",
            "image,2,UNKNOWN,a,ivo://test/unknown?a,10.5,-20.5,POLYGON ICRS 10 -21 11 -21 11 -20 10 -20,r,1,1,2,x");

        var load = await LoadRunner.LoadAsync(database.AdminConnectionString, "--csv", file);

        Assert.Equal(1, load.ExitCode);
        Assert.Contains("unknown column 's_raa' in ivoa.obscore (did you mean 's_ra'?)", load.Error, StringComparison.Ordinal);
        Assert.Contains("unknown column 'lsst_vist' in ivoa.obscore (did you mean 'lsst_visit'?)", load.Error, StringComparison.Ordinal);
        Assert.Contains("unknown column 'exposure_kind' in ivoa.obscore", load.Error, StringComparison.Ordinal);
        await AssertNothingLoadedAsync("UNKNOWN");
    }

    [Fact]
    public async Task Malformed_rows_are_reported_with_their_line_numbers_and_nothing_loads()
    {
        var file = Write("malformed.csv",
            Header,
            "image,2,MALFORMED,a,ivo://test/malformed?a,10.5,-20.5,POLYGON ICRS 10 -21 11 -21 11 -20 10 -20,r,1",
            "image,2,MALFORMED,b,ivo://test/malformed?b,ten,-20.5,POLYGON ICRS 10 -21 11 -21 11 -20 10 -20,r,1",
            "image,2,MALFORMED,c,ivo://test/malformed?c,10.5,-20.5,POLYGON ICRS 10 -21 11 -21 11 -20 10 -20,r,1",
            "image,2,MALFORMED,d,ivo://test/malformed?d,10.5,-20.5,CIRCLE ICRS 10 -21 1,r,1",
            "image,2,MALFORMED,e,ivo://test/malformed?e,10.5,-20.5",
            "image,2,MALFORMED,,ivo://test/malformed?f,10.5,-20.5,POLYGON ICRS 10 -21 11 -21 11 -20 10 -20,r,1");

        var load = await LoadRunner.LoadAsync(database.AdminConnectionString, "--csv", file);

        Assert.Equal(1, load.ExitCode);
        Assert.Contains("malformed.csv line 3: s_ra: 'ten' is not a number", load.Error, StringComparison.Ordinal);
        Assert.Contains("malformed.csv line 5: s_region: 'CIRCLE' in a polygon is not a number", load.Error, StringComparison.Ordinal);
        Assert.Contains("malformed.csv line 6: 7 fields where the header has 10", load.Error, StringComparison.Ordinal);
        Assert.Contains("malformed.csv line 7: obs_id is required", load.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("line 2:", load.Error, StringComparison.Ordinal);
        await AssertNothingLoadedAsync("MALFORMED");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task AssertNothingLoadedAsync(string collection)
    {
        await using var connection = await database.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM ivoa.obscore WHERE obs_collection = @collection", new { collection }));
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
