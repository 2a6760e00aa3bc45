using System.Security.Claims;

namespace Tap.Service.Security;

/// <summary>
/// The caller as every part of the service sees it: ASP.NET Core's <see cref="ClaimsPrincipal"/>
/// (HttpContext.User), whatever authenticated it (a bearer token, a trusted proxy's headers): the
/// user name is <see cref="ClaimTypes.Name"/>, each group a <see cref="ClaimTypes.Role"/> claim.
/// </summary>
internal static class Callers
{
    /// <summary>The authenticated user's name, or null for an anonymous caller.</summary>
    public static string? UserName(this ClaimsPrincipal caller) =>
        caller.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : null;

    /// <summary>Whether the caller may see data under embargo.</summary>
    public static bool SeesEmbargoed(this ClaimsPrincipal caller, AccessOptions access) =>
        caller.UserName() is not null && caller.IsInRole(access.EmbargoGroup);
}
