using Dali;

namespace Sia.Service.Validation;

/// <summary>Limits the service advertises and enforces.</summary>
/// <param name="MaxRegionDiameter">Largest POS region accepted: the greatest separation of its points, in degrees.</param>
/// <param name="ResponseFormats">RESPONSEFORMAT values the host can write, as error messages list them.</param>
public sealed record SiaLimits(double MaxRegionDiameter, IReadOnlyCollection<string> ResponseFormats)
{
    private readonly Func<string, bool>? _acceptsResponseFormat;

    /// <summary>
    /// Whether the host writes a RESPONSEFORMAT value: by default one of <see cref="ResponseFormats"/>
    /// ignoring case. A host that matches media types by their parameters (charset, serialization)
    /// sets its own rule, so SIAv2 accepts exactly what its TAP accepts.
    /// </summary>
    public Func<string, bool> AcceptsResponseFormat
    {
        get => _acceptsResponseFormat ?? (format => ResponseFormats.Contains(format, StringComparer.OrdinalIgnoreCase));
        init => _acceptsResponseFormat = value;
    }

    /// <summary>The value when the host writes it; otherwise DALI's usage error, listing the accepted values.</summary>
    public string CheckResponseFormat(string format) =>
        AcceptsResponseFormat(format) ? format : throw DaliParameterException.NotOneOf(DaliParameters.ResponseFormat, format, ResponseFormats);
}
