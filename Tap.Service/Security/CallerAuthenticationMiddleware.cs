using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Tap.Service.Protocol;

namespace Tap.Service.Security;

/// <summary>
/// Sets HttpContext.User for every request from the configured mode, and answers 401 (with
/// WWW-Authenticate and a DALI error document) to a presented but invalid token, to a malformed
/// Authorization header, and to anonymous callers when anonymous access is off. Each refusal is
/// logged here, once.
/// </summary>
internal sealed partial class CallerAuthenticationMiddleware(
    RequestDelegate next, IOptions<AuthOptions> auth, IOptions<AccessOptions> access, IOptionsMonitor<JwtBearerOptions> jwtOptions,
    ValidatedTokens validatedTokens, ILogger<CallerAuthenticationMiddleware> logger)
{
    /// <summary>The challenge of a 401 that names no error (RFC 6750, section 3).</summary>
    public const string Challenge = "Bearer";

    public const string KeysUnavailableMessage = "The keys of the token issuer cannot be fetched at the moment; please retry later.";

    private const string BearerPrefix = "Bearer ";

    private static readonly TimeSpan KeysRetryAfter = TimeSpan.FromSeconds(30);

    public async Task InvokeAsync(HttpContext context)
    {
        // Also a 401 written elsewhere (an endpoint's DaliAuthenticationException) says how to authenticate.
        context.Response.OnStarting(AddChallenge, context.Response);
        var settings = auth.Value;
        var token = settings.UsesTokens ? BearerToken(context.Request) : null;
        if (settings.UsesTokens && token is null && context.Request.Headers.Authorization.Count > 0)
        {
            await RefuseAsync(context, "invalid_request", "The Authorization header must be 'Bearer <token>'.");
            return;
        }

        // Without a token there is nothing to check: the caller is anonymous.
        var scheme = settings.Mode switch
        {
            AuthMode.None => null,
            AuthMode.Header => ProxyHeadersHandler.SchemeName,
            _ when token is null => null,
            _ => AuthenticationSchemes.Token,
        };
        if (token is not null && validatedTokens.Find(token) is { } known)
        {
            context.User = known;
        }
        else if (scheme is not null)
        {
            var result = await context.AuthenticateAsync(scheme);
            if (result.Failure is { } failure)
            {
                if (!TokenFailures.IsTheTokens(failure) || await IssuerKeysOutOfReachAsync(failure, settings, context.RequestAborted))
                {
                    // The issuer's keys could not be fetched: the service's trouble, not the caller's.
                    throw new DaliUnavailableException(KeysUnavailableMessage, KeysRetryAfter, failure);
                }

                await RefuseAsync(context, "invalid_token", TokenFailures.Describe(failure, settings));
                return;
            }

            if (result.Succeeded)
            {
                context.User = result.Principal;
                if (token is not null && result.Properties?.ExpiresUtc is { } expires)
                {
                    validatedTokens.Keep(token, result.Principal, expires);
                }
            }
        }

        if (!access.Value.AllowAnonymous && context.User.UserName() is null && !IsSelfDescription(context.Request.Path))
        {
            await RefuseAsync(context, null, "This service answers authenticated callers only: send Authorization: Bearer <token>.");
            return;
        }

        await next(context);
    }

    /// <summary>
    /// With keys from a JWKS URL that cannot be fetched, JwtBearer reports an unknown key: asking
    /// for its configuration again tells that case from a token signed with a key the issuer never had.
    /// </summary>
    private async Task<bool> IssuerKeysOutOfReachAsync(Exception failure, AuthOptions settings, CancellationToken cancellationToken)
    {
        if (failure is not SecurityTokenSignatureKeyNotFoundException || settings.Mode != AuthMode.Token || string.IsNullOrEmpty(settings.JwksUrl))
        {
            return false;
        }

        try
        {
            await jwtOptions.Get(AuthenticationSchemes.Token).ConfigurationManager!.GetConfigurationAsync(cancellationToken);
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    /// <summary>The token of one "Authorization: Bearer &lt;token&gt;" header; null without one, or when the header is not that.</summary>
    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization;
        var value = header.ToString();
        return header.Count == 1 && value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) && value[BearerPrefix.Length..].Trim() is { Length: > 0 } token
            ? token
            : null;
    }

    /// <summary>VOSI availability and capabilities stay open: they tell a client how to authenticate.</summary>
    private static bool IsSelfDescription(PathString path) =>
        path.Value is { } value && (value.EndsWith("/capabilities", StringComparison.Ordinal) || value.EndsWith("/availability", StringComparison.Ordinal));

    private async Task RefuseAsync(HttpContext context, string? error, string description)
    {
        LogRefused(logger, context.Request.Method, context.Request.Path, context.Connection.RemoteIpAddress, description);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = error is null
            ? Challenge
            : $"{Challenge} error=\"{error}\", error_description=\"{description.Replace('"', '\'')}\"";
        await DaliErrorDocument.WriteBodyAsync(context.Response, description, context.RequestAborted);
    }

    private static Task AddChallenge(object state)
    {
        var response = (HttpResponse)state;
        if (response.StatusCode == StatusCodes.Status401Unauthorized && response.Headers.WWWAuthenticate.Count == 0)
        {
            response.Headers.WWWAuthenticate = Challenge;
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} {Path} from {Address} with 401: {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, PathString path, System.Net.IPAddress? address, string reason);
}
