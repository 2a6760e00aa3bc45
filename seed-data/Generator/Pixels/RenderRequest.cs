using ObsCore.Model.Geometry;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Pixels;

/// <summary>
/// One image to render, described as its ObsCore row describes it: the dataset's identifier and type,
/// its size, its footprint (s_region: the outer corners of pixels (1, 1), (NAXIS1, 1),
/// (NAXIS1, NAXIS2) and (1, NAXIS2), in this order) and, when known, band, visit, detector and time.
/// </summary>
public sealed record RenderRequest(string Id, string DatasetType, int Naxis1, int Naxis2, IReadOnlyList<SkyPoint> Footprint)
{
    public Band? Band { get; init; }

    public long? Visit { get; init; }

    public int? Detector { get; init; }

    /// <summary>Start of the exposure (MJD, TAI); for a coadd, of its first input.</summary>
    public double? Mjd { get; init; }

    public ImageKind Kind => ImageKinds.Of(DatasetType);
}
