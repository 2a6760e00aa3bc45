using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tap.Service.Observability;
using Tap.Service.Protocol;

namespace Tap.Service.Tests.Support;

/// <summary>A minimal in-memory service with the DALI fault handler and whatever endpoints a test maps.</summary>
internal sealed class TestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestHost(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public static async Task<TestHost> StartAsync(Action<WebApplication> mapEndpoints)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        // The fault handler counts what it reports.
        builder.Services.AddSingleton<ServiceMetrics>();
        var app = builder.Build();
        app.UseDaliFaults();
        mapEndpoints(app);
        await app.StartAsync();
        return new TestHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
