namespace Sia.Service;

/// <summary>
/// A request the service cannot answer because of one parameter's value. The host renders it as a
/// DALI usage fault; the message names the parameter and says why.
/// </summary>
public sealed class SiaUsageException : Exception
{
    public SiaUsageException(string parameter, string reason)
        : base($"{parameter}: {reason}")
    {
        Parameter = parameter;
        Reason = reason;
    }

    public string Parameter { get; }

    public string Reason { get; }
}
