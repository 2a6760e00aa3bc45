using Dapper;

namespace Integration.Tests.Database;

/// <summary>Test databases of killed runs do not pile up in the developer's cluster.</summary>
[Collection(DatabaseTests.Name)]
public sealed class AbandonedDatabaseTests(DatabaseFixture database)
{
    [Fact]
    public async Task A_test_database_older_than_a_day_is_dropped_and_newer_ones_are_kept()
    {
        var now = DateTime.UtcNow;
        var abandoned = DatabaseFixture.NameAt(now - DatabaseFixture.AbandonedAfter - TimeSpan.FromHours(1));
        var recent = DatabaseFixture.NameAt(now - DatabaseFixture.AbandonedAfter + TimeSpan.FromHours(1));
        await using var connection = await database.OpenAsync();
        foreach (var name in new[] { abandoned, recent })
        {
            await connection.ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE template0");
        }

        try
        {
            var dropped = await DatabaseFixture.DropAbandonedDatabasesAsync(now);

            Assert.Contains(abandoned, dropped);
            Assert.DoesNotContain(recent, dropped);
            Assert.DoesNotContain(database.DatabaseName, dropped);
            var left = await connection.QueryAsync<string>(
                "SELECT datname FROM pg_database WHERE datname = ANY(@names) ORDER BY datname", new { names = new[] { abandoned, recent, database.DatabaseName } });
            Assert.Equal(new[] { recent, database.DatabaseName }.Order(StringComparer.Ordinal), left);
        }
        finally
        {
            await connection.ExecuteAsync($"DROP DATABASE IF EXISTS \"{abandoned}\"");
            await connection.ExecuteAsync($"DROP DATABASE IF EXISTS \"{recent}\"");
        }
    }
}
