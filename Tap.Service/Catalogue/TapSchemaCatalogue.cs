using Adql.Semantics;
using Tap.Service.Database;

namespace Tap.Service.Catalogue;

/// <summary>
/// The compiler's view of the published tables, read from TAP_SCHEMA on first use and kept until
/// <see cref="ReloadAsync"/>, so what a query may name is exactly what TAP_SCHEMA announces.
/// A failed read is not cached: the next query tries again.
/// </summary>
internal sealed class TapSchemaCatalogue(QueryDatabase database) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile ICatalogue? _current;

    public async ValueTask<ICatalogue> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current)
        {
            return current;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            return _current ??= await database.ReadAsync(TapSchemaReader.ReadAsync, cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Reads TAP_SCHEMA again, e.g. after <c>migrate</c> published new tables; queries in flight keep the old view.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var fresh = await database.ReadAsync(TapSchemaReader.ReadAsync, cancellationToken);
        _current = fresh;
    }

    public void Dispose() => _loading.Dispose();
}
