using System.Globalization;
using Microsoft.IdentityModel.Tokens;

namespace Tap.Service.Security;

/// <summary>What a caller is told about a token that was refused: the cause in plain words, without the library's codes.</summary>
internal static class TokenFailures
{
    /// <summary>Whether the failure is the token's fault (any check it failed) rather than the service's (keys out of reach).</summary>
    public static bool IsTheTokens(Exception failure) => failure switch
    {
        AggregateException { InnerExceptions: [var first, ..] } => IsTheTokens(first),
        SecurityTokenException or ArgumentException or TokenClaimsException => true,
        _ => false,
    };

    public static string Describe(Exception failure, AuthOptions auth) => failure switch
    {
        AggregateException { InnerExceptions: [var first, ..] } => Describe(first, auth),
        SecurityTokenExpiredException expired =>
            string.Create(CultureInfo.InvariantCulture, $"The token expired at {expired.Expires:yyyy-MM-dd'T'HH:mm:ss'Z'}; ask for a new one."),
        SecurityTokenNotYetValidException early =>
            string.Create(CultureInfo.InvariantCulture, $"The token is not valid before {early.NotBefore:yyyy-MM-dd'T'HH:mm:ss'Z'}."),
        SecurityTokenNoExpirationException => "The token has no expiry time (exp); this service accepts only tokens that expire.",
        SecurityTokenInvalidIssuerException issuer => $"The token was issued by '{issuer.InvalidIssuer}', an issuer this service does not trust.",
        SecurityTokenInvalidAudienceException => $"The token is not meant for this service: its audience (aud) must be '{auth.Audience}'.",
        SecurityTokenSignatureKeyNotFoundException => "The token is signed with a key this service does not know.",
        SecurityTokenInvalidSignatureException => "The token's signature is missing or does not verify.",
        SecurityTokenInvalidAlgorithmException => "The token is signed with an algorithm this service does not accept.",
        SecurityTokenMalformedException or ArgumentException => "The bearer token is not a well-formed JSON Web Token.",
        TokenClaimsException claims => claims.Message,
        _ => "The token is not valid.",
    };
}

/// <summary>A token that verifies but does not say who the caller is.</summary>
internal sealed class TokenClaimsException(string message) : Exception(message);
