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

/// <summary>Mode Token: tokens of an outside issuer (RS256 here), checked with its keys from a JWKS URL or a public key file.</summary>
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

    public void Dispose() => _issuerKey.Dispose();

    private WebApplicationFactory<Program> Configured(Action<IWebHostBuilder> keys) => service.WithWebHostBuilder(host =>
    {
        host.UseSetting("Auth:Mode", "Token").UseSetting("Auth:Issuer", Issuer).UseSetting("Auth:Audience", "rubin-tap");
        keys(host);
    });

    private static string Token(RSA key, string? keyId) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = "rubin-tap",
        Expires = DateTime.UtcNow.AddHours(1),
        Claims = new Dictionary<string, object> { ["sub"] = "dana", ["groups"] = "staff" },
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
