using Dali;

namespace Soda.Service.Faults;

/// <summary>
/// A request gave several values to a parameter that takes one in this kind of request (SODA 1.0 §3.1):
/// a usage error, labelled <c>MultiValuedParamNotSupported</c> so that a client knows to fall back to
/// one request per value.
/// </summary>
public sealed class MultiValuedParamNotSupportedException(string parameter, int count, string reason)
    : DaliUsageException($"{parameter}: {count} values given; {reason}")
{
    public string Parameter { get; } = parameter;

    public int Count { get; } = count;
}
