using Microsoft.Extensions.Options;
using Npgsql;
using Tap.Service.Database;

namespace Tap.Service.Admin;

/// <summary>`migrate`: creates the database if needed, applies new schema files and refreshes TAP_SCHEMA.</summary>
internal sealed class MigrateCommand(IOptions<DatabaseOptions> options) : IAdminCommand
{
    public string Name => "migrate";

    public string Summary => "create the database if needed, apply new schema/*.sql files, rewrite TAP_SCHEMA from the model";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var database = new NpgsqlConnectionStringBuilder(settings.AdminConnectionString);
        Console.WriteLine($"Migrating database {database.Database} on {database.Host}:{database.Port} from {settings.SchemaDirectory}");
        try
        {
            var applied = await DatabaseMigration.RunAsync(settings.AdminConnectionString, settings.SchemaDirectory, cancellationToken);
            foreach (var file in applied)
            {
                Console.WriteLine($"  applied {file}");
            }

            Console.WriteLine(applied.Count == 0 ? "Schema already up to date; TAP_SCHEMA rewritten." : "Done; TAP_SCHEMA rewritten.");
            return 0;
        }
        catch (MigrationException e)
        {
            await Console.Error.WriteLineAsync($"migrate: {e.Message}");
            return 1;
        }
    }
}
