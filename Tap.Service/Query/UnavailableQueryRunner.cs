using Tap.Service.Protocol;
using Tap.Service.Results;

namespace Tap.Service.Query;

/// <summary>
/// Stands in for the ADQL executor until it is registered (it replaces this registration in
/// Program.cs): asynchronous jobs end in a transient ERROR that says so, instead of the service
/// failing to start.
/// </summary>
public sealed class UnavailableQueryRunner : IQueryRunner
{
    private const string Message = "Query execution is not available in this build of the service.";

    public Task<ResultOutcome> RunAsync(DaliParameters parameters, IResultSink sink, CancellationToken cancellationToken) =>
        throw new DaliUnavailableException(Message, TimeSpan.FromHours(1));
}
