using Dali;
using Soda.Service.Requests;

namespace Soda.Service.Faults;

/// <summary>
/// The labels SODA 1.0 (§5.2) puts at the start of a text/plain error body, chosen from the DALI fault
/// family: the fault's HTTP status decides, so a fault Dali adds later (401, 403) is labelled without
/// a change here.
/// </summary>
public static class SodaErrorLabel
{
    public const string Error = "Error";
    public const string AuthenticationError = "AuthenticationError";
    public const string AuthorizationError = "AuthorizationError";
    public const string ServiceUnavailable = "ServiceUnavailable";
    public const string UsageError = "UsageError";
    public const string MultiValuedParamNotSupported = "MultiValuedParamNotSupported";

    /// <summary>
    /// The label for a fault: several values where one is taken → MultiValuedParamNotSupported;
    /// 401 → AuthenticationError; 403 → AuthorizationError; an unknown ID (404) → Error, as SODA's
    /// general label; any other 4xx (a bad value, a cutout over the size limit) → UsageError;
    /// 503 → ServiceUnavailable; our own failure (500) and exceptions outside the DALI family → Error.
    /// </summary>
    public static string For(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            MultiValuedParamNotSupportedException => MultiValuedParamNotSupported,
            DaliException { StatusCode: 401 } => AuthenticationError,
            DaliException { StatusCode: 403 } => AuthorizationError,
            DaliException { StatusCode: 404 } => Error,
            DaliException { StatusCode: >= 400 and < 500 } => UsageError,
            DaliException { StatusCode: 503 } => ServiceUnavailable,
            _ => Error,
        };
    }

    /// <summary>
    /// The whole text/plain body, "Label: message". It takes a DALI fault, whose message is safe to show:
    /// the host classifies other exceptions first.
    /// </summary>
    public static string Body(DaliException fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        return $"{For(fault)}: {fault.Message}";
    }

    /// <summary>
    /// The text of an async result whose cut leaves nothing of its dataset (sync answers 204 instead):
    /// SODA 1.0 §6 wants a labelled message, and retrying cannot help, hence UsageError.
    /// </summary>
    public static string NoOverlap(SodaCut cut)
    {
        ArgumentNullException.ThrowIfNull(cut);
        return $"{UsageError}: {cut}: the cut holds no data of the dataset";
    }
}
