using Adql;
using Adql.Semantics;
using Npgsql;
using Tap.Service.Catalogue;
using Tap.Service.Query;

namespace Harness;

/// <summary>
/// The service's compiler as the service sets it up: the catalogue read from TAP_SCHEMA, the
/// standard user functions and MAXREC+1, so the SQL timed on PostgreSQL is the SQL the service runs.
/// </summary>
internal sealed class ServiceCompiler
{
    private readonly IReadOnlyList<UserFunction> _functions = StandardUserFunctions.Create();

    private ServiceCompiler(ICatalogue catalogue)
    {
        Catalogue = catalogue;
    }

    public ICatalogue Catalogue { get; }

    public static async Task<ServiceCompiler> ReadAsync(NpgsqlDataSource database, CancellationToken cancellationToken) =>
        new(await TapSchemaReader.ReadAsync(database, cancellationToken));

    public CompileOptions Options(int maxRec) => QueryExecutor.CompileOptionsFor(_functions, maxRec);

    public string Sql(string adql, int maxRec)
    {
        var compiled = AdqlCompiler.Compile(adql, Catalogue, Options(maxRec));
        return compiled.Sql ?? throw new HarnessException($"the service's ADQL does not compile here: {string.Join("; ", compiled.Diagnostics)}\n{adql}");
    }
}
