using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Tap.Service.Tests.Security;

/// <summary>Mode Header (behind Gafaelfawr): the ingress's user headers are believed from the trusted proxies only.</summary>
public sealed class ProxyHeaderTests(SecuredService service) : IClassFixture<SecuredService>
{
    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("192.0.2.7")]
    [InlineData("::ffff:10.9.9.9")]
    public async Task Headers_from_a_trusted_proxy_name_the_caller_and_groups(string proxy)
    {
        using var behindIngress = BehindIngress();

        var caller = await CallerAsync(behindIngress, proxy, "bob", " staff, camera ,,");

        Assert.Equal("bob: staff, camera", caller);
    }

    [Fact]
    public async Task Headers_from_any_other_address_are_ignored_and_logged()
    {
        using var behindIngress = BehindIngress();
        var logged = service.Log.Lines.Count;

        var caller = await CallerAsync(behindIngress, "203.0.113.5", "bob", "staff");

        Assert.Equal("anonymous", caller);
        var line = Assert.Single(service.Log.Lines.Skip(logged));
        Assert.Contains("Ignored X-Auth-Request-User (bob) from 203.0.113.5, which is not a trusted proxy", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bearer_token_passed_on_by_the_ingress_is_not_checked_again()
    {
        using var behindIngress = BehindIngress();
        using var client = behindIngress.CreateClient();
        using var request = Request("10.1.2.3", "bob", "staff");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer issued-by-the-ingress");

        using var response = await client.SendAsync(request);

        Assert.Equal("bob: staff", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_anonymous_access_an_anonymous_caller_is_answered_401_with_a_challenge()
    {
        using var closed = service.WithWebHostBuilder(host => host.UseSetting("Access:AllowAnonymous", "false"));
        using var client = closed.CreateClient();

        using var probe = await client.GetAsync(new Uri(CallerProbe.Path, UriKind.Relative));
        using var capabilities = await client.GetAsync(new Uri("/tap/capabilities", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, probe.StatusCode);
        Assert.Equal("Bearer", Assert.Single(probe.Headers.WwwAuthenticate).Scheme);
        Assert.Contains("authenticated callers only", await probe.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, capabilities.StatusCode);
    }

    [Fact]
    public async Task Without_anonymous_access_a_token_holder_is_served()
    {
        using var closed = service.WithWebHostBuilder(host => host.UseSetting("Access:AllowAnonymous", "false"));
        using var client = closed.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(CallerProbe.Path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + service.Token("carol", []));

        using var response = await client.SendAsync(request);

        Assert.Equal("carol: ", await response.Content.ReadAsStringAsync());
    }

    private WebApplicationFactory<Program> BehindIngress() => service.WithWebHostBuilder(host => host
        .UseSetting("Auth:Mode", "Header")
        .UseSetting("Auth:TrustedProxies:0", "10.0.0.0/8")
        .UseSetting("Auth:TrustedProxies:1", "192.0.2.7"));

    private static async Task<string> CallerAsync(WebApplicationFactory<Program> factory, string from, string user, string groups)
    {
        using var client = factory.CreateClient();
        using var request = Request(from, user, groups);
        using var response = await client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    private static HttpRequestMessage Request(string from, string user, string groups)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(CallerProbe.Path, UriKind.Relative));
        request.Headers.Add(CallerProbe.RemoteAddressHeader, from);
        request.Headers.Add("X-Auth-Request-User", user);
        request.Headers.Add("X-Auth-Request-Groups", groups);
        return request;
    }
}
