using System.Globalization;
using System.Net;
using Dapper;

namespace Integration.Tests.Tap;

/// <summary>TAP_UPLOAD: uploaded tables joined with the published ones, their types, and their limits.</summary>
[Collection(TapTests.Name)]
public sealed class UploadTests(TapFixture tap)
{
    private const string CcdImagesContainingTargets = """
        SELECT COUNT(*) AS pairs, COUNT(DISTINCT u.id) AS targets
        FROM TAP_UPLOAD.t AS u JOIN ivoa.obscore AS o ON CONTAINS(POINT(u.ra, u.dec), o.s_region) = 1
        WHERE o.dataproduct_subtype = 'lsst.calexp'
        """;

    [Theory]
    [InlineData("TABLEDATA")]
    [InlineData("BINARY2")]
    public async Task Which_CCD_images_contain_any_of_thousands_of_targets_is_one_join(string serialization)
    {
        await using var admin = await tap.Database.OpenAsync();
        // Half the targets at calexp centres (inside their own footprint), half near the north pole, far from the survey.
        var centres = (await admin.QueryAsync<(double Ra, double Dec)>(
            "SELECT s_ra, s_dec FROM ivoa.obscore WHERE dataproduct_subtype = 'lsst.calexp' ORDER BY obs_publisher_did LIMIT 1500")).ToList();
        var targets = centres.Select((c, i) => (Id: i, c.Ra, c.Dec))
            .Concat(Enumerable.Range(0, 1500).Select(i => (Id: 10_000 + i, Ra: i * 0.24, Dec: 85.0 + (i % 40 * 0.1))))
            .ToList();
        var expectedPairs = await admin.ExecuteScalarAsync<long>(
            """
            SELECT count(*) FROM (SELECT s_ra, s_dec FROM ivoa.obscore WHERE dataproduct_subtype = 'lsst.calexp' ORDER BY obs_publisher_did LIMIT 1500) AS t
            JOIN ivoa.obscore AS o ON spoint(radians(t.s_ra), radians(t.s_dec)) @ o.s_region
            WHERE o.dataproduct_subtype = 'lsst.calexp'
            """);
        var votable = serialization == "TABLEDATA" ? TargetLists.TableData(targets) : TargetLists.Binary2(targets);
        using var form = TargetLists.UploadForm(CcdImagesContainingTargets, votable);

        var result = await TapResponse.PostAsync(tap.Client, form);

        Assert.True(result.Status == HttpStatusCode.OK, result.Body);
        Assert.Equal(3000, targets.Count);
        Assert.Equal([[expectedPairs.ToString(CultureInfo.InvariantCulture), "1500"]], result.Rows);
    }

    [Fact]
    public async Task Uploaded_geometry_timestamps_and_nulls_come_back_as_published_columns_do()
    {
        var votable = TargetLists.Document(
            """
            <FIELD name="name" datatype="char" arraysize="*"/>
            <FIELD name="pos" datatype="double" arraysize="2" xtype="point" unit="deg"/>
            <FIELD name="circ" datatype="double" arraysize="3" xtype="circle" unit="deg"/>
            <FIELD name="poly" datatype="double" arraysize="*" xtype="polygon" unit="deg"/>
            <FIELD name="stcs" datatype="char" arraysize="*" xtype="adql:REGION"/>
            <FIELD name="seen" datatype="char" arraysize="*" xtype="timestamp"/>
            <FIELD name="flag" datatype="boolean"/>
            """,
            """
            <TABLEDATA>
            <TR><TD>a&lt;b	tab</TD><TD>10 20</TD><TD>10 20 1</TD><TD>9 19 11 19 11 21 9 21</TD><TD>POLYGON ICRS 9 19 11 19 10 21</TD><TD>2026-01-02T03:04:05.5</TD><TD>T</TD></TR>
            <TR><TD/><TD></TD><TD/><TD/><TD/><TD/><TD>?</TD></TR>
            </TABLEDATA>
            """);
        using var form = TargetLists.UploadForm(
            "SELECT name, pos, CONTAINS(pos, circ) AS in_circ, CONTAINS(pos, poly) AS in_poly, CONTAINS(pos, stcs) AS in_stcs, seen, flag FROM TAP_UPLOAD.t ORDER BY name",
            votable);

        var result = await TapResponse.PostAsync(tap.Client, form);

        Assert.True(result.Status == HttpStatusCode.OK, result.Body);
        Assert.True(result.Rows.Count == 2, result.Body);
        Assert.Equal(["a<b\ttab", "10 20", "1", "1", "1", "2026-01-02T03:04:05.500", "T"], result.Rows[0]);
        // A null fixed-size array is written as NaNs, as the result writers do for every point.
        Assert.Equal(["", "NaN NaN", "", "", "", "", ""], result.Rows[1]);
        var pos = result.Document.Descendants(TapResponse.VoTable + "FIELD").Single(f => f.Attribute("name")!.Value == "pos");
        Assert.Equal("point", pos.Attribute("xtype")!.Value);
    }

    [Theory]
    [InlineData("Query:UploadMaxBytes", "300", "at most 300 bytes")]
    [InlineData("Query:UploadMaxRows", "2", "more than 2 rows")]
    public async Task An_upload_over_the_limits_is_a_usage_error(string key, string limit, string message)
    {
        using var client = tap.Host((key, limit)).CreateClient();
        using var form = TargetLists.UploadForm("SELECT COUNT(*) FROM TAP_UPLOAD.t", TargetLists.TableData([(1, 1, 1), (2, 2, 2), (3, 3, 3)]));

        var result = await TapResponse.PostAsync(client, form);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains(message, result.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<TR><TD>1</TD><TD>ten</TD><TD>3</TD></TR>", "row 1, column ra: 'ten' is not a valid double value")]
    [InlineData("<TR><TD>99999999999</TD><TD>1</TD><TD>3</TD></TR>", "row 1, column id: '99999999999' is out of range")]
    [InlineData("<TR><TD>1</TD>", "not well-formed XML")]
    public async Task A_bad_uploaded_value_is_a_usage_error_naming_row_and_column(string rows, string message)
    {
        using var form = TargetLists.UploadForm("SELECT * FROM TAP_UPLOAD.t", TargetLists.Document(
            """<FIELD name="id" datatype="int"/><FIELD name="ra" datatype="double"/><FIELD name="dec" datatype="double"/>""",
            $"<TABLEDATA>{rows}</TABLEDATA>"));

        var result = await TapResponse.PostAsync(tap.Client, form);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains(message, result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_naming_a_missing_part_is_a_usage_error()
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("ADQL"), "LANG" },
            { new StringContent("SELECT * FROM TAP_UPLOAD.t"), "QUERY" },
            { new StringContent("t,param:nothere"), "UPLOAD" },
        };

        var result = await TapResponse.PostAsync(tap.Client, form);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("'nothere'", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_table_is_visible_only_to_its_own_request()
    {
        var result = await TapResponse.GetAsync(tap.Client, ("LANG", "ADQL"), ("QUERY", "SELECT * FROM TAP_UPLOAD.t"));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("TAP_UPLOAD", result.ErrorMessage, StringComparison.Ordinal);
    }
}
