using System.ComponentModel.DataAnnotations;

namespace Tap.Service.Security;

/// <summary>How callers prove who they are.</summary>
internal enum AuthMode
{
    /// <summary>No authentication: every caller is anonymous.</summary>
    None,

    /// <summary>Bearer tokens signed with the key file that the `token` command creates (<see cref="AuthOptions.KeyFile"/>): for trying the service locally.</summary>
    LocalKey,

    /// <summary>Bearer tokens from an issuer, checked with its keys (<see cref="AuthOptions.JwksUrl"/> or <see cref="AuthOptions.KeyFile"/>).</summary>
    Token,

    /// <summary>Behind an authenticating ingress (Rubin's Gafaelfawr): the user and groups headers it sets, trusted only from <see cref="AuthOptions.TrustedProxies"/>.</summary>
    Header,
}

/// <summary>Authentication of callers (configuration section "Auth"); who may see what is <see cref="AccessOptions"/>.</summary>
internal sealed class AuthOptions
{
    public const string Section = "Auth";

    public AuthMode Mode { get; set; } = AuthMode.LocalKey;

    /// <summary>The token issuer (`iss`) accepted; the `token` command writes it into the tokens it mints.</summary>
    [Required]
    public string Issuer { get; set; } = "tap-service-local";

    /// <summary>The audience (`aud`) a token must name.</summary>
    [Required]
    public string Audience { get; set; } = "tap-service";

    /// <summary>Mode Token: where the issuer publishes its signing keys (a JSON Web Key Set), fetched and refreshed by the service.</summary>
    public string? JwksUrl { get; set; }

    /// <summary>
    /// A PEM file with the signing key (RSA or ECDSA; a public key is enough to validate). Mode
    /// LocalKey: the private key the `token` command creates once, readable by its owner only.
    /// A relative path is taken from the content root.
    /// </summary>
    public string KeyFile { get; set; } = ".local/token-signing-key.pem";

    /// <summary>The token claim that names the user.</summary>
    [Required]
    public string NameClaim { get; set; } = "sub";

    /// <summary>The token claim that lists the user's groups (a string or an array of strings).</summary>
    [Required]
    public string GroupsClaim { get; set; } = "groups";

    /// <summary>How far the clocks of the issuer and the service may differ when a token's times are checked.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Mode Header: the addresses (IPs or CIDR ranges) of the proxies whose user headers are believed.</summary>
    public IList<string> TrustedProxies { get; } = new List<string>();

    /// <summary>Mode Header: the header with the user name.</summary>
    [Required]
    public string UserHeader { get; set; } = "X-Auth-Request-User";

    /// <summary>Mode Header: the header with the user's groups, separated by commas.</summary>
    [Required]
    public string GroupsHeader { get; set; } = "X-Auth-Request-Groups";

    public bool UsesTokens => Mode is AuthMode.LocalKey or AuthMode.Token;

    /// <summary>The key file as an absolute path.</summary>
    public string KeyFilePath(string contentRoot) => Path.GetFullPath(KeyFile, contentRoot);
}
