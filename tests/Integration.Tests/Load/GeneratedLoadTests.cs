using System.IO.Compression;
using Dapper;
using Integration.Tests.Database;
using SeedData.Generator.Products;
using SeedData.Generator.Survey;
using SeedData.Generator.Tables;

namespace Integration.Tests.Load;

/// <summary>Loading generated visits: counts, idempotence, and footprints as pg_sphere stores them. Own database.</summary>
public sealed class GeneratedLoadTests(DatabaseFixture database, GeneratedDataSetFolder folder)
    : IClassFixture<DatabaseFixture>, IClassFixture<GeneratedDataSetFolder>
{
    private static SeedDataSet Data => GeneratedDataSetFolder.Data;

    private string[] Arguments => ["--dir", folder.Path];

    [Fact]
    public async Task Loading_twice_gives_the_generator_row_counts_once()
    {
        var first = await LoadRunner.LoadAsync(database.AdminConnectionString, Arguments);
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("rows/s", first.Output, StringComparison.Ordinal);
        await AssertCountsMatchTheGeneratorAsync();

        var again = await LoadRunner.LoadAsync(database.AdminConnectionString, Arguments);
        Assert.True(again.ExitCode == 0, again.Error);
        await AssertCountsMatchTheGeneratorAsync();
    }

    [Fact]
    public async Task Stored_footprints_have_the_areas_and_centres_computed_in_csharp()
    {
        var load = await LoadRunner.LoadAsync(database.AdminConnectionString, Arguments);
        Assert.True(load.ExitCode == 0, load.Error);
        await using var connection = await database.OpenAsync();

        var stored = (await connection.QueryAsync<(string Did, double Area, double Ra, double Dec)>(
            """
            SELECT obs_publisher_did, area(s_region) * (180 / pi()) ^ 2, degrees(long(s_position)), degrees(lat(s_position))
            FROM ivoa.obscore WHERE lsst_dataset_type IN ('calexp', 'deepCoadd')
            """)).ToDictionary(r => r.Did);

        var footprints = Data.CcdImages.Select(c => (Did: Data.Ids.Did(ProductType.Calexp, c), c.Footprint))
            .Concat(Data.Coadds.Select(c => (Did: Data.Ids.Did(c), c.Footprint)))
            .ToList();
        Assert.Equal(footprints.Count, stored.Count);
        Assert.All(footprints, f =>
        {
            var row = stored[f.Did];
            // pg_sphere sums the polygon's angles, which leaves it about 1e-5 relative on areas this small.
            Assert.Equal(f.Footprint.AreaSquareDegrees, row.Area, f.Footprint.AreaSquareDegrees * 1e-4);
            Assert.True(f.Footprint.Centre.SeparationDegrees(new(row.Ra, row.Dec)) < 1e-8, $"{f.Did} centre moved");
        });

        var visitArea = await connection.ExecuteScalarAsync<double>(
            "SELECT sum(area(s_region)) * (180 / pi()) ^ 2 FROM ivoa.obscore WHERE lsst_visit = @visit AND lsst_dataset_type = 'calexp'",
            new { visit = Data.Visits[0].Id });
        // 189 CCDs of 4072 x 4000 pixels at 0.2": 9.50 square degrees, less the gnomonic shrinking off axis.
        Assert.InRange(visitArea, 9.4, 9.6);
    }

    private async Task AssertCountsMatchTheGeneratorAsync()
    {
        await using var connection = await database.OpenAsync();
        foreach (var table in GeneratedTable.All)
        {
            var stored = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table.Table.QualifiedName}");
            Assert.Equal(table.Rows(Data).LongCount(), stored);
        }
    }
}

/// <summary>Three generated visits written as the generator tool writes them, for `load --dir`; deleted after the tests.</summary>
public sealed class GeneratedDataSetFolder : IDisposable
{
    public static readonly SeedDataSet Data = SeedDataSet.Generate(new SurveyParameters(3, 5, new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc)));

    public GeneratedDataSetFolder() => GeneratedTable.WriteFolder(Data, Path, CompressionLevel.Fastest);

    public string Path { get; } = Directory.CreateTempSubdirectory("generated-load-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
