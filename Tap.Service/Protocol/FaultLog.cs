using Tap.Service.Observability;

namespace Tap.Service.Protocol;

/// <summary>
/// How faults are logged, our own failures with their cause and the rest briefly, and counted by
/// class: every fault reported to a client passes here once, whether as an HTTP error, inside a
/// result or as a job's error.
/// </summary>
internal static partial class FaultLog
{
    public static void Write(ILogger logger, ServiceMetrics metrics, DaliException fault, string traceIdentifier)
    {
        metrics.Fault(fault);
        switch (fault)
        {
            case DaliFatalException:
                InternalError(logger, fault.InnerException ?? fault, traceIdentifier);
                break;
            case DaliUnavailableException:
                Unavailable(logger, fault.InnerException ?? fault, traceIdentifier);
                break;
            default:
                ClientError(logger, fault.StatusCode, fault.Message, traceIdentifier);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {TraceIdentifier} failed with an internal error")]
    private static partial void InternalError(ILogger logger, Exception exception, string traceIdentifier);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {TraceIdentifier} answered 503: the database is unavailable")]
    private static partial void Unavailable(ILogger logger, Exception exception, string traceIdentifier);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Request {TraceIdentifier} answered {StatusCode}: {Message}")]
    private static partial void ClientError(ILogger logger, int statusCode, string message, string traceIdentifier);
}
