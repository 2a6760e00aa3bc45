using ObsCore.Model;
using Sia.Service.Validation;

namespace Sia.Service.Parameters;

/// <summary>
/// Every query parameter the service understands, in the order their predicates appear in the ADQL:
/// the SIAv2 standard ones, then the portal's filters on the LSST columns. A new filter is one entry.
/// </summary>
public static class SiaParameterList
{
    public static IReadOnlyList<SiaParameter> Create(SiaLimits limits) =>
    [
        Predicates.Region("POS", "s_region", limits,
            "Region the image must overlap, ICRS degrees: CIRCLE ra dec radius, RANGE ra1 ra2 dec1 dec2, or POLYGON ra1 dec1 ra2 dec2 ..."),
        Predicates.Overlaps("BAND", "em_min", "em_max", "m", "Wavelength interval (vacuum) the band pass must overlap; one value for a wavelength it must contain"),
        Predicates.Overlaps("TIME", "t_min", "t_max", "d", "Time interval (MJD) the exposure must overlap; one value for an instant it must contain"),
        Predicates.PolarisationState("POL", "pol_states", PolarisationStates.All, "Polarisation state the image must include"),
        Predicates.Contains("FOV", "s_fov", "deg", "Interval the field of view (diameter) must lie in"),
        Predicates.Contains("SPATRES", "s_resolution", "arcsec", "Interval the spatial resolution must lie in"),
        Predicates.Contains("EXPTIME", "t_exptime", "s", "Interval the exposure time must lie in"),
        Predicates.Matches("ID", "obs_publisher_did", "Publisher dataset identifier (obs_publisher_did) of the image", listValues: false),
        Predicates.Matches("COLLECTION", "obs_collection", "Data collection", listValues: true),
        Predicates.Matches("FACILITY", "facility_name", "Telescope", listValues: true),
        Predicates.Matches("INSTRUMENT", "instrument_name", "Camera", listValues: true),
        Predicates.Choice("DPTYPE", "dataproduct_type", ["image", "cube"], "Data product type"),
        Predicates.Integer("CALIB", "calib_level", 0, 4, SiaValueType.Int, "Calibration level: 1 raw, 2 calibrated single visit, 3 coadd or difference image", listValues: false),
        Predicates.Matches("TARGET", "target_name", "Name of the observed target or field", listValues: false),
        Predicates.Contains("TIMERES", "t_resolution", "s", "Interval the time resolution must lie in"),
        Predicates.Contains("SPECRP", "em_res_power", null, "Interval the spectral resolving power must lie in"),
        Predicates.Matches("FORMAT", "access_format", "MIME type of the data at access_url", listValues: false),

        // The portal's filters: one column each, all indexed, so visit/raft/CCD selections stay fast.
        Predicates.Integer("LSST_VISIT", "lsst_visit", 0, long.MaxValue, SiaValueType.Integer, "Visit identifier (single-visit images)", listValues: true),
        Predicates.Integer("LSST_DETECTOR", "lsst_detector", 0, 188, SiaValueType.Int, "Detector number, 0 to 188", listValues: true),
        Predicates.Matches("LSST_RAFT", "lsst_raft", "Raft of the detector, e.g. R22", listValues: true),
        Predicates.Matches("LSST_CCD", "lsst_ccd", "Sensor within its raft, e.g. S11", listValues: true),
        Predicates.Matches("LSST_BAND", "lsst_band", "Abstract band: u, g, r, i, z or y", listValues: true),
        Predicates.Integer("LSST_TRACT", "lsst_tract", 0, int.MaxValue, SiaValueType.Int, "Tract of the sky map (coadds)", listValues: true),
        Predicates.Integer("LSST_PATCH", "lsst_patch", 0, int.MaxValue, SiaValueType.Int, "Patch within its tract (coadds)", listValues: true),
        Predicates.Matches("DPSUBTYPE", "dataproduct_subtype", "LSST product kind, e.g. lsst.calexp", listValues: true),
    ];
}
