using System.ComponentModel.DataAnnotations;

namespace Tap.Service.Sia;

/// <summary>SIAv2 limits (configuration section "Sia").</summary>
internal sealed class SiaOptions
{
    public const string Section = "Sia";

    /// <summary>Largest POS region accepted, as the greatest separation of its points in degrees; larger searches belong to TAP.</summary>
    [Range(0.001, 180)]
    public double MaxRegionDiameter { get; set; } = 20;
}
