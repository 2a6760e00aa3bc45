using System.IO.Pipelines;
using Tap.Service.Protocol;
using Tap.Service.VoTable.Results;

namespace Tap.Service.Query;

/// <summary>
/// Runs one TAP query (LANG, QUERY, MAXREC, RESPONSEFORMAT, ...) and writes its result: the one
/// executor that /sync and the asynchronous workers share; only the <see cref="IResultSink"/> differs.
/// </summary>
internal interface IQueryRunner
{
    /// <summary>
    /// A failure before the result begins (bad parameters, ADQL errors, a database error on the
    /// first row) is thrown, as a <see cref="DaliException"/> or anything <see cref="FaultClassifier"/>
    /// classifies. A failure after output began is returned in the outcome (status ERROR).
    /// Cancelling <paramref name="cancellationToken"/> must cancel the running database statement.
    /// The query runs as <paramref name="role"/>, the query role of whoever asked for it
    /// (<see cref="Database.DatabaseRoles.QueryRoleOf"/>).
    /// </summary>
    Task<ResultOutcome> RunAsync(DaliRequest request, IResultSink sink, string role, CancellationToken cancellationToken);
}

/// <summary>Where a result goes: an HTTP response for /sync, a file for an asynchronous job.</summary>
internal interface IResultSink
{
    /// <summary>Called once, when the format is known and before the first byte is written.</summary>
    PipeWriter Open(ResultFormat format);

    /// <summary>
    /// Called once the whole result is written and before the database transaction ends, so that a
    /// client need not wait for the rollback.
    /// </summary>
    Task EndAsync(ResultOutcome outcome);
}
