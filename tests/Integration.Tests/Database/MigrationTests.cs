using Dapper;
using Tap.Service.Database;

namespace Integration.Tests.Database;

[Collection(DatabaseTests.Name)]
public sealed class MigrationTests(DatabaseFixture database)
{
    private static readonly IReadOnlyList<MigrationScript> Scripts = MigrationScript.LoadAll(DatabaseFixture.SchemaDirectory);

    [Fact]
    public async Task First_run_applies_every_file_in_name_order_and_records_its_hash()
    {
        Assert.Equal(Scripts.Select(s => s.FileName), database.FirstRunApplied);
        Assert.Equal(Scripts.Select(s => (s.FileName, s.Sha256)), await RecordedAsync());
    }

    [Fact]
    public async Task Second_run_applies_nothing()
    {
        var applied = await DatabaseMigration.RunAsync(database.AdminConnectionString, DatabaseFixture.SchemaDirectory, CancellationToken.None);

        Assert.Empty(applied);
        Assert.Equal(Scripts.Count, (await RecordedAsync()).Count);
    }

    [Fact]
    public async Task Changed_applied_file_is_refused()
    {
        using var schema = new TemporarySchemaFolder();
        await File.AppendAllTextAsync(schema.PathOf("0002_obscore.sql"), "-- an edit after the fact\n");

        var error = await Assert.ThrowsAsync<MigrationException>(() =>
            DatabaseMigration.RunAsync(database.AdminConnectionString, schema.Path, CancellationToken.None));

        Assert.Contains("0002_obscore.sql has changed since it was applied", error.Message, StringComparison.Ordinal);
        Assert.Equal(Scripts.Select(s => (s.FileName, s.Sha256)), await RecordedAsync());
    }

    [Fact]
    public async Task Applied_file_missing_from_the_folder_is_refused()
    {
        using var schema = new TemporarySchemaFolder();
        File.Delete(schema.PathOf(Scripts[^1].FileName));

        var error = await Assert.ThrowsAsync<MigrationException>(() =>
            DatabaseMigration.RunAsync(database.AdminConnectionString, schema.Path, CancellationToken.None));

        Assert.Contains($"{Scripts[^1].FileName} was applied on", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failing_file_is_rolled_back_and_not_recorded()
    {
        using var schema = new TemporarySchemaFolder();
        await File.WriteAllTextAsync(schema.PathOf("9999_broken.sql"), "CREATE TABLE ivoa.half_done (x integer);\nSELECT 1 / 0;\n");

        var error = await Assert.ThrowsAsync<MigrationException>(() =>
            DatabaseMigration.RunAsync(database.AdminConnectionString, schema.Path, CancellationToken.None));

        Assert.StartsWith("9999_broken.sql: division by zero", error.Message, StringComparison.Ordinal);
        await using var connection = await database.OpenAsync();
        Assert.Null(await connection.ExecuteScalarAsync<string?>("SELECT to_regclass('ivoa.half_done')::text"));
        Assert.DoesNotContain(await RecordedAsync(), r => r.FileName == "9999_broken.sql");
    }

    private async Task<List<(string FileName, string Sha256)>> RecordedAsync()
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<(string, string)>(
            "SELECT file_name, sha256 FROM public.schema_migration ORDER BY file_name");
        return rows.ToList();
    }
}
