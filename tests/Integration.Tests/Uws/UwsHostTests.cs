using Integration.Tests.Database;

namespace Integration.Tests.Uws;

/// <summary>Tests against a service host of their own on the shared database, started for each test and stopped after it.</summary>
public abstract class UwsHostTests : IAsyncLifetime
{
    protected UwsHostTests(DatabaseFixture database)
    {
        Database = database;
        Host = new ServiceHost(database);
        Client = Host.Start();
    }

    private protected DatabaseFixture Database { get; }

    private protected ServiceHost Host { get; }

    private protected UwsClient Client { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}
