using System.Security.Claims;

namespace Tap.Service.Security;

/// <summary>Builds the caller as <see cref="Callers"/> reads it, whatever proved who they are.</summary>
internal static class CallerIdentity
{
    public static ClaimsPrincipal Create(string authenticationType, string userName, IEnumerable<string> groups)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, userName) };
        claims.AddRange(groups.Where(group => group.Length > 0).Distinct(StringComparer.Ordinal).Select(group => new Claim(ClaimTypes.Role, group)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }
}
