using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Tap.Service.Security;

/// <summary>
/// Mode Header: the user an authenticating ingress (Gafaelfawr) names in its headers, believed only
/// when the request comes from one of the trusted proxies; from anyone else the headers are
/// ignored, so the request is anonymous, and the attempt logged.
/// </summary>
internal sealed partial class ProxyHeadersHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions, ILoggerFactory loggerFactory, UrlEncoder encoder, IOptions<AuthOptions> auth,
    TrustedProxies trusted)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    public const string SchemeName = "ProxyHeaders";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var settings = auth.Value;
        var user = Request.Headers[settings.UserHeader].ToString().Trim();
        if (user.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var remote = Context.Connection.RemoteIpAddress;
        if (!trusted.Contains(remote))
        {
            LogUntrusted(Logger, settings.UserHeader, user, remote);
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var groups = Request.Headers[settings.GroupsHeader].ToString()
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(CallerIdentity.Create(SchemeName, user, groups), SchemeName)));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored {Header} ({User}) from {Address}, which is not a trusted proxy: the request is served as anonymous.")]
    private static partial void LogUntrusted(ILogger logger, string header, string user, System.Net.IPAddress? address);
}
