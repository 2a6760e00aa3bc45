using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Tap.Service.Configuration;

namespace Tap.Service.Security;

/// <summary>Registers the "Auth" and "Access" settings, the bearer-token and proxy-header schemes, and the middleware that uses them.</summary>
internal static class AuthenticationSchemes
{
    public const string Token = JwtBearerDefaults.AuthenticationScheme;

    /// <summary>The "Auth" settings alone, for the `token` command.</summary>
    public static IServiceCollection AddAuthOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AuthOptions>(configuration, AuthOptions.Section)
            .Validate(auth => auth.Mode != AuthMode.Token || string.IsNullOrEmpty(auth.JwksUrl) || Uri.TryCreate(auth.JwksUrl, UriKind.Absolute, out _),
                "Auth:JwksUrl must be an absolute URL.")
            .Validate(auth => auth.Mode != AuthMode.Header || auth.TrustedProxies.Count > 0,
                "Auth:Mode Header needs Auth:TrustedProxies, the addresses of the ingress that sets the user headers.")
            .Validate(auth => auth.TrustedProxies.All(TrustedProxies.IsValid),
                "Auth:TrustedProxies holds an entry that is neither an IP address nor a CIDR range.");
        return services;
    }

    public static IServiceCollection AddCallerAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthOptions(configuration);
        services.AddValidatedOptions<AccessOptions>(configuration, AccessOptions.Section)
            .Validate<IOptions<AuthOptions>>((access, auth) => access.AllowAnonymous || auth.Value.Mode != AuthMode.None,
                "Access:AllowAnonymous is false but Auth:Mode is None: no caller could ever be served. Choose a mode that identifies callers, or allow anonymous access.");
        services.AddSingleton<ValidatedTokens>();
        services.AddSingleton(provider => new TrustedProxies(provider.GetRequiredService<IOptions<AuthOptions>>().Value.TrustedProxies));
        services.AddAuthentication()
            .AddJwtBearer()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ProxyHeadersHandler>(ProxyHeadersHandler.SchemeName, null);
        services.AddOptions<JwtBearerOptions>(Token).Configure<IOptions<AuthOptions>, IHostEnvironment>(
            (jwt, auth, environment) => ConfigureTokens(jwt, auth.Value, environment.ContentRootPath));
        // The middleware logs each refusal once; the handler's own lines would repeat it.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.Authentication", LogLevel.Warning));
        return services;
    }

    public static IApplicationBuilder UseCallerAuthentication(this IApplicationBuilder app) =>
        app.UseMiddleware<CallerAuthenticationMiddleware>();

    private static void ConfigureTokens(JwtBearerOptions jwt, AuthOptions auth, string contentRoot)
    {
        // Claims keep their names as issued; the caller is rebuilt below as Callers reads it.
        jwt.MapInboundClaims = false;
        var validation = jwt.TokenValidationParameters;
        validation.ValidIssuer = auth.Issuer;
        validation.ValidAudience = auth.Audience;
        validation.ClockSkew = auth.ClockSkew;
        validation.RequireExpirationTime = true;
        validation.RequireSignedTokens = true;
        validation.NameClaimType = auth.NameClaim;
        validation.RoleClaimType = auth.GroupsClaim;
        if (auth.Mode == AuthMode.LocalKey)
        {
            // Read (or made) when a token first arrives, so that a service nobody sends tokens to writes no key.
            var localKey = new Lazy<SecurityKey[]>(() => [SigningKeyFile.ReadOrCreateLocal(auth.KeyFilePath(contentRoot))]);
            validation.IssuerSigningKeyResolver = (_, _, _, _) => localKey.Value;
            validation.ValidAlgorithms = [SigningKeyFile.LocalAlgorithm];
        }
        else if (!string.IsNullOrEmpty(auth.JwksUrl))
        {
            // An in-cluster JWKS (Gafaelfawr's) may be plain http: the operator's choice.
            jwt.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                auth.JwksUrl, new JwksRetriever(auth.Issuer), new HttpDocumentRetriever { RequireHttps = false });
        }
        else if (auth.Mode == AuthMode.Token)
        {
            validation.IssuerSigningKey = SigningKeyFile.Read(auth.KeyFilePath(contentRoot));
        }

        jwt.Events = new JwtBearerEvents { OnTokenValidated = IdentifyCaller };

        Task IdentifyCaller(TokenValidatedContext context)
        {
            var token = context.Principal!;
            var user = token.FindFirst(auth.NameClaim)?.Value;
            if (string.IsNullOrWhiteSpace(user))
            {
                context.Fail(new TokenClaimsException($"The token has no '{auth.NameClaim}' claim naming the user."));
                return Task.CompletedTask;
            }

            context.Principal = CallerIdentity.Create(Token, user, token.FindAll(auth.GroupsClaim).Select(GroupName));
            // How long the caller may be kept without a new check (ValidatedTokens).
            context.Properties.ExpiresUtc = context.SecurityToken.ValidTo;
            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// A group as a token names it: a string, or an object with a "name" (Gafaelfawr's
    /// `isMemberOf`: [{"name": "g_users", "id": 1234}]); an object without a name is no group.
    /// </summary>
    private static string GroupName(Claim claim)
    {
        if (claim.ValueType != JsonClaimValueTypes.Json)
        {
            return claim.Value;
        }

        using var group = JsonDocument.Parse(claim.Value);
        return group.RootElement.ValueKind == JsonValueKind.Object
            && group.RootElement.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                ? name.GetString()!
                : "";
    }
}
