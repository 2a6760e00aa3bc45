using Integration.Tests.Database;

namespace Integration.Tests.Uws;

/// <summary>
/// A results folder of its own and the service instances a test starts on it; stops them all at
/// the end of the test (xunit 2 calls IAsyncLifetime, not IAsyncDisposable, on test classes).
/// </summary>
internal sealed class ServiceHost(DatabaseFixture database) : IAsyncLifetime
{
    private readonly List<TapServiceInstance> _instances = [];

    public string ResultsFolder { get; } = Path.Combine(Path.GetTempPath(), "uws-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Starts an instance (its host starts with the first request or client), with <paramref name="settings"/> over the test ones.</summary>
    public UwsClient Start(int workerCount = 2, IReadOnlyDictionary<string, string>? settings = null)
    {
        var instance = new TapServiceInstance(database, ResultsFolder, workerCount, settings ?? new Dictionary<string, string>());
        _instances.Add(instance);
        return instance.CreateUwsClient();
    }

    /// <summary>Another anonymous client of a started instance.</summary>
    public UwsClient Anonymous(int instance = 0) => _instances[instance].CreateUwsClient();

    /// <summary>A client of a started instance whose requests come from <paramref name="user"/>, in <paramref name="groups"/>.</summary>
    public UwsClient SignedIn(string user, string[] groups, int instance = 0)
    {
        var client = _instances[instance].CreateUwsClient();
        OwnerTestCallers.SignIn(client.Http, user, groups);
        return client;
    }

    public T Service<T>(int instance = 0)
        where T : notnull => (T)_instances[instance].Services.GetService(typeof(T))!;

    /// <summary>Stops an instance as a shutdown would (its running jobs go back to the queue).</summary>
    public async Task StopAsync(int instance) => await _instances[instance].DisposeAsync();

    public string[] ResultFiles() => Directory.Exists(ResultsFolder) ? Directory.GetFiles(ResultsFolder) : [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        if (Directory.Exists(ResultsFolder))
        {
            Directory.Delete(ResultsFolder, recursive: true);
        }
    }
}
