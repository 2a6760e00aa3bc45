using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using Dali;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using Tap.Service.Security;

namespace Tap.Service.Tests.Security;

/// <summary>
/// The service as Program composes it, with its local signing key in a temporary folder, a probe
/// that shows who the service took the caller for, and the log lines of authentication kept.
/// </summary>
public sealed class SecuredService : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"tap-auth-tests-{Guid.NewGuid():N}");

    public string KeyFile => Path.Combine(_folder, "token-signing-key.pem");

    internal AuthenticationLog Log { get; } = new();

    /// <summary>The key the service validates with (created on first use, as the token command does).</summary>
    internal SecurityKey SigningKey => SigningKeyFile.ReadOrCreateLocal(KeyFile);

    /// <summary>A token minted as the token command mints it, from the service's own settings.</summary>
    internal string Token(string user, IReadOnlyList<string> groups, AuthOptions? issuedAs = null, DateTime? issuedAt = null, TimeSpan? lifetime = null) =>
        LocalTokens.Mint(SigningKey, issuedAs ?? new AuthOptions(), user, groups, issuedAt ?? DateTime.UtcNow, lifetime ?? TimeSpan.FromHours(1));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:KeyFile", KeyFile);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, CallerProbe>();
            services.AddSingleton<ILoggerProvider>(Log);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

/// <summary>
/// Test-only endpoints after the service's own pipeline: <see cref="Path"/> answers "name: group,
/// group" or "anonymous"; <see cref="NeedsLoginPath"/> throws the 401 fault an endpoint would.
/// TestServer has no peer address: <see cref="RemoteAddressHeader"/> sets it.
/// </summary>
internal sealed class CallerProbe : IStartupFilter
{
    public const string Path = "/test/caller";
    public const string NeedsLoginPath = "/test/needs-login";
    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers[RemoteAddressHeader].ToString() is { Length: > 0 } address)
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            }

            return nextMiddleware(context);
        });
        next(app);
        app.Map(Path, probe => probe.Run(context => context.Response.WriteAsync(Describe(context.User))));
        app.Map(NeedsLoginPath, probe => probe.Run(_ => throw new DaliAuthenticationException("These data need a login.")));
    };

    private static string Describe(ClaimsPrincipal caller) =>
        caller.UserName() is { } name
            ? $"{name}: {string.Join(", ", caller.FindAll(ClaimTypes.Role).Select(role => role.Value))}"
            : "anonymous";
}

/// <summary>The lines that the service's security and ASP.NET Core's authentication write, as they pass its log filters.</summary>
internal sealed class AuthenticationLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) =>
        categoryName.StartsWith("Tap.Service.Security", StringComparison.Ordinal)
        || categoryName.StartsWith("Microsoft.AspNetCore.Authentication", StringComparison.Ordinal)
            ? new Collector(categoryName, _lines)
            : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Collector(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}");
    }
}
