namespace Tap.Service.Protocol;

/// <summary>How faults are logged: our own failures with their cause, the rest briefly.</summary>
internal static partial class FaultLog
{
    public static void Write(ILogger logger, DaliException fault, string traceIdentifier)
    {
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
