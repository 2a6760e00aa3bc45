using Soda.Service.Parameters;

namespace Soda.Service.Description;

/// <summary>
/// A parameter and the VALUES to publish with it (SODA 1.0 §4.2): MIN and MAX as the text of the
/// VALUES/MIN and VALUES/MAX value attributes, OPTIONs for an enumeration; all empty when free.
/// </summary>
public sealed record DescribedSodaParameter(SodaParameter Parameter)
{
    public string? Min { get; init; }

    public string? Max { get; init; }

    public IReadOnlyList<string> Options { get; init; } = [];
}
