using Dapper;
using Npgsql;

namespace Integration.Tests.Security;

/// <summary>
/// The embargo with the service and its ADQL compiler out of the way: SQL sent straight to
/// PostgreSQL as the service login, SET ROLE to a query role as the service does, including forms
/// ADQL has no words for (window functions, LATERAL, recursive CTEs, the planner's statistics).
/// </summary>
[Collection(EmbargoTests.Name)]
public sealed class EmbargoDatabaseTests(EmbargoFixture embargo)
{
    private static readonly IReadOnlyList<string> SqlForms =
    [
        "SELECT * FROM ivoa.obscore WHERE data_rights = 'proprietary'",
        "SELECT t.obs_publisher_did FROM (TABLE ivoa.obscore) AS t WHERE t.data_rights = 'proprietary'",
        "SELECT obs_publisher_did FROM ivoa.obscore WHERE obs_release_date > now()",
        "SELECT * FROM ivoa.obscore WHERE obs_publisher_did = '{did}'",
        "SELECT count(*) FROM ivoa.obscore WHERE lsst_visit >= {visit}",
        "SELECT max(lsst_visit) FROM ivoa.obscore WHERE lsst_visit >= {visit}",
        "SELECT count(*) FILTER (WHERE obs_release_date > now()) FROM ivoa.obscore",
        "SELECT lsst_visit, count(*) FROM ivoa.obscore WHERE lsst_visit >= {visit} GROUP BY lsst_visit",
        "SELECT obs_publisher_did FROM (SELECT obs_publisher_did, rank() OVER (ORDER BY obs_release_date DESC) AS r FROM ivoa.obscore) s WHERE r = 1 AND obs_publisher_did IN (SELECT obs_publisher_did FROM ivoa.obscore WHERE obs_release_date > now())",
        "SELECT 1 WHERE EXISTS (SELECT 1 FROM ivoa.obscore WHERE obs_publisher_did = '{did}')",
        "SELECT 1 WHERE {visit} IN (SELECT lsst_visit FROM ivoa.obscore)",
        "WITH RECURSIVE e AS (SELECT obs_publisher_did FROM ivoa.obscore WHERE obs_release_date > now()) SELECT * FROM e",
        "SELECT x.* FROM (VALUES ('{did}')) v(did) CROSS JOIN LATERAL (SELECT obs_id FROM ivoa.obscore o WHERE o.obs_publisher_did = v.did) x",
        "SELECT p.* FROM caom2.plane p WHERE p.data_release > now()",
        "SELECT * FROM caom2.artifact WHERE publisher_did = '{did}'",
        "SELECT * FROM caom2.observation WHERE meta_release > now()",
        "SELECT * FROM caom2.provenance_input WHERE input_did = '{did}' OR publisher_did = '{coadd}'",
        "SELECT p.publisher_did FROM caom2.plane p JOIN ivoa.obscore o ON o.obs_publisher_did = p.publisher_did WHERE o.data_rights = 'proprietary'",
        "SELECT obs_publisher_did FROM ivoa.obscore WHERE obs_release_date > now() UNION SELECT publisher_did FROM caom2.plane WHERE data_release > now()",
        "SELECT publisher_did FROM caom2.plane INTERSECT SELECT obs_publisher_did FROM ivoa.obscore WHERE obs_release_date > now()",
        "SELECT publisher_did FROM caom2.plane WHERE data_release > now() EXCEPT SELECT '{coadd}'",
        "SELECT obs_publisher_did FROM ivoa.obscore WHERE s_position @ scircle(spoint(radians({ra}), radians({dec})), radians(0.001)) AND obs_release_date > now()",
        "SELECT obs_publisher_did FROM ivoa.obscore WHERE lower(data_rights) <> 'public' OR data_rights IS NULL",
        // The planner's statistics would show the most common values of hidden rows; PostgreSQL hides
        // them from roles that row-level security applies to.
        "SELECT most_common_vals::text FROM pg_stats WHERE schemaname IN ('ivoa', 'caom2')",
    ];

    public static TheoryData<int> Indexes() => new(Enumerable.Range(0, SqlForms.Count));

    [Theory]
    [MemberData(nameof(Indexes))]
    public async Task The_anonymous_query_role_refuses_embargoed_rows_to_sql_sent_straight_to_the_database(int form)
    {
        var rows = await RunAsync("metadata_query", SqlForms[form]);

        Assert.All(rows, row => Assert.True(RevealsNothing(row), $"'{row}' leaked by {SqlForms[form]}"));
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public async Task The_staff_query_role_sees_them(int form)
    {
        if (SqlForms[form].Contains("pg_stats", StringComparison.Ordinal))
        {
            return;
        }

        var rows = await RunAsync("metadata_query_staff", SqlForms[form]);

        Assert.Contains(rows, row => !RevealsNothing(row));
    }

    [Fact]
    public async Task The_adql_corpus_compiled_by_hand_is_the_same_for_the_database()
    {
        // Each ADQL form that is also PostgreSQL (no TOP, geometry or ADQL functions) runs unchanged.
        var plain = EmbargoLeakCorpus.Forms.Where(form =>
            !form.Contains("TOP ", StringComparison.Ordinal) && !form.Contains("CONTAINS", StringComparison.Ordinal)
            && !form.Contains("gavo_", StringComparison.Ordinal)).ToList();
        Assert.True(plain.Count >= 40, $"{plain.Count} forms");

        foreach (var form in plain)
        {
            var sql = EmbargoLeakCorpus.Resolve(form, embargo);
            var anonymous = await RunAsync("metadata_query", sql);
            var staff = await RunAsync("metadata_query_staff", sql);

            Assert.All(anonymous, row => Assert.True(RevealsNothing(row), $"'{row}' leaked by {form}"));
            Assert.Contains(staff, row => !RevealsNothing(row));
        }
    }

    [Theory]
    [InlineData("metadata_query", "metadata_query_staff")]
    [InlineData("metadata_query_staff", "metadata_query")]
    public async Task A_session_of_one_query_role_cannot_become_the_other(string from, string to)
    {
        await using var connection = await embargo.Database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        Assert.False(await connection.ExecuteScalarAsync<bool>("SELECT pg_has_role(@from, @to, 'MEMBER')", new { from, to }, transaction));
        await connection.ExecuteAsync($"SET LOCAL SESSION AUTHORIZATION {from}", transaction: transaction);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync($"SET LOCAL ROLE {to}", transaction: transaction));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task Rows_leave_the_embargo_by_the_clock_alone()
    {
        const string Did = "ivo://example.org/embargo-test?released-in-two-seconds";
        await using var owner = await embargo.Database.OpenAsync();
        await owner.ExecuteAsync("""
            INSERT INTO ivoa.obscore (dataproduct_type, calib_level, obs_collection, obs_id, obs_publisher_did, obs_release_date)
            VALUES ('image', 2, 'embargo-test', 'released-in-two-seconds', @Did, now() AT TIME ZONE 'UTC' + interval '2 seconds')
            """, new { Did });
        try
        {
            var sql = $"SELECT count(*) FROM ivoa.obscore WHERE obs_publisher_did = '{Did}'";
            var before = await RunAsync("metadata_query", sql);
            await Task.Delay(TimeSpan.FromSeconds(2.5));
            var after = await RunAsync("metadata_query", sql);

            Assert.Equal("(0)", before.Single());
            Assert.Equal("(1)", after.Single());
        }
        finally
        {
            await owner.ExecuteAsync("DELETE FROM ivoa.obscore WHERE obs_publisher_did = @Did", new { Did });
        }
    }

    /// <summary>
    /// Each row of <paramref name="form"/> as text ("(a,b)"), run as the service runs queries: its
    /// login, a read-only transaction, SET ROLE. A row of only nulls and zeros reveals nothing.
    /// </summary>
    private async Task<List<string>> RunAsync(string role, string form)
    {
        await using var connection = await embargo.Database.OpenAsync("metadata_service");
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync($"SET TRANSACTION READ ONLY; SET LOCAL ROLE {role}", transaction: transaction);
        var sql = $"SELECT (q.*)::text FROM ({EmbargoLeakCorpus.Resolve(form, embargo)}) AS q";
        return [.. await connection.QueryAsync<string>(sql, transaction: transaction)];
    }

    private static bool RevealsNothing(string row) =>
        row.Trim('(', ')').Split(',').All(cell => cell is "" or "0");
}
