using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.Tokens;
using Tap.Service.Security;
using static Tap.Service.Tests.Support.VoTableDocument;

namespace Tap.Service.Tests.Security;

/// <summary>Bearer tokens over HTTP: a valid one names the caller; every kind of bad one is a 401 that says why, logged once.</summary>
public sealed class BearerTokenTests(SecuredService service) : IClassFixture<SecuredService>
{
    [Fact]
    public async Task A_valid_token_gives_the_caller_its_name_and_groups()
    {
        var answer = await GetAsync(CallerProbe.Path, "Bearer " + service.Token("alice", ["staff", "camera"]));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("alice: staff, camera", answer.Body);
    }

    [Fact]
    public async Task Without_a_token_the_caller_is_anonymous()
    {
        var answer = await GetAsync(CallerProbe.Path, authorization: null);

        Assert.Equal("anonymous", answer.Body);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var token = service.Token("alice", ["staff"], issuedAt: DateTime.UtcNow.AddDays(-2), lifetime: TimeSpan.FromDays(1));

        await AssertRefusedAsync("Bearer " + token, "invalid_token", "The token expired at ");
    }

    [Fact]
    public async Task A_token_accepted_once_is_not_accepted_after_it_expires()
    {
        using var noSkew = service.WithWebHostBuilder(host => host.UseSetting("Auth:ClockSkew", "00:00:00"));
        var token = "Bearer " + service.Token("alice", ["staff"], lifetime: TimeSpan.FromSeconds(3));
        using var client = noSkew.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", token);

        using var whileValid = await client.GetAsync(new Uri(CallerProbe.Path, UriKind.Relative));
        using var againWhileValid = await client.GetAsync(new Uri(CallerProbe.Path, UriKind.Relative));
        await Task.Delay(TimeSpan.FromSeconds(4.5));
        using var afterExpiry = await client.GetAsync(new Uri(CallerProbe.Path, UriKind.Relative));

        Assert.Equal(
            (HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized),
            (whileValid.StatusCode, againWhileValid.StatusCode, afterExpiry.StatusCode));
        Assert.Equal("alice: staff", await againWhileValid.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_refused()
    {
        var token = service.Token("alice", ["staff"], new AuthOptions { Issuer = "https://elsewhere.example.org" });

        await AssertRefusedAsync("Bearer " + token, "invalid_token", "issued by 'https://elsewhere.example.org', an issuer this service does not trust");
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused()
    {
        var token = service.Token("alice", ["staff"], new AuthOptions { Audience = "another-service" });

        await AssertRefusedAsync("Bearer " + token, "invalid_token", "The token is not meant for this service: its audience (aud) must be 'tap-service'");
    }

    [Fact]
    public async Task A_token_signed_with_an_unknown_key_is_refused()
    {
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var token = LocalTokens.Mint(new ECDsaSecurityKey(otherKey) { KeyId = "other" }, new AuthOptions(), "alice", ["staff"], DateTime.UtcNow, TimeSpan.FromHours(1));

        await AssertRefusedAsync("Bearer " + token, "invalid_token", "signed with a key this service does not know");
    }

    [Fact]
    public async Task A_token_whose_claims_were_changed_after_signing_is_refused()
    {
        var parts = service.Token("alice", []).Split('.');
        var forged = Base64UrlEncoder.Encode(Base64UrlEncoder.Decode(parts[1]).Replace("\"alice\"", "\"admin\"", StringComparison.Ordinal));

        await AssertRefusedAsync($"Bearer {parts[0]}.{forged}.{parts[2]}", "invalid_token", "signature is missing or does not verify");
    }

    [Fact]
    public async Task An_unsigned_token_with_algorithm_none_is_refused()
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var claims = service.Token("alice", ["staff"]).Split('.')[1];

        await AssertRefusedAsync($"Bearer {header}.{claims}.", "invalid_token", "signature is missing or does not verify");
    }

    [Fact]
    public async Task A_token_that_is_not_a_JWT_is_refused()
    {
        await AssertRefusedAsync("Bearer not-a-token", "invalid_token", "not a well-formed JSON Web Token");
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer    ")]
    [InlineData("Basic YWxpY2U6c2VjcmV0")]
    public async Task An_authorization_header_that_is_not_a_bearer_token_is_refused(string header)
    {
        await AssertRefusedAsync(header, "invalid_request", "The Authorization header must be 'Bearer <token>'");
    }

    [Fact]
    public async Task A_token_without_the_user_name_claim_is_refused()
    {
        var token = service.Token("alice", ["staff"], new AuthOptions { NameClaim = "preferred_username" });

        await AssertRefusedAsync("Bearer " + token, "invalid_token", "The token has no 'sub' claim naming the user");
    }

    [Fact]
    public async Task A_401_from_an_endpoint_also_says_how_to_authenticate()
    {
        var answer = await GetAsync(CallerProbe.NeedsLoginPath, authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal(CallerAuthenticationMiddleware.Challenge, answer.Challenge);
    }

    private async Task AssertRefusedAsync(string authorization, string error, string reason)
    {
        var logged = service.Log.Lines.Count;

        var answer = await GetAsync(CallerProbe.Path, authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.StartsWith($"Bearer error=\"{error}\", error_description=\"", answer.Challenge, StringComparison.Ordinal);
        Assert.Contains(reason, answer.Challenge, StringComparison.Ordinal);
        var document = XDocument.Parse(answer.Body);
        Assert.Equal(["ERROR"], QueryStatuses(document));
        Assert.Contains(reason, document.Descendants().Single(e => e.Name.LocalName == "INFO").Value, StringComparison.Ordinal);
        var lines = service.Log.Lines.Skip(logged).ToList();
        Assert.Single(lines);
        Assert.Contains(reason, lines[0], StringComparison.Ordinal);
    }

    private async Task<Answer> GetAsync(string path, string? authorization)
    {
        using var client = service.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request);
        return new Answer(response.StatusCode, string.Join(", ", response.Headers.WwwAuthenticate.Select(Challenge)), await response.Content.ReadAsStringAsync());
    }

    private static string Challenge(AuthenticationHeaderValue value) => value.Parameter is null ? value.Scheme : $"{value.Scheme} {value.Parameter}";

    private sealed record Answer(HttpStatusCode Status, string Challenge, string Body);
}
