using Integration.Tests.Tap;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Integration.Tests.Robustness;

/// <summary>
/// The service of the TAP fixture on real Kestrel at a free loopback port, with its error log recorded:
/// real HTTP parsing (request line, percent-decoding, form and multipart bodies), which the in-memory
/// test server skips, so what the tests send is what a client on the network could send.
/// </summary>
internal sealed class LoopbackService : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _host;

    private LoopbackService(WebApplicationFactory<Program> host, ServerErrorLog errors)
    {
        _host = host;
        Errors = errors;
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        // Each request has its own deadline (HttpAnswer), so a hang is reported for that input.
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(address),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public HttpClient Client { get; }

    public ServerErrorLog Errors { get; }

    public IServiceProvider Services => _host.Services;

    /// <summary>Starts an instance with these settings on top of the fixture's.</summary>
    public static LoopbackService Start(TapFixture tap, params (string Key, string Value)[] settings)
    {
        var errors = new ServerErrorLog();
        // UseKestrel(0) alone still bound Kestrel's default 127.0.0.1:5000, so two instances (or anything
        // else on that port) collided: the URL asks for a free port explicitly.
        var host = tap.Host(settings).WithWebHostBuilder(builder =>
            builder.UseUrls("http://127.0.0.1:0").ConfigureLogging(logging => logging.AddProvider(errors)));
        host.UseKestrel();
        host.StartServer();
        return new LoopbackService(host, errors);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
    }
}
