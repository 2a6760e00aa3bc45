using System.Net;

namespace Integration.Tests.Tap;

/// <summary>/tap/sync end to end: parameters, results, limits and every kind of bad input.</summary>
[Collection(TapTests.Name)]
public sealed class SyncQueryTests(TapFixture tap)
{
    /// <summary>TAP_SCHEMA.columns has exactly this many rows for tap_schema.schemas: a result of known size.</summary>
    private const string FourRows = "SELECT column_name FROM tap_schema.columns WHERE table_name = 'tap_schema.schemas'";

    [Fact]
    public async Task A_query_returns_fields_rows_infos_and_datalink_descriptors()
    {
        var adql = "SELECT TOP 3 obs_publisher_did, s_ra, s_region, t_min FROM ivoa.obscore ORDER BY obs_publisher_did";

        var result = await TapResponse.GetAsync(tap.Client, ("LANG", "ADQL"), ("QUERY", adql));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.StartsWith("application/x-votable+xml", result.ContentType, StringComparison.Ordinal);
        Assert.Equal(["obs_publisher_did", "s_ra", "s_region", "t_min"], result.FieldNames);
        Assert.Equal(3, result.Rows.Count);
        Assert.All(result.Rows, row => Assert.StartsWith("POLYGON ICRS ", row[2], StringComparison.Ordinal));
        Assert.Equal(["OK"], result.Statuses);
        Assert.Equal(adql, result.Infos("QUERY").Single().Attribute("value")!.Value);
        Assert.Single(result.Infos("SERVICE_VERSION"));
        var did = result.Document.Descendants(TapResponse.VoTable + "FIELD").First();
        Assert.Equal("obs_publisher_did", did.Attribute("ID")!.Value);
        var idRefs = result.Document.Descendants(TapResponse.VoTable + "PARAM").Where(p => p.Attribute("name")!.Value == "ID");
        Assert.Equal(["obs_publisher_did", "obs_publisher_did"], idRefs.Select(p => p.Attribute("ref")!.Value));
    }

    [Fact]
    public async Task A_form_post_with_mixed_case_names_and_REQUEST_doQuery_runs()
    {
        using var form = new FormUrlEncodedContent(
            [new("lang", "ADQL-2.1"), new("Request", "doQuery"), new("query", FourRows), new("ResponseFormat", "csv")]);

        var result = await TapResponse.PostAsync(tap.Client, form);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.StartsWith("text/csv", result.ContentType, StringComparison.Ordinal);
        var lines = result.Body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("column_name", lines[0]);
        Assert.Equal(["description", "schema_index", "schema_name", "utype"], lines.Skip(1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_multipart_post_runs()
    {
        using var form = new MultipartFormDataContent { { new StringContent("ADQL"), "LANG" }, { new StringContent(FourRows), "QUERY" } };

        var result = await TapResponse.PostAsync(tap.Client, form);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(4, result.Rows.Count);
    }

    [Theory]
    [InlineData(4, 4, "OK")]
    [InlineData(3, 3, "OVERFLOW")]
    [InlineData(5, 4, "OK")]
    public async Task MAXREC_cuts_rows_and_OVERFLOW_only_when_rows_were_cut(int maxRec, int rows, string status)
    {
        var result = await TapResponse.GetAsync(tap.Client, ("LANG", "ADQL"), ("QUERY", FourRows), ("MAXREC", maxRec.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(rows, result.Rows.Count);
        Assert.Equal(status, result.Statuses[^1]);
        // OK precedes the table; OVERFLOW is one INFO after it.
        Assert.Equal(status == "OK" ? ["OK"] : ["OK", "OVERFLOW"], result.Statuses);
    }

    [Fact]
    public async Task MAXREC_0_returns_the_metadata_and_descriptors_without_rows()
    {
        var result = await TapResponse.GetAsync(tap.Client, ("LANG", "ADQL"), ("QUERY", "SELECT obs_publisher_did, obs_id FROM ivoa.obscore"), ("MAXREC", "0"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(["obs_publisher_did", "obs_id"], result.FieldNames);
        Assert.Empty(result.Rows);
        Assert.Equal(2, result.Document.Descendants(TapResponse.VoTable + "RESOURCE").Count(r => r.Attribute("type")?.Value == "meta"));
    }

    [Fact]
    public async Task Without_MAXREC_the_configured_default_applies_and_the_hard_limit_caps_larger_values()
    {
        var byDefault = await TapResponse.GetAsync(tap.Client, ("LANG", "ADQL"), ("QUERY", "SELECT obs_id FROM ivoa.obscore"));
        var capped = await TapResponse.GetAsync(tap.Client, ("LANG", "ADQL"), ("QUERY", "SELECT obs_id FROM ivoa.obscore"), ("MAXREC", "100000"));

        Assert.Equal(TapFixture.DefaultMaxRec, byDefault.Rows.Count);
        Assert.Equal("OVERFLOW", byDefault.Statuses[^1]);
        Assert.Equal(TapFixture.HardMaxRec, capped.Rows.Count);
        Assert.Equal("OVERFLOW", capped.Statuses[^1]);
    }

    [Fact]
    public async Task BINARY2_is_served_on_request()
    {
        var result = await TapResponse.GetAsync(tap.Client, ("LANG", "ADQL"), ("QUERY", FourRows), ("RESPONSEFORMAT", "votable/b2"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("<BINARY2>", result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TAP_SCHEMA_is_queryable_including_the_delimited_size_column()
    {
        var tables = await TapResponse.GetAsync(tap.Client, ("LANG", "ADQL"), ("QUERY", "SELECT table_name FROM TAP_SCHEMA.tables"), ("MAXREC", "50"));
        var size = await TapResponse.GetAsync(tap.Client, ("LANG", "ADQL"),
            ("QUERY", "SELECT column_name, \"size\" FROM tap_schema.columns WHERE table_name = 'tap_schema.columns' AND column_name = '\"size\"'"));

        Assert.Contains(["ivoa.obscore"], tables.Rows);
        Assert.Contains(["tap_schema.columns"], tables.Rows);
        Assert.Equal(["column_name", "size"], size.FieldNames);
        Assert.Equal([["\"size\"", ""]], size.Rows);
    }

    [Fact]
    public async Task A_syntax_error_reports_its_line_and_column()
    {
        var result = await TapResponse.GetAsync(tap.Client, ("LANG", "ADQL"), ("QUERY", "SELECT obs_id\nFROM ivoa.obscore WHERE"));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("line 2, column 24", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_unknown_name_is_reported_at_once()
    {
        var result = await TapResponse.GetAsync(tap.Client, ("LANG", "ADQL"), ("QUERY", "SELECT nope, obs_id, nada FROM ivoa.obscore"));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("'nope' ", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("line 1, column 8", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("'nada' ", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("line 1, column 22", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("QUERY", "SELECT * FROM ivoa.nosuch", "unknown table 'ivoa.nosuch' at line 1, column 15")]
    [InlineData("MAXREC", "ten", "MAXREC: 'ten' is not a non-negative integer")]
    [InlineData("MAXREC", "-1", "MAXREC: '-1' is not a non-negative integer")]
    [InlineData("RESPONSEFORMAT", "fits", "RESPONSEFORMAT: 'fits' is not one of")]
    [InlineData("LANG", "PQL", "LANG 'PQL' is not supported; accepted values: ADQL, ADQL-2.0, ADQL-2.1")]
    [InlineData("REQUEST", "getCapabilities", "only REQUEST=doQuery")]
    [InlineData("UPLOAD", "t,ftp://example.org/t.xml", "or give an http(s) URL")]
    public async Task Bad_input_is_a_usage_error_that_says_what_is_wrong(string name, string value, string message)
    {
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["LANG"] = "ADQL", ["QUERY"] = FourRows, [name] = value };

        var result = await TapResponse.GetAsync(tap.Client, parameters.Select(p => (p.Key, p.Value)).ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["ERROR"], result.Statuses);
        Assert.Contains(message, result.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("QUERY", "Parameter QUERY is required")]
    [InlineData("LANG", "Parameter LANG is required")]
    public async Task A_missing_required_parameter_is_a_usage_error(string missing, string message)
    {
        var parameters = new[] { ("LANG", "ADQL"), ("QUERY", FourRows) }.Where(p => p.Item1 != missing).ToArray();

        var result = await TapResponse.GetAsync(tap.Client, parameters);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains(message, result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_after_rows_were_sent_ends_the_VOTable_with_QUERY_STATUS_ERROR()
    {
        // Only utype (column_index 2) divides by zero, and it is neither the first row in index nor in insertion order.
        var result = await TapResponse.GetAsync(tap.Client, ("LANG", "ADQL"),
            ("QUERY", "SELECT column_name, 1.0 / (column_index - 2) AS x FROM tap_schema.columns WHERE table_name = 'tap_schema.schemas'"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.NotEmpty(result.Rows);
        Assert.Equal(["OK", "ERROR"], result.Statuses);
        Assert.Contains("division by zero", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e-30")] // more fractional digits than System.Decimal has
    [InlineData("1e30")] // beyond System.Decimal
    public async Task A_numeric_value_the_writers_cannot_hold_is_a_usage_error_that_says_how_to_get_it(string literal)
    {
        var result = await TapResponse.GetAsync(tap.Client, ("LANG", "ADQL"), ("QUERY", $"SELECT TOP 1 {literal} AS x FROM ivoa.obscore"));

        Assert.Equal(["OK", "ERROR"], result.Statuses);
        Assert.Contains("CAST the expression AS DOUBLE PRECISION", result.ErrorMessage, StringComparison.Ordinal);
        var cast = await TapResponse.GetAsync(tap.Client, ("LANG", "ADQL"), ("QUERY", $"SELECT TOP 1 CAST({literal} AS DOUBLE PRECISION) AS x FROM ivoa.obscore"));
        Assert.Equal(double.Parse(literal, System.Globalization.CultureInfo.InvariantCulture), double.Parse(Assert.Single(cast.Rows)[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("CIRCLE('ICRS', 10, 20, 91)", "radius must be not greater than 90 degrees")]
    [InlineData("CIRCLE('ICRS', 10, 20, s_ra)", "radius must be not greater than 90 degrees")]
    public async Task A_region_pg_sphere_refuses_is_a_usage_error_with_its_reason(string region, string reason)
    {
        var result = await TapResponse.GetAsync(tap.Client, ("LANG", "ADQL"),
            ("QUERY", $"SELECT TOP 1 obs_id FROM ivoa.obscore WHERE INTERSECTS(s_region, {region}) = 1 AND s_ra > 90"));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains(reason, result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_that_tries_to_write_does_not_compile()
    {
        var result = await TapResponse.GetAsync(tap.Client, ("LANG", "ADQL"), ("QUERY", "SELECT 1 FROM ivoa.obscore; DELETE FROM ivoa.obscore"));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("line 1, column", result.ErrorMessage, StringComparison.Ordinal);
    }
}
