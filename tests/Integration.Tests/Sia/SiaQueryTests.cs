using System.Net;
using Integration.Tests.Tap;

namespace Integration.Tests.Sia;

/// <summary>/sia/query over real HTTP on the committed sample: the same rows as the ADQL through TAP, portal filters, errors.</summary>
[Collection(TapTests.Name)]
public sealed class SiaQueryTests(TapFixture tap)
{
    private const string Visit = "2026103100001";

    /// <summary>The fixture's default host caps MAXREC at 50; these comparisons need whole results.</summary>
    private readonly HttpClient _client = tap.Host(("Query:HardMaxRec", "100000")).CreateClient();

    private Task<TapResponse> Sia(params (string Name, string Value)[] parameters) =>
        TapResponse.GetAsync(_client, "/sia/query", [.. parameters, ("MAXREC", "1000")]);

    private async Task<List<string>> TapDids(string where)
    {
        var result = await TapResponse.GetAsync(
            _client, ("LANG", "ADQL"), ("MAXREC", "1000"), ("QUERY", "SELECT obs_publisher_did FROM ivoa.obscore WHERE " + where));
        Assert.Equal(HttpStatusCode.OK, result.Status);
        return result.Rows.Select(row => row[0]).Order(StringComparer.Ordinal).ToList();
    }

    private static List<string> Dids(TapResponse result)
    {
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(["OK"], result.Statuses);
        var column = result.FieldNames.ToList().IndexOf("obs_publisher_did");
        return result.Rows.Select(row => row[column]).Order(StringComparer.Ordinal).ToList();
    }

    [Theory]
    [InlineData("LSST_VISIT", Visit, "LSST_RAFT", "R22", $"lsst_visit = {Visit} AND lsst_raft = 'R22'")]
    [InlineData("LSST_VISIT", Visit, "LSST_DETECTOR", "94", $"lsst_visit = {Visit} AND lsst_detector = 94")]
    [InlineData("lsst_ccd", "S11", "calib", "2", "lsst_ccd = 'S11' AND calib_level = 2")]
    [InlineData("POS", "CIRCLE 117.2 -42.0 0.3", "DPSUBTYPE", "lsst.calexp", "INTERSECTS(s_region, CIRCLE('ICRS', 117.2, -42.0, 0.3)) = 1 AND dataproduct_subtype = 'lsst.calexp'")]
    [InlineData("POS", "RANGE 117 117.5 -42.2 -41.9", "LSST_BAND", "g", "INTERSECTS(s_region, POLYGON('ICRS', 117, -42.2, 117.5, -42.2, 117.5, -41.9, 117, -41.9)) = 1 AND lsst_band = 'g'")]
    [InlineData("BAND", "4.8E-07 7E-07", "LSST_VISIT", Visit, $"4.8E-07 <= em_max AND em_min <= 7E-07 AND lsst_visit = {Visit}")]
    [InlineData("COLLECTION", "LSST.SIM", "LSST_DETECTOR", "94", "obs_collection = 'LSST.SIM' AND lsst_detector = 94")]
    public async Task A_search_returns_the_rows_of_the_equivalent_ADQL(string name1, string value1, string name2, string value2, string where)
    {
        var sia = Dids(await Sia((name1, value1), (name2, value2)));

        Assert.NotEmpty(sia);
        Assert.Equal(await TapDids(where), sia);
    }

    [Fact]
    public async Task Repeated_visits_are_ored_and_the_result_carries_datalink_descriptors_and_the_adql()
    {
        var result = await Sia(("LSST_VISIT", Visit), ("LSST_VISIT", "2026103100002"), ("LSST_RAFT", "R22"));

        Assert.Equal(await TapDids($"lsst_visit IN ({Visit}, 2026103100002) AND lsst_raft = 'R22'"), Dids(result));
        var adql = result.Infos("QUERY").Single().Attribute("value")!.Value;
        Assert.Equal($"SELECT * FROM ivoa.obscore\nWHERE (lsst_visit = {Visit} OR lsst_visit = 2026103100002)\n  AND lsst_raft = 'R22'", adql);
        var standards = result.Document.Descendants(TapResponse.VoTable + "PARAM")
            .Where(p => p.Attribute("name")!.Value == "standardID").Select(p => p.Attribute("value")!.Value);
        Assert.Equal(["ivo://ivoa.net/std/DataLink#links-1.1", "ivo://ivoa.net/std/SODA#sync-1.0"], standards.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_post_form_is_answered_like_a_get()
    {
        using var form = new FormUrlEncodedContent([new("LSST_VISIT", Visit), new("lsst_detector", "94"), new("MAXREC", "1000")]);

        var posted = await TapResponse.PostAsync(_client, "/sia/query", form);

        Assert.Equal(Dids(await Sia(("LSST_VISIT", Visit), ("LSST_DETECTOR", "94"))), Dids(posted));
    }

    [Theory]
    [InlineData("POS", "RANGE 10 12 -95 -80", "declinations must lie in -90..90")]
    [InlineData("POS", "POLYGON 10 0 11 0", "a POLYGON needs at least 3 vertices")]
    [InlineData("POS", "POLYGON 10 0 11 1 11 0 10 1", "edges intersect each other")]
    [InlineData("POS", "CIRCLE 10 20 45", "the largest region accepted spans 20 degrees")]
    [InlineData("BAND", "6E-07 5E-07", "is greater than the upper bound")]
    [InlineData("CALIB", "7", "7 is outside 0..4")]
    [InlineData("RESPONSEFORMAT", "application/pdf", "'application/pdf' is not one of")]
    [InlineData("MAXREC", "many", "is not a non-negative integer")]
    [InlineData("LSST_DETECTOR", "189", "189 is outside 0..188")]
    public async Task Bad_input_is_answered_by_an_error_votable_naming_the_parameter_and_reason(string name, string value, string reason)
    {
        var result = await TapResponse.GetAsync(tap.Client, "/sia/query", (name, value));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.StartsWith(name + ": ", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(reason, result.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/x-votable+xml; serialization=BINARY2", "application/x-votable+xml; serialization=binary2")]
    [InlineData("text/csv;header=present", "text/csv")]
    [InlineData("VOTABLE", "application/x-votable+xml")]
    public async Task Responseformat_accepts_every_spelling_tap_accepts(string requested, string contentType)
    {
        var result = await Sia(("LSST_VISIT", Visit), ("RESPONSEFORMAT", requested));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.StartsWith(contentType, result.ContentType, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_quote_in_a_target_is_part_of_the_value()
    {
        var result = await Sia(("TARGET", "WFD-0688' OR 'a'='a"));

        Assert.Empty(Dids(result));
    }

    [Fact]
    public async Task Unknown_parameters_are_ignored() =>
        Assert.Equal(Dids(await Sia(("LSST_VISIT", Visit))), Dids(await Sia(("LSST_VISIT", Visit), ("NO_SUCH_PARAMETER", "1"))));
}
