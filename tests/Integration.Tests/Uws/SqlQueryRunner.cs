using Dali;
using Npgsql;
using Tap.Service.Protocol;
using Tap.Service.Query;
using Tap.Service.VoTable.Results;
using VoTable;

namespace Integration.Tests.Uws;

/// <summary>
/// A real query runner for the UWS tests until the ADQL executor exists: runs QUERY as SQL on the
/// service's database (tests only: the real executor compiles ADQL) and streams the rows with the
/// real result writer, honouring RESPONSEFORMAT and MAXREC. Its token cancels the statement as
/// Npgsql does for the real executor.
/// </summary>
internal sealed class SqlQueryRunner(NpgsqlDataSource dataSource) : IQueryRunner
{
    /// <remarks>The role is not taken: these tests exercise the job machinery with SQL of their own, not users' rights.</remarks>
    public async Task<ResultOutcome> RunAsync(DaliRequest request, IResultSink sink, string role, CancellationToken cancellationToken)
    {
        var parameters = request.Parameters;
        var sql = parameters.GetSingle("QUERY") ?? throw new DaliUsageException("QUERY is missing.");
        var format = ResultFormats.Resolve(parameters.GetSingle("RESPONSEFORMAT"));
        var maxRec = parameters.GetNonNegativeInt32("MAXREC") ?? int.MaxValue - 1;

        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(i => Column(reader.GetName(i), reader.GetFieldType(i))).ToList();
        var output = sink.Open(format);
        return await ResultWriter.WriteAsync(format, reader, new ResultMetadata(columns, maxRec), output, cancellationToken);
    }

    private static ResultColumn Column(string name, Type type) => type switch
    {
        _ when type == typeof(int) => new ResultColumn(name, VoTableDatatype.Int),
        _ when type == typeof(long) => new ResultColumn(name, VoTableDatatype.Long),
        _ when type == typeof(double) => new ResultColumn(name, VoTableDatatype.Double),
        _ when type == typeof(bool) => new ResultColumn(name, VoTableDatatype.Boolean),
        _ => new ResultColumn(name, VoTableDatatype.Char, "*"),
    };
}
