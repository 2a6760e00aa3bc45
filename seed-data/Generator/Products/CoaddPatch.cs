using ObsCore.Model.Geometry;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Products;

/// <summary>
/// A deep coadd of one sky-map patch in one band, and the calibrated CCD images that went into it.
/// The footprint's vertices are the outer corners of pixels (1, 1), (NAXIS1, 1), (NAXIS1, NAXIS2) and
/// (1, NAXIS2) in this order.
/// </summary>
public sealed record CoaddPatch(int Tract, int Patch, Band Band, SkyPolygon Footprint, IReadOnlyList<CcdImage> Inputs)
{
    public string ObsId => $"{Tract}_{Patch}_{Band.Name}";
}
