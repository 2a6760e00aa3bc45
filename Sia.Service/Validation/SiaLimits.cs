namespace Sia.Service.Validation;

/// <summary>Limits the service advertises and enforces.</summary>
/// <param name="MaxRegionDiameter">Largest POS region accepted: the greatest separation of its points, in degrees.</param>
/// <param name="ResponseFormats">RESPONSEFORMAT values the host can write (compared case-insensitively).</param>
public sealed record SiaLimits(double MaxRegionDiameter, IReadOnlyCollection<string> ResponseFormats);
