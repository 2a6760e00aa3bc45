using Fits;

namespace Tap.Service.Images;

/// <summary>Refuses to start without a usable CFITSIO, with the remedy in the message, rather than fail on the first image.</summary>
internal sealed partial class FitsLibraryCheck(ILogger<FitsLibraryCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var version = CfitsioLibrary.EnsureUsable();
        Loaded(logger, version);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "CFITSIO {Version} loaded, reentrant.")]
    private static partial void Loaded(ILogger logger, Version version);
}
