using Dali;
using Tap.Service.Protocol;
using Tap.Service.Query;
using Tap.Service.Query.Upload;
using Tap.Service.VoTable.Results;

namespace Tap.Service.Tests.Query;

public sealed class TapQueryRequestTests
{
    private static readonly QueryLimitsOptions Limits = new() { DefaultMaxRec = 100, HardMaxRec = 1000 };

    [Theory]
    [InlineData("ADQL")]
    [InlineData("adql-2.0")]
    [InlineData("ADQL-2.1")]
    public void Accepts_the_ADQL_languages_in_any_case(string language)
    {
        var request = TapQueryRequest.From(Parameters(("lang", language), ("query", "SELECT 1")), Limits);

        Assert.Equal("SELECT 1", request.Adql);
        Assert.Same(ResultFormats.VoTableTableData, request.Format);
    }

    [Theory]
    [InlineData(null, 100)]
    [InlineData("0", 0)]
    [InlineData("500", 500)]
    [InlineData("5000", 1000)]
    public void MAXREC_defaults_and_is_capped_by_the_hard_limit(string? maxRec, int expected)
    {
        var parameters = maxRec is null
            ? Parameters(("LANG", "ADQL"), ("QUERY", "SELECT 1"))
            : Parameters(("LANG", "ADQL"), ("QUERY", "SELECT 1"), ("MAXREC", maxRec));

        Assert.Equal(expected, TapQueryRequest.From(parameters, Limits).MaxRec);
    }

    [Fact]
    public void Reads_every_upload_of_repeated_and_combined_UPLOAD_values()
    {
        var request = TapQueryRequest.From(
            Parameters(("LANG", "ADQL"), ("QUERY", "SELECT 1"), ("UPLOAD", "a,param:p1;b,https://example.org/b.xml"), ("upload", "c,param:p3")), Limits);

        Assert.Equal(
            [new UploadReference("a", "p1"), new UploadReference("b", null, new Uri("https://example.org/b.xml")), new UploadReference("c", "p3")],
            request.Uploads);
    }

    [Theory]
    [InlineData("a,param:x;A,param:y", "more than once")]
    [InlineData("1a,param:x", "regular identifier")]
    [InlineData("a", "table_name,param:part_name")]
    [InlineData("a,param:", "param:part_name")]
    [InlineData("a,file:///etc/passwd", "http(s) URL")]
    [InlineData("a,ftp://example.org/a.xml", "http(s) URL")]
    public void A_bad_UPLOAD_value_is_a_usage_error(string upload, string message)
    {
        var error = Assert.Throws<DaliUsageException>(() =>
            TapQueryRequest.From(Parameters(("LANG", "ADQL"), ("QUERY", "SELECT 1"), ("UPLOAD", upload)), Limits));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static DaliParameters Parameters(params (string Name, string Value)[] values) =>
        DaliParameters.FromValues(values.Select(v => KeyValuePair.Create(v.Name, new[] { v.Value })));
}
