using System.Runtime.CompilerServices;
using Dapper;
using Integration.Tests.Database;

namespace Integration.Tests.Adql;

/// <summary>
/// The compiler's golden SQL (tests/Adql.Tests/Golden) is real PostgreSQL: each expected file is
/// planned by the server against ivoa.obscore and stand-ins for the unit tests' other tables.
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class GoldenSqlTests(DatabaseFixture database)
{
    /// <summary>The tables of the unit tests' catalogue that the real schema does not have, with the same columns.</summary>
    private const string StandInTables = """"
        CREATE SCHEMA IF NOT EXISTS caom2;
        CREATE TABLE caom2."Observation" ("obsID" bigint, collection text, "observationID" text, target_position spoint);
        CREATE TABLE caom2."Plane" ("planeID" bigint, "obsID" bigint, position_bounds spoly, time_bounds_lower double precision,
                                    time_bounds_upper double precision, "dataRelease" timestamp);
        CREATE SCHEMA odd;
        CREATE TABLE odd.names ("select" integer, "order" text, "Mixed" double precision, mixed double precision, "with ""quote""" text);
        """";

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Postgre_sql_accepts_the_expected_sql(string name)
    {
        var sql = await File.ReadAllTextAsync(Path.Combine(GoldenFolder(), name + ".sql"));
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(StandInTables, transaction: transaction);

        var plan = await connection.QueryAsync<string>("EXPLAIN " + sql, transaction: transaction);

        Assert.NotEmpty(plan);
    }

    public static TheoryData<string> Cases() =>
        new(Directory.GetFiles(GoldenFolder(), "*.sql").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    private static string GoldenFolder([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "Adql.Tests", "Golden"));
}
