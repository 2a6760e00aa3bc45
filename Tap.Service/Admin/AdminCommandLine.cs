using Npgsql;
using Tap.Service.Database;
using Tap.Service.Security;

namespace Tap.Service.Admin;

/// <summary>
/// Runs an admin command when the first argument is a word rather than an option (the web host's
/// own arguments all start with "-"). Configuration comes from the same sources as the service.
/// </summary>
internal static class AdminCommandLine
{
    public static bool Handles(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args[1..],
            // Next to the binaries, so appsettings.json is found wherever the command is started from.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDatabaseOptions(builder.Configuration);
        builder.Services.AddAuthOptions(builder.Configuration);
        // The list of commands: a new command is one more line here.
        builder.Services.AddSingleton<IAdminCommand, MigrateCommand>();
        builder.Services.AddSingleton<IAdminCommand, Load.LoadCommand>();
        builder.Services.AddSingleton<IAdminCommand, TokenCommand>();

        using var host = builder.Build();
        var commands = host.Services.GetServices<IAdminCommand>().ToList();
        var command = commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'. Commands:" +
                string.Concat(commands.Select(c => $"{Environment.NewLine}  {c.Name,-10} {c.Summary}")));
            return 2;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            return await command.RunAsync(args[1..], cancellation.Token);
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            await Console.Error.WriteLineAsync($"{command.Name}: cannot reach PostgreSQL ({e.Message}). " +
                "Is it running? Start it with scripts/db.sh start, and check the Database settings.");
            return 1;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"{command.Name}: cancelled.");
            return 130;
        }
    }
}
