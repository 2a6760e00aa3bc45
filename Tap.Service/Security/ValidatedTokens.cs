using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;

namespace Tap.Service.Security;

/// <summary>
/// Callers already identified by a token, kept by the token's text until the token expires (at most
/// <see cref="MaxKept"/>): a client sends the same token with every request, and checking its
/// signature again each time cost about half a millisecond per request, 10 % of a small query. Only
/// tokens that passed every check are kept; any other token is checked in full every time.
/// </summary>
internal sealed class ValidatedTokens : IDisposable
{
    /// <summary>How long a token is trusted without a new check: bounds the life of a key the issuer withdrew.</summary>
    public static readonly TimeSpan MaxKept = TimeSpan.FromMinutes(5);

    private const int MaxTokens = 10_000;

    private readonly MemoryCache _callers = new(new MemoryCacheOptions { SizeLimit = MaxTokens });

    public ClaimsPrincipal? Find(string token) => _callers.Get<ClaimsPrincipal>(token);

    /// <summary>Keeps the caller of a token that passed every check, until <paramref name="expires"/> or <see cref="MaxKept"/> from now, whichever is first.</summary>
    public void Keep(string token, ClaimsPrincipal caller, DateTimeOffset expires)
    {
        var until = DateTimeOffset.UtcNow + MaxKept;
        _callers.Set(token, caller, new MemoryCacheEntryOptions { AbsoluteExpiration = expires < until ? expires : until, Size = 1 });
    }

    public void Dispose() => _callers.Dispose();
}
