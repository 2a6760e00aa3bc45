namespace Dali;

/// <summary>
/// A failure a DALI service reports to its client: an HTTP status and a message that is safe to show.
/// The subclasses are the whole family; the host classifies any other exception into one of them.
/// </summary>
public abstract class DaliException : Exception
{
    protected DaliException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status DALI gives this kind of failure.</summary>
    public abstract int StatusCode { get; }
}

/// <summary>The request is wrong (bad parameter, bad ADQL, a limit the request exceeded): HTTP 400.</summary>
public class DaliUsageException(string message, Exception? innerException = null)
    : DaliException(message, innerException)
{
    public override int StatusCode => 400;
}

/// <summary>
/// One parameter's value is wrong. The message is "NAME: reason", the same form for every protocol,
/// so a user reads first which parameter to fix.
/// </summary>
public sealed class DaliParameterException(string parameter, string reason)
    : DaliUsageException($"{parameter}: {reason}")
{
    public string Parameter { get; } = parameter;

    public string Reason { get; } = reason;

    /// <summary>The error for a value outside a fixed set; <paramref name="accepted"/> is listed as given.</summary>
    public static DaliParameterException NotOneOf(string parameter, string value, IEnumerable<string> accepted) =>
        new(parameter, $"'{value}' is not one of {string.Join(", ", accepted)}");
}

/// <summary>
/// The data asked for are not public and the caller has not said who they are: HTTP 401, with a
/// WWW-Authenticate challenge when the service can authenticate.
/// </summary>
public sealed class DaliAuthenticationException(string message, Exception? innerException = null)
    : DaliException(message, innerException)
{
    public override int StatusCode => 401;
}

/// <summary>The caller is known (or anonymous access is all there is) and may not read these data: HTTP 403.</summary>
public sealed class DaliAuthorizationException(string message, Exception? innerException = null)
    : DaliException(message, innerException)
{
    public override int StatusCode => 403;
}

/// <summary>The request names something that does not exist (a job, a table, an ID): HTTP 404.</summary>
public sealed class DaliNotFoundException(string message, Exception? innerException = null)
    : DaliException(message, innerException)
{
    public override int StatusCode => 404;
}

/// <summary>The service cannot answer now but will later (database busy or unreachable): HTTP 503 with Retry-After.</summary>
public sealed class DaliUnavailableException(string message, TimeSpan retryAfter, Exception? innerException = null)
    : DaliException(message, innerException)
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    public override int StatusCode => 503;
}

/// <summary>Our own failure: HTTP 500. The message must not reveal internals; the inner exception is logged.</summary>
public sealed class DaliFatalException(string message, Exception? innerException = null)
    : DaliException(message, innerException)
{
    public override int StatusCode => 500;
}
