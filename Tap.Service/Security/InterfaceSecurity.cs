namespace Tap.Service.Security;

/// <summary>
/// How a client may call each interface, as VOSI capabilities say it (VOResource 1.1 with its
/// erratum 1): one interface with a securityMethod for each way in, anonymous access as one without
/// a standardID; an interface with no securityMethod at all is open to anyone.
/// </summary>
internal sealed record InterfaceSecurity(IReadOnlyList<string?> Methods)
{
    /// <summary>The SSO identifier of "Authorization: Bearer &lt;token&gt;".</summary>
    public const string Token = "ivo://ivoa.net/sso#token";

    public static readonly InterfaceSecurity AnonymousOnly = new([null]);

    /// <summary>Open to anyone and nothing else: written as no securityMethod at all, as clients that predate the erratum expect.</summary>
    public bool IsAnonymousOnly => Methods is [null];

    /// <summary>Anonymous when it is allowed (or nothing else is possible), bearer tokens when callers can be identified; behind an ingress the client's token goes to it.</summary>
    public static InterfaceSecurity For(AuthOptions auth, AccessOptions access) =>
        auth.Mode == AuthMode.None ? AnonymousOnly
        : access.AllowAnonymous ? new([null, Token])
        : new([Token]);
}
