using ObsCore.Model;
using ObsCore.Model.Geometry;
using SeedData.Generator.Camera;
using SeedData.Generator.Products;
using SeedData.Generator.SkyMap;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Tables;

/// <summary>The ivoa.obscore rows of a generated data set: three per CCD image, then one per coadd patch.</summary>
public static class ObsCoreRows
{
    private static readonly RowLayout Layout = new(ObsCoreTable.Definition);

    public static IEnumerable<object?[]> Of(SeedDataSet data)
    {
        foreach (var ccd in data.CcdImages)
        {
            foreach (var type in ProductType.SingleVisit)
            {
                yield return SingleVisit(data, type, ccd).Values;
            }
        }

        foreach (var coadd in data.Coadds)
        {
            yield return Coadd(data, coadd).Values;
        }
    }

    /// <summary>Butler run collection a product is written to.</summary>
    public static string Run(ProductType type, Visit? visit) =>
        type == ProductType.Raw ? "LSSTCam/raw/all"
        : visit is null ? "LSSTCam/runs/deep"
        : $"LSSTCam/runs/nightly/{Time.DayObs(visit.Start)}";

    /// <summary>When the pipeline wrote the product: raws on readout, processed images minutes later, coadds at the reference time.</summary>
    public static DateTime CreationDate(ProductType type, Visit? visit, DateTime now) =>
        visit is null ? now : visit.End + TimeSpan.FromMinutes(type.CalibLevel * 2 - 2);

    private static TableRow SingleVisit(SeedDataSet data, ProductType type, CcdImage ccd)
    {
        var visit = ccd.Visit;
        var did = data.Ids.Did(type, ccd);
        var row = Common(data, type, did, ccd.ObsId, data.ReleaseDate(visit), ProductImages.FileLength(ProductImages.Of(data, type, ccd)))
            .Set("obs_title", $"{type.DatasetType} {visit.Band.Name} visit {visit.Id} {ccd.Detector.Raft}_{ccd.Detector.Ccd}")
            .Set("obs_creation_date", CreationDate(type, visit, data.Parameters.Now))
            .Set("target_name", $"WFD-{visit.FieldId:D4}")
            .Set("s_xel1", (long)LsstCam.CcdColumns)
            .Set("s_xel2", (long)LsstCam.CcdRows)
            .Set("s_resolution", Math.Round(visit.SeeingArcsec, 3))
            .Set("s_calib_status", type == ProductType.Raw ? "raw" : "calibrated")
            .Set("s_stat_error", type == ProductType.Raw ? 1.0 : 0.02)
            .Set("t_min", Time.ToMjdTai(visit.Start))
            .Set("t_max", Time.ToMjdTai(visit.End))
            .Set("t_exptime", Visit.ExposureTime.TotalSeconds)
            .Set("t_resolution", Visit.ExposureTime.TotalSeconds)
            .Set("lsst_visit", visit.Id)
            .Set("lsst_detector", ccd.Detector.Number)
            .Set("lsst_raft", ccd.Detector.Raft)
            .Set("lsst_ccd", ccd.Detector.Ccd)
            .Set("lsst_filter", visit.Band.Filter)
            .Set("lsst_run", Run(type, visit));
        if (type == ProductType.Raw)
        {
            // Raw pixels are not photometrically calibrated: no ObsCore o_calib_status value applies.
            row.Set("lsst_exposure", visit.Id).Set("o_calib_status", null);
        }

        return Footprint(row, ccd.Footprint, visit.Band);
    }

    private static TableRow Coadd(SeedDataSet data, CoaddPatch coadd)
    {
        var type = ProductType.DeepCoadd;
        var visits = coadd.Inputs.Select(input => input.Visit).Distinct().ToArray();
        var row = Common(data, type, data.Ids.Did(coadd), coadd.ObsId, data.ReleaseDate(coadd), ProductImages.FileLength(ProductImages.Of(data, coadd)))
            .Set("obs_title", $"{type.DatasetType} {coadd.Band.Name} tract {coadd.Tract} patch {coadd.Patch}")
            .Set("obs_creation_date", CreationDate(type, null, data.Parameters.Now))
            .Set("s_xel1", (long)Tract.PatchPixels)
            .Set("s_xel2", (long)Tract.PatchPixels)
            .Set("s_resolution", Math.Round(visits.Average(v => v.SeeingArcsec), 3))
            .Set("s_calib_status", "calibrated")
            .Set("s_stat_error", 0.02)
            .Set("t_min", Time.ToMjdTai(visits.Min(v => v.Start)))
            .Set("t_max", Time.ToMjdTai(visits.Max(v => v.End)))
            .Set("t_exptime", visits.Length * Visit.ExposureTime.TotalSeconds)
            .Set("lsst_tract", coadd.Tract)
            .Set("lsst_patch", coadd.Patch)
            .Set("lsst_run", Run(type, null));
        return Footprint(row, coadd.Footprint, coadd.Band);
    }

    /// <param name="fileLength">The rendered file's length in bytes; access_estsize is in kilobytes (1000 bytes).</param>
    private static TableRow Common(SeedDataSet data, ProductType type, string did, string obsId, DateTime releaseDate, long fileLength) =>
        Layout.NewRow()
            .Set("dataproduct_type", "image")
            .Set("dataproduct_subtype", type.Subtype)
            .Set("calib_level", type.CalibLevel)
            .Set("obs_collection", data.Parameters.Collection)
            .Set("obs_id", obsId)
            .Set("obs_publisher_did", did)
            .Set("publisher_id", data.Ids.PublisherId)
            .Set("obs_creator_name", "Rubin Observatory")
            .Set("access_url", data.Ids.AccessUrl(did))
            .Set("access_format", "application/x-votable+xml;content=datalink")
            .Set("access_estsize", fileLength / 1000)
            .Set("facility_name", LsstCam.Facility)
            .Set("instrument_name", LsstCam.Instrument)
            .Set("proposal_id", "WFD")
            .Set("data_rights", data.IsEmbargoed(releaseDate) ? "proprietary" : "public")
            .Set("obs_release_date", releaseDate)
            .Set("s_ucd", "pos.eq")
            .Set("s_unit", "deg")
            .Set("s_pixel_scale", LsstCam.PixelScaleArcsec)
            .Set("t_xel", 1L)
            .Set("t_calib_status", "calibrated")
            .Set("em_xel", 1L)
            .Set("em_ucd", "em.wl")
            .Set("em_unit", "m")
            .Set("em_calib_status", "calibrated")
            .Set("o_ucd", type.PixelUcd)
            .Set("o_unit", type == ProductType.Raw ? "adu" : "nJy")
            .Set("o_calib_status", "absolute")
            .Set("lsst_dataset_type", type.DatasetType);

    private static TableRow Footprint(TableRow row, SkyPolygon footprint, Band band)
    {
        var centre = footprint.Centre;
        return row
            .Set("s_region", footprint)
            // Rounded like the vertices (~0.4 mas), so the committed sample is the same on every platform's libm.
            .Set("s_ra", Math.Round(centre.Ra, 10))
            .Set("s_dec", Math.Round(centre.Dec, 10))
            .Set("s_fov", Math.Round(footprint.Diameter, 10))
            .Set("em_min", band.EmMin)
            .Set("em_max", band.EmMax)
            .Set("em_res_power", band.ResolvingPower)
            .Set("lsst_band", band.Name);
    }
}
