using SeedData.Generator.Camera;
using ObsCore.Model.Geometry;
using SeedData.Generator.Geometry;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Products;

/// <summary>
/// What one CCD saw in one visit; its raw, calibrated and difference images share this footprint,
/// whose vertices are the outer corners of pixels (1, 1), (NAXIS1, 1), (NAXIS1, NAXIS2) and (1, NAXIS2)
/// in this order.
/// </summary>
public sealed record CcdImage(Visit Visit, Detector Detector, SkyPolygon Footprint)
{
    /// <summary>ObsCore obs_id (and CAOM2 observation) grouping the products of this CCD in this visit.</summary>
    public string ObsId => $"{Visit.Id}_{Detector.Number:D3}";

    /// <summary>Projects the CCD's corners from the focal plane onto the sky about the visit's boresight.</summary>
    public static CcdImage Observe(Visit visit, Detector detector, TangentPlane boresight)
    {
        var rotation = double.DegreesToRadians(visit.RotationDegrees);
        var (sin, cos) = Math.SinCos(rotation);
        var corners = detector.CornersMm.Select(corner =>
        {
            var x = corner.X * LsstCam.RadiansPerMm;
            var y = corner.Y * LsstCam.RadiansPerMm;
            // The focal plane's y axis points at position angle "rotation" (north through east) and its
            // x axis 90° further on (west at rotation 0), so an image shows the sky as seen: with north
            // up, east is left, and the corners wind counter-clockwise as footprints must.
            return boresight.ToSky(-x * cos + y * sin, x * sin + y * cos);
        });
        return new CcdImage(visit, detector, SkyPolygon.FromVertices([.. corners]));
    }
}
