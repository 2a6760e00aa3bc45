using static Sia.Service.Tests.Builders;

namespace Sia.Service.Tests;

/// <summary>The ADQL each parameter adds, as a reader would write it by hand.</summary>
public class PredicateTests
{
    [Theory]
    [InlineData("POS", "CIRCLE 10 -20 0.5", "INTERSECTS(s_region, CIRCLE('ICRS', 10, -20, 0.5)) = 1")]
    [InlineData("POS", "circle 359.9 0 1", "INTERSECTS(s_region, CIRCLE('ICRS', 359.9, 0, 1)) = 1")]
    [InlineData("POS", "RANGE 10 12 -5 -4", "INTERSECTS(s_region, POLYGON('ICRS', 10, -5, 12, -5, 12, -4, 10, -4)) = 1")]
    [InlineData("POS", "RANGE 10 12 -Inf -85", "INTERSECTS(s_region, POLYGON('ICRS', 10, -90, 12, -90, 12, -85, 10, -85)) = 1")]
    [InlineData("POS", "POLYGON 10 0 11 0 11 1", "INTERSECTS(s_region, POLYGON('ICRS', 10, 0, 11, 0, 11, 1)) = 1")]
    [InlineData("BAND", "5E-07 6E-07", "5E-07 <= em_max AND em_min <= 6E-07")]
    [InlineData("BAND", "5.5e-7", "5.5E-07 <= em_max AND em_min <= 5.5E-07")]
    [InlineData("BAND", "-Inf 6E-07", "em_min <= 6E-07")]
    [InlineData("BAND", "5E-07 +Inf", "5E-07 <= em_max")]
    [InlineData("TIME", "60000 60001.5", "60000 <= t_max AND t_min <= 60001.5")]
    [InlineData("POL", "q", "pol_states LIKE '%/Q/%'")]
    [InlineData("FOV", "0.1 0.3", "0.1 <= s_fov AND s_fov <= 0.3")]
    [InlineData("SPATRES", "-Inf 1", "s_resolution <= 1")]
    [InlineData("EXPTIME", "30", "30 <= t_exptime AND t_exptime <= 30")]
    [InlineData("TIMERES", "15 +inf", "15 <= t_resolution")]
    [InlineData("SPECRP", "2 5", "2 <= em_res_power AND em_res_power <= 5")]
    [InlineData("ID", "ivo://example/lsst?calexp/1001/94", "obs_publisher_did = 'ivo://example/lsst?calexp/1001/94'")]
    [InlineData("COLLECTION", "LSST.DP1", "obs_collection = 'LSST.DP1'")]
    [InlineData("FACILITY", "Rubin", "facility_name = 'Rubin'")]
    [InlineData("INSTRUMENT", "LSSTCam", "instrument_name = 'LSSTCam'")]
    [InlineData("DPTYPE", "IMAGE", "dataproduct_type = 'image'")]
    [InlineData("CALIB", "2", "calib_level = 2")]
    [InlineData("TARGET", "M31", "target_name = 'M31'")]
    [InlineData("FORMAT", "application/fits", "access_format = 'application/fits'")]
    [InlineData("LSST_VISIT", "1001", "lsst_visit = 1001")]
    [InlineData("LSST_DETECTOR", "94", "lsst_detector = 94")]
    [InlineData("LSST_RAFT", "R22", "lsst_raft = 'R22'")]
    [InlineData("LSST_CCD", "S11", "lsst_ccd = 'S11'")]
    [InlineData("LSST_BAND", "r", "lsst_band = 'r'")]
    [InlineData("LSST_TRACT", "9813", "lsst_tract = 9813")]
    [InlineData("LSST_PATCH", "40", "lsst_patch = 40")]
    [InlineData("DPSUBTYPE", "lsst.calexp", "dataproduct_subtype = 'lsst.calexp'")]
    public void Each_parameter_adds_one_predicate(string name, string value, string expected) =>
        Assert.Equal(expected, Where((name, value)));

    [Theory]
    [InlineData("BAND", "-Inf +Inf")]
    [InlineData("TIME", "+Inf")]
    public void An_interval_without_finite_ends_constrains_nothing(string name, string value) =>
        Assert.Equal("SELECT * FROM ivoa.obscore", Build((name, value)).Adql);

    [Fact]
    public void Repeated_parameters_are_ored_and_different_ones_anded() =>
        Assert.Equal(
            "((60000 <= t_max AND t_min <= 60001) OR 60005 <= t_max)\n  AND (lsst_visit = 1001 OR lsst_visit = 1002)\n  AND lsst_raft = 'R22'",
            Where(("LSST_RAFT", "R22"), ("TIME", "60000 60001"), ("LSST_VISIT", "1001"), ("TIME", "60005 +Inf"), ("LSST_VISIT", "1002")));

    [Fact]
    public void An_open_interval_among_repeated_values_drops_the_parameter() =>
        Assert.Equal("calib_level = 2", Where(("BAND", "5E-07 6E-07"), ("BAND", "-Inf +Inf"), ("CALIB", "2")));

    [Fact]
    public void Names_are_case_insensitive() =>
        Assert.Equal("(calib_level = 1 OR calib_level = 3)\n  AND lsst_raft = 'R22'", Where(("calib", "1"), ("Calib", "3"), ("lsst_Raft", "R22")));

    [Fact]
    public void Unknown_parameters_are_ignored() =>
        Assert.Equal("SELECT * FROM ivoa.obscore\nWHERE calib_level = 2", Build(("CALIB", "2"), ("NOT_A_PARAMETER", "x"), ("REQUEST", "query")).Adql);

    [Fact]
    public void Maxrec_and_response_format_are_delivery_not_predicates()
    {
        var query = Build(("maxrec", "0"), ("responseformat", "VOTable"), ("CALIB", "1"));
        Assert.Equal((0L, "VOTable"), (query.MaxRecords!.Value, query.ResponseFormat!));
        Assert.Equal("SELECT * FROM ivoa.obscore\nWHERE calib_level = 1", query.Adql);
    }
}
