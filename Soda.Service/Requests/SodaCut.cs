using Fits;
using Soda.Service.Planning;
using Soda.Service.Shapes;
using Soda.Service.Values;

namespace Soda.Service.Requests;

/// <summary>
/// One result of a SODA request: one dataset, at most one region, one BAND and one TIME interval, and
/// the POL states (all of a request's POL values form one filter, SODA 1.0 §3.3.6).
/// </summary>
/// <param name="Shape">The spatial cut; null keeps the whole image.</param>
/// <param name="PolarisationStates">Empty when POL was not given.</param>
public sealed record SodaCut(string Id, SodaShape? Shape, Interval? Band, Interval? Time, IReadOnlyList<string> PolarisationStates)
{
    /// <summary>
    /// Whether BAND, TIME and POL leave anything of an image with this coverage. Our images have no
    /// spectral, time or polarisation axis, so these cut nothing out of the pixels: they keep the
    /// image or leave nothing.
    /// </summary>
    public bool Overlaps(ImageCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        return (Band?.Overlaps(coverage.EmMin, coverage.EmMax) ?? true)
            && (Time?.Overlaps(coverage.TMin, coverage.TMax) ?? true)
            && (PolarisationStates.Count == 0 || PolarisationStates.Intersect(coverage.PolarisationStates, StringComparer.OrdinalIgnoreCase).Any());
    }

    /// <summary>
    /// The pixels to cut from the image: the whole image when no region was asked for; null when the
    /// cut leaves nothing of it (no overlap with the region, BAND, TIME or POL), which sync answers with 204.
    /// </summary>
    public PixelBox? Plan(ImageGeometry image, ImageCoverage coverage) =>
        Overlaps(coverage) ? CutoutPlanner.Plan(image, Shape) : null;

    /// <summary>The cut as parameters, e.g. <c>ID=ivo://x?a; POS=CIRCLE 12 34 0.5; POL=I Q</c>, for provenance and messages.</summary>
    public override string ToString()
    {
        var parts = new List<string> { $"ID={Id}" };
        if (Shape is not null)
        {
            parts.Add($"POS={Shape}");
        }

        if (Band is { } band)
        {
            parts.Add($"BAND={band}");
        }

        if (Time is { } time)
        {
            parts.Add($"TIME={time}");
        }

        if (PolarisationStates.Count > 0)
        {
            parts.Add($"POL={string.Join(' ', PolarisationStates)}");
        }

        return string.Join("; ", parts);
    }
}
