namespace Tap.Service.Vosi;

/// <summary>A DALI example: an XML ID, a title, what it answers, and the ADQL.</summary>
internal sealed record TapExample(string Id, string Name, string Description, string Query);

/// <summary>
/// The queries astronomers ask of this service most, in the order a newcomer would try them. The
/// identifiers are those of the committed sample, so every example returns rows on a fresh install.
/// </summary>
internal static class TapExamples
{
    public static readonly IReadOnlyList<TapExample> All =
    [
        new(
            "visit-ccds",
            "The calibrated CCD images of one visit",
            "A visit exposes all 189 science CCDs at once; this lists the calibrated image of each, with its raft and CCD.",
            """
            SELECT lsst_detector, lsst_raft, lsst_ccd, obs_publisher_did, access_url, s_region
            FROM ivoa.obscore
            WHERE lsst_visit = 2026103100001 AND lsst_dataset_type = 'calexp'
            ORDER BY lsst_detector
            """),
        new(
            "visit-raft",
            "One raft of a visit",
            "The nine CCDs of raft R22, the centre of the focal plane, in one visit: raw and calibrated images.",
            """
            SELECT lsst_ccd, lsst_dataset_type, obs_publisher_did, access_url
            FROM ivoa.obscore
            WHERE lsst_visit = 2026103100001 AND lsst_raft = 'R22'
            ORDER BY lsst_ccd, lsst_dataset_type
            """),
        new(
            "ccd-all-visits",
            "One CCD across all visits",
            "Every calibrated image taken by detector 94 (R22_S11), oldest first, e.g. to follow one detector's behaviour.",
            """
            SELECT lsst_visit, lsst_band, t_min, s_ra, s_dec, obs_publisher_did
            FROM ivoa.obscore
            WHERE lsst_detector = 94 AND lsst_dataset_type = 'calexp'
            ORDER BY t_min
            """),
        new(
            "cone",
            "Images around a position",
            "Calibrated images whose centre lies within 0.5 degrees of (RA, Dec) = (117.2, -42.0), nearest first.",
            """
            SELECT obs_publisher_did, lsst_visit, lsst_detector, lsst_band,
                   DISTANCE(POINT('ICRS', s_ra, s_dec), POINT('ICRS', 117.2, -42.0)) AS dist
            FROM ivoa.obscore
            WHERE CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE('ICRS', 117.2, -42.0, 0.5)) = 1
              AND lsst_dataset_type = 'calexp'
            ORDER BY dist
            """),
        new(
            "footprint-polygon",
            "Footprints overlapping a region",
            "Every image product (any calibration level) whose footprint overlaps a small polygon on the sky.",
            """
            SELECT obs_publisher_did, calib_level, lsst_dataset_type, s_region
            FROM ivoa.obscore
            WHERE INTERSECTS(s_region, POLYGON('ICRS', 117.0, -42.2, 117.4, -42.2, 117.4, -41.9, 117.0, -41.9)) = 1
            """),
        new(
            "time-range",
            "Exposures in a time range",
            "Raw exposures that overlap a time interval in MJD (TAI), using the interval-overlap function: here the first half hour of the data you may see.",
            """
            SELECT o.lsst_visit, o.lsst_detector, o.t_min, o.t_max, o.obs_publisher_did
            FROM ivoa.obscore AS o, (SELECT MIN(t_min) AS first_start FROM ivoa.obscore) AS f
            WHERE ivo_interval_overlaps(o.t_min, o.t_max, f.first_start, f.first_start + 0.02) = 1
              AND o.lsst_dataset_type = 'raw'
            """),
        new(
            "band",
            "Images in one band",
            "Calibrated r-band images, counted per visit; em_min and em_max give the band's wavelengths in metres.",
            """
            SELECT lsst_visit, COUNT(*) AS ccds, MIN(em_min) AS em_min, MAX(em_max) AS em_max
            FROM ivoa.obscore
            WHERE lsst_band = 'r' AND lsst_dataset_type = 'calexp'
            GROUP BY lsst_visit
            ORDER BY lsst_visit
            """),
        new(
            "coadd-inputs",
            "A coadd patch and the images it was made from",
            "The deep coadd of tract 2741, patch 72 in g, joined through CAOM2 provenance to the calibrated CCD images that went into it.",
            """
            SELECT c.obs_publisher_did AS coadd, i.obs_publisher_did AS input_image, i.lsst_visit AS visit, i.lsst_detector AS detector
            FROM ivoa.obscore AS c
            JOIN caom2.provenance_input AS p ON p.publisher_did = c.obs_publisher_did
            JOIN ivoa.obscore AS i ON i.obs_publisher_did = p.input_did
            WHERE c.lsst_dataset_type = 'deepCoadd' AND c.lsst_tract = 2741 AND c.lsst_patch = 72 AND c.lsst_band = 'g'
            ORDER BY visit, detector
            """),
        new(
            "coadd-patches-area",
            "Coadd patches covering a position",
            "Which deep coadd patches, in which bands, cover (RA, Dec) = (117.2, -42.0), and how many inputs each has.",
            """
            SELECT c.lsst_tract, c.lsst_patch, c.lsst_band, COUNT(p.input_did) AS inputs
            FROM ivoa.obscore AS c
            JOIN caom2.provenance_input AS p ON p.publisher_did = c.obs_publisher_did
            WHERE c.lsst_dataset_type = 'deepCoadd'
              AND CONTAINS(POINT('ICRS', 117.2, -42.0), s_region) = 1
            GROUP BY c.lsst_tract, c.lsst_patch, c.lsst_band
            """),
        new(
            "tap-schema-tables",
            "What tables are there?",
            "TAP_SCHEMA lists the published tables; this is what TOPCAT shows in its table browser.",
            """
            SELECT table_name, description
            FROM TAP_SCHEMA.tables
            ORDER BY table_index
            """),
        new(
            "tap-schema-columns",
            "The columns of ivoa.obscore",
            "Names, units, UCDs and descriptions of the ObsCore columns, the LSST ones included.",
            """
            SELECT column_name, datatype, unit, ucd, description
            FROM TAP_SCHEMA.columns
            WHERE table_name = 'ivoa.obscore'
            ORDER BY column_index
            """),
        new(
            "embargoed",
            "Release dates",
            "When each visit's products are released: six hours after the exposure (LSR-REQ-0126). Until then only members of the embargo group see them; to everyone else they do not exist.",
            """
            SELECT lsst_visit, data_rights, COUNT(*) AS products, MIN(obs_release_date) AS released
            FROM ivoa.obscore
            WHERE lsst_visit IS NOT NULL
            GROUP BY lsst_visit, data_rights
            ORDER BY released DESC
            """),
    ];
}
