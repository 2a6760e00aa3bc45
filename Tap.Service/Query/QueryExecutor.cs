using System.Data;
using System.Globalization;
using System.Reflection;
using Adql;
using Adql.Syntax;
using UserFunction = Adql.Semantics.UserFunction;
using Microsoft.Extensions.Options;
using Npgsql;
using Tap.Service.Catalogue;
using Tap.Service.Database;
using Tap.Service.DataLink;
using Tap.Service.Observability;
using Tap.Service.Protocol;
using Tap.Service.Query.Upload;
using Tap.Service.VoTable.Results;

namespace Tap.Service.Query;

/// <summary>
/// Runs one TAP query, for /tap/sync and the UWS workers alike: checks the parameters, reads the
/// uploads, compiles the ADQL against TAP_SCHEMA (plus TAP_UPLOAD), and streams the rows from a
/// restricted transaction into the sink. Nothing of the result is held in memory.
/// </summary>
internal sealed class QueryExecutor(
    QueryDatabase database,
    TapSchemaCatalogue catalogue,
    IReadOnlyList<UserFunction> userFunctions,
    DataLinkDescriptors descriptors,
    UploadDownloader downloader,
    ServiceMetrics metrics,
    IOptions<QueryLimitsOptions> limits) : IQueryRunner
{
    /// <summary>The software version written into every result.</summary>
    public static readonly string ServiceVersion =
        typeof(QueryExecutor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>
    /// For asynchronous jobs: their execution duration cancels the statement, on top of
    /// <see cref="QueryLimitsOptions.AsyncStatementTimeout"/>. A job knows no caller yet, so it sees
    /// released data only.
    /// </summary>
    public Task<ResultOutcome> RunAsync(DaliRequest request, IResultSink sink, string role, CancellationToken cancellationToken) =>
        RunAsync(request, sink, limits.Value.AsyncStatementTimeout, role, cancellationToken);

    /// <param name="role">The caller's query role (<see cref="DatabaseRoles.QueryRoleOf"/>).</param>
    public Task<ResultOutcome> RunAsync(
        DaliRequest request, IResultSink sink, TimeSpan statementTimeout, string role, CancellationToken cancellationToken)
    {
        var query = TapQueryRequest.From(request.Parameters, limits.Value);
        return RunAsync(query, request.Files, sink, statementTimeout, role, metadata => metadata, cancellationToken);
    }

    /// <summary>
    /// Runs a request already checked (by TAP, or built by SIAv2); <paramref name="describe"/> may add
    /// to the result's metadata, e.g. the SIAv2 self-description. The rows are those
    /// <paramref name="role"/> sees (<see cref="DatabaseRoles.QueryRoleOf"/>).
    /// </summary>
    public async Task<ResultOutcome> RunAsync(
        TapQueryRequest request,
        IFormFileCollection files,
        IResultSink sink,
        TimeSpan statementTimeout,
        string role,
        Func<ResultMetadata, ResultMetadata> describe,
        CancellationToken cancellationToken)
    {
        var settings = limits.Value;
        var uploads = await UploadSet.OpenAsync(request.Uploads, files, downloader, settings, cancellationToken);
        await using (uploads)
        {
            var published = await catalogue.GetAsync(cancellationToken);
            var tables = uploads.Overlay(published);
            var options = CompileOptionsFor(userFunctions, request.MaxRec);
            var compiled = request.Syntax is { } built
                ? AdqlCompiler.Compile(built, tables, options)
                : AdqlCompiler.Compile(request.Adql, tables, options);
            if (!compiled.Succeeded)
            {
                throw new QueryCompilationException(compiled.Diagnostics);
            }

            var metadata = describe(descriptors.AddTo(new ResultMetadata(compiled.Columns.Select(ResultColumnMapping.ToResultColumn).ToList(), request.MaxRec)
            {
                Infos = [new ResultInfo("QUERY", request.Adql), new ResultInfo("SERVICE_VERSION", ServiceVersion)],
            }));

            var output = sink.Open(request.Format);
            using var measurement = metrics.MeasureQuery();
            var result = await database.RunAsync(uploads.HasTables, async (connection, outputWritten, token) =>
            {
                await using var transaction = await connection.BeginTransactionAsync(token);
                await uploads.LoadAsync(connection, token);
                await using var batch = QueryTransaction.RestrictedBatch(connection, compiled.Sql, statementTimeout, role);
                await using var reader = await batch.ExecuteReaderAsync(CommandBehavior.SequentialAccess, token);
                // The writer throws only before its first byte (a lost standby up to the first row
                // included), and returns any later error in the outcome.
                var outcome = await ResultWriter.WriteAsync(request.Format, reader, metadata, output, token);
                outputWritten();
                await sink.EndAsync(outcome);
                return outcome;
            }, cancellationToken);
            measurement.Ended(result.Status, result.RowCount);
            return result;
        }
    }

    /// <summary>
    /// How a query for <paramref name="maxRec"/> rows is compiled: for one row more, whose arrival
    /// marks the result overflowed. Public so that tools running the same SQL outside the service
    /// (the benchmark harness) compile it exactly as the service does.
    /// </summary>
    public static CompileOptions CompileOptionsFor(IReadOnlyList<UserFunction> userFunctions, int maxRec) =>
        new(userFunctions, MaxRows: (long)maxRec + 1);

    /// <summary>
    /// The first column of a small query, as text, for service metadata (e.g. the values SIAv2
    /// advertises); compiled and run like any query, in the same restricted transaction, as the
    /// anonymous role: what a service advertises to everyone comes from released data only.
    /// </summary>
    public async Task<IReadOnlyList<string>> ReadColumnAsync(QueryExpression query, CancellationToken cancellationToken)
    {
        var published = await catalogue.GetAsync(cancellationToken);
        var compiled = AdqlCompiler.Compile(query, published, new CompileOptions(userFunctions));
        if (!compiled.Succeeded)
        {
            throw new QueryCompilationException(compiled.Diagnostics);
        }

        return await database.ReadAsync<IReadOnlyList<string>>(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            await using var batch = QueryTransaction.RestrictedBatch(connection, compiled.Sql, limits.Value.SyncExecutionDuration, DatabaseRoles.Query);
            await using var reader = await batch.ExecuteReaderAsync(token);
            var values = new List<string>();
            while (await reader.ReadAsync(token))
            {
                if (!reader.IsDBNull(0))
                {
                    values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? string.Empty);
                }
            }

            return values;
        }, cancellationToken);
    }
}
