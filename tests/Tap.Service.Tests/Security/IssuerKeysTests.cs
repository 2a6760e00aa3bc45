using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tap.Service.Security;

namespace Tap.Service.Tests.Security;

/// <summary>Mode Token: tokens of an outside issuer (RS256 here), checked with its keys from a JWKS URL or a public key file; the settings that cannot work together.</summary>
public sealed class IssuerKeysTests(SecuredService service) : IClassFixture<SecuredService>, IDisposable
{
    private const string Issuer = "https://login.example.org";
    private readonly RSA _issuerKey = RSA.Create(2048);

    [Fact]
    public async Task Keys_published_at_a_JWKS_URL_validate_the_issuers_tokens()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var issuer = builder.Build();
        issuer.MapGet("/jwks.json", () => Results.Text(KeySet(), "application/json"));
        await issuer.StartAsync();
        using var withJwks = Configured(host => host.UseSetting("Auth:JwksUrl", $"http://127.0.0.1:{port}/jwks.json"));

        using var otherKey = RSA.Create(2048);

        Assert.Equal("dana: staff", await CallerAsync(withJwks, Token(_issuerKey, "issuer-key-1")));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(withJwks, Token(otherKey, "issuer-key-2")));
    }

    [Fact]
    public async Task A_JWKS_URL_out_of_reach_is_the_services_trouble_a_503_not_the_callers()
    {
        using var withJwks = Configured(host => host.UseSetting("Auth:JwksUrl", $"http://127.0.0.1:{FreePort.Next()}/jwks.json"));
        using var client = withJwks.CreateClient();

        using var response = await client.SendAsync(Request(Token(_issuerKey, "issuer-key-1")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(CallerAuthenticationMiddleware.KeysUnavailableMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_key_file_validates_the_issuers_tokens()
    {
        var keyFile = Path.Combine(Path.GetDirectoryName(service.KeyFile)!, "issuer-public.pem");
        Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
        await File.WriteAllTextAsync(keyFile, _issuerKey.ExportSubjectPublicKeyInfoPem());
        using var withFile = Configured(host => host.UseSetting("Auth:KeyFile", keyFile));

        Assert.Equal("dana: staff", await CallerAsync(withFile, Token(_issuerKey, keyId: null)));
    }

    [Fact]
    public async Task Groups_as_Gafaelfawr_names_them_in_isMemberOf_objects_are_read_by_their_names()
    {
        var keyFile = Path.Combine(Path.GetDirectoryName(service.KeyFile)!, "gafaelfawr-public.pem");
        Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
        await File.WriteAllTextAsync(keyFile, _issuerKey.ExportSubjectPublicKeyInfoPem());
        using var gafaelfawr = Configured(host => host.UseSetting("Auth:KeyFile", keyFile).UseSetting("Auth:GroupsClaim", "isMemberOf"));
        var memberships = new object[]
        {
            new Dictionary<string, object> { ["name"] = "g_users", ["id"] = 1001 },
            new Dictionary<string, object> { ["name"] = "staff", ["id"] = 1002 },
            new Dictionary<string, object> { ["id"] = 1003 },
        };

        var caller = await CallerAsync(gafaelfawr, Token(_issuerKey, keyId: null, new() { ["sub"] = "dana", ["isMemberOf"] = memberships }));

        Assert.Equal("dana: g_users, staff", caller);
    }

    [Fact]
    public void A_service_that_refuses_anonymous_callers_but_identifies_no_one_does_not_start()
    {
        using var nobody = service.WithWebHostBuilder(host => host.UseSetting("Auth:Mode", "None").UseSetting("Access:AllowAnonymous", "false"));

        var refused = Assert.ThrowsAny<Exception>(() => nobody.CreateClient());

        Assert.Contains("Access:AllowAnonymous is false but Auth:Mode is None", refused.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _issuerKey.Dispose();

    private WebApplicationFactory<Program> Configured(Action<IWebHostBuilder> keys) => service.WithWebHostBuilder(host =>
    {
        host.UseSetting("Auth:Mode", "Token").UseSetting("Auth:Issuer", Issuer).UseSetting("Auth:Audience", "rubin-tap");
        keys(host);
    });

    private static string Token(RSA key, string? keyId, Dictionary<string, object>? claims = null) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = "rubin-tap",
        Expires = DateTime.UtcNow.AddHours(1),
        Claims = claims ?? new Dictionary<string, object> { ["sub"] = "dana", ["groups"] = "staff" },
        SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = keyId }, SecurityAlgorithms.RsaSha256),
    });

    private string KeySet()
    {
        var parameters = _issuerKey.ExportParameters(includePrivateParameters: false);
        return $$"""{"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"issuer-key-1","n":"{{Base64UrlEncoder.Encode(parameters.Modulus)}}","e":"{{Base64UrlEncoder.Encode(parameters.Exponent)}}"}]}""";
    }

    private static async Task<string> CallerAsync(WebApplicationFactory<Program> factory, string token)
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(Request(token));
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpStatusCode> StatusAsync(WebApplicationFactory<Program> factory, string token)
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(Request(token));
        return response.StatusCode;
    }

    private static HttpRequestMessage Request(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(CallerProbe.Path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        return request;
    }
}
