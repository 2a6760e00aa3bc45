using System.Collections.Concurrent;
using SeedData.Generator.Camera;
using SeedData.Generator.Pixels;
using SeedData.Generator.Sky;
using SeedData.Generator.SkyMap;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Products;

/// <summary>
/// The image of each product as the render command draws it from the product's ObsCore row (the
/// service passes the same values), and the length of its file, which the metadata publish.
/// </summary>
public static class ProductImages
{
    private static readonly ConcurrentDictionary<(string DatasetType, int IdLength), long> Lengths = new();

    public static RenderRequest Of(SeedDataSet data, ProductType type, CcdImage ccd)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(ccd);
        return new RenderRequest(data.Ids.Did(type, ccd), type.DatasetType, LsstCam.CcdColumns, LsstCam.CcdRows, ccd.Footprint.Vertices)
        {
            Band = ccd.Visit.Band,
            Visit = ccd.Visit.Id,
            Detector = ccd.Detector.Number,
            Mjd = Time.ToMjdTai(ccd.Visit.Start),
        };
    }

    public static RenderRequest Of(SeedDataSet data, CoaddPatch coadd)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(coadd);
        return new RenderRequest(data.Ids.Did(coadd), ProductType.DeepCoadd.DatasetType, Tract.PatchPixels, Tract.PatchPixels, coadd.Footprint.Vertices)
        {
            Band = coadd.Band,
            Mjd = Time.ToMjdTai(coadd.Inputs.Min(input => input.Visit.Start)),
        };
    }

    /// <summary>The length in bytes of the file the render command writes for a product's request.</summary>
    /// <remarks>
    /// The headers of the survey's products hold the same cards whatever the product; only the length
    /// of its identifier can add a comment card. So the length is planned once per dataset type
    /// and identifier length, which halves the time the generator takes for large data sets.
    /// </remarks>
    public static long FileLength(RenderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Lengths.GetOrAdd((request.DatasetType, request.Id.Length), _ => ImageRenderer.Plan(request, SkyCatalogue.Survey).FileLength);
    }
}
