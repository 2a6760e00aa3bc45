using System.Globalization;
using Microsoft.Extensions.Options;
using Tap.Service.Security;

namespace Tap.Service.Admin;

/// <summary>
/// `token`: mints a bearer token for local use, signed with the local key (created on first use,
/// readable by its owner only), which the service accepts when Auth:Mode is LocalKey. Only the
/// token goes to standard output, so `$(... token --user alice)` can be put in a header.
/// </summary>
internal sealed class TokenCommand(IOptions<AuthOptions> options, IHostEnvironment environment) : IAdminCommand
{
    public const string Usage = "usage: token --user NAME [--group GROUP]... [--days N]   (N from 0.01 to 366, default 1)";

    public string Name => "token";

    public string Summary => "mint a bearer token signed with the local key: token --user NAME [--group GROUP]... [--days N]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        string? user = null;
        var groups = new List<string>();
        var days = 1.0;
        try
        {
            for (var i = 0; i < arguments.Count; i++)
            {
                string Value() => i + 1 < arguments.Count ? arguments[++i] : throw new ArgumentException($"{arguments[i]} needs a value");
                switch (arguments[i])
                {
                    case "--user": user = Value(); break;
                    case "--group": groups.Add(Value()); break;
                    case "--days": days = ParseDays(Value()); break;
                    default: throw new ArgumentException($"unknown option '{arguments[i]}'");
                }
            }

            if (string.IsNullOrWhiteSpace(user))
            {
                throw new ArgumentException("--user is required");
            }
        }
        catch (ArgumentException usage)
        {
            await Console.Error.WriteLineAsync($"token: {usage.Message}\n{Usage}");
            return 2;
        }

        var auth = options.Value;
        if (auth.Mode != AuthMode.LocalKey)
        {
            await Console.Error.WriteLineAsync($"token: note that Auth:Mode is {auth.Mode}; the service accepts these tokens only in mode LocalKey.");
        }

        var key = SigningKeyFile.ReadOrCreateLocal(auth.KeyFilePath(environment.ContentRootPath));
        Console.WriteLine(LocalTokens.Mint(key, auth, user, groups, DateTime.UtcNow, TimeSpan.FromDays(days)));
        return 0;
    }

    private static double ParseDays(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var days) && days is >= 0.01 and <= 366
            ? days
            : throw new ArgumentException("--days needs a number from 0.01 to 366");
}
