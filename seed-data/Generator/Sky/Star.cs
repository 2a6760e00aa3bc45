using SeedData.Generator.Survey;

namespace SeedData.Generator.Sky;

/// <summary>
/// One star of the synthetic sky: where it is, how bright, its colour and, for a few, how it varies.
/// </summary>
/// <param name="Id">Unique over the sky: its cell's index × 100000 + its number in the cell.</param>
/// <param name="MagnitudeR">Mean AB magnitude in r.</param>
/// <param name="Colour">g − r colour, which sets the magnitudes in the other bands.</param>
/// <param name="Amplitude">Semi-amplitude of a sinusoidal variation, magnitudes; 0 for a constant star.</param>
/// <param name="PeriodDays">Period of the variation.</param>
/// <param name="Phase">Phase of the variation at MJD 0, radians.</param>
public readonly record struct Star(
    long Id, double Ra, double Dec, double MagnitudeR, double Colour, double Amplitude, double PeriodDays, double Phase)
{
    /// <summary>AB magnitude of 1 nJy: 2.5 log10(3631 Jy / 1 nJy).</summary>
    public const double NanojanskyZeroPoint = 31.4;

    public bool IsVariable => Amplitude > 0;

    /// <summary>Mean magnitude in a band: a simple stellar locus, redder stars fainter in the blue.</summary>
    public double Magnitude(Band band)
    {
        ArgumentNullException.ThrowIfNull(band);
        var perColour = band.Name switch
        {
            "u" => 2.4,
            "g" => 1.0,
            "i" => -0.35,
            "z" => -0.5,
            "y" => -0.6,
            _ => 0.0,
        };
        return MagnitudeR + perColour * Colour;
    }

    /// <summary>Mean flux density in a band, nJy.</summary>
    public double Flux(Band band) => Math.Pow(10, -0.4 * (Magnitude(band) - NanojanskyZeroPoint));

    /// <summary>Flux density at a time (MJD) minus the mean: what a difference image shows.</summary>
    public double FluxChange(Band band, double mjd) =>
        IsVariable ? Flux(band) * (Math.Pow(10, -0.4 * Amplitude * Math.Sin(2 * Math.PI * mjd / PeriodDays + Phase)) - 1) : 0;
}
