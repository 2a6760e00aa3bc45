using Dapper;

namespace Integration.Tests.Database;

/// <summary>Cone searches on the footprint and on the stored centre are answered through the GiST indexes.</summary>
[Collection(DatabaseTests.Name)]
public sealed class SpatialIndexTests(DatabaseFixture database)
{
    // A CCD-sized footprint around (10°, -30°) and one on the other side of the sky.
    private const string InsertFootprints = """
        INSERT INTO ivoa.obscore (dataproduct_type, calib_level, obs_collection, obs_id, obs_publisher_did, s_ra, s_dec, s_region, s_position)
        VALUES
            ('image', 2, 'test', 'near', 'ivo://test/near', 10, -30,
             '{(9.9d,-30.1d),(10.1d,-30.1d),(10.1d,-29.9d),(9.9d,-29.9d)}', spoint(radians(10), radians(-30))),
            ('image', 2, 'test', 'far', 'ivo://test/far', 190, 30,
             '{(189.9d,29.9d),(190.1d,29.9d),(190.1d,30.1d),(189.9d,30.1d)}', spoint(radians(190), radians(30)))
        """;

    [Theory]
    [InlineData("s_region && scircle(spoint(radians(10.5), radians(-30)), radians(1))", "obscore_s_region_idx")]
    [InlineData("s_position <@ scircle(spoint(radians(10.5), radians(-30)), radians(1))", "obscore_s_position_idx")]
    public async Task Cone_query_finds_the_near_footprint_through_the_gist_index(string cone, string index)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(InsertFootprints, transaction: transaction);
        // Two rows are too few for the planner to prefer an index on its own; the question is whether it can use one.
        await connection.ExecuteAsync("SET LOCAL enable_seqscan = off", transaction: transaction);
        var query = $"SELECT obs_id FROM ivoa.obscore WHERE {cone}";

        var plan = string.Join('\n', await connection.QueryAsync<string>("EXPLAIN " + query, transaction: transaction));
        var found = await connection.QueryAsync<string>(query, transaction: transaction);

        Assert.Contains(index, plan, StringComparison.Ordinal);
        Assert.Equal(["near"], found);
    }
}
