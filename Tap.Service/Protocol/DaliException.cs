namespace Tap.Service.Protocol;

/// <summary>
/// A failure a DALI service reports to its client: an HTTP status and a message that is safe to show.
/// The subclasses are the whole family; <see cref="FaultClassifier"/> turns any other exception into one.
/// </summary>
public abstract class DaliException : Exception
{
    protected DaliException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public abstract int StatusCode { get; }
}

/// <summary>The request is wrong (bad parameter, bad ADQL, a limit the request exceeded): HTTP 400.</summary>
public sealed class DaliUsageException(string message, Exception? innerException = null)
    : DaliException(message, innerException)
{
    public override int StatusCode => StatusCodes.Status400BadRequest;
}

/// <summary>The request names something that does not exist (a job, a table, an ID): HTTP 404.</summary>
public sealed class DaliNotFoundException(string message, Exception? innerException = null)
    : DaliException(message, innerException)
{
    public override int StatusCode => StatusCodes.Status404NotFound;
}

/// <summary>The service cannot answer now but will later (database busy or unreachable): HTTP 503 with Retry-After.</summary>
public sealed class DaliUnavailableException(string message, TimeSpan retryAfter, Exception? innerException = null)
    : DaliException(message, innerException)
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    public override int StatusCode => StatusCodes.Status503ServiceUnavailable;
}

/// <summary>Our own failure: HTTP 500. The message must not reveal internals; the inner exception is logged.</summary>
public sealed class DaliFatalException(string message, Exception? innerException = null)
    : DaliException(message, innerException)
{
    public override int StatusCode => StatusCodes.Status500InternalServerError;
}
