using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Tap.Service.Security;

/// <summary>Mints tokens as the configured issuer would, for the `token` command.</summary>
internal static class LocalTokens
{
    public static string Mint(SecurityKey key, AuthOptions auth, string userName, IReadOnlyList<string> groups, DateTime issuedAt, TimeSpan lifetime) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = issuedAt + lifetime,
            Claims = new Dictionary<string, object> { [auth.NameClaim] = userName, [auth.GroupsClaim] = groups.ToArray() },
            SigningCredentials = new SigningCredentials(key, SigningKeyFile.LocalAlgorithm),
        });
}
