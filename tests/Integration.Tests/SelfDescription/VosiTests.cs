using System.Net;
using System.Xml.Linq;
using Adql.Semantics;
using ObsCore.Model;

namespace Integration.Tests.SelfDescription;

/// <summary>/tap/availability, /tap/capabilities and /tap/tables over HTTP, on a real database.</summary>
[Collection(SampleServiceTests.Name)]
public sealed class VosiTests(SampleService service)
{
    private static readonly XNamespace Availability = "http://www.ivoa.net/xml/VOSIAvailability/v1.0";
    private static readonly XNamespace Capabilities = "http://www.ivoa.net/xml/VOSICapabilities/v1.0";
    private static readonly XNamespace Tables = "http://www.ivoa.net/xml/VOSITables/v1.0";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    [Fact]
    public async Task Availability_is_true_when_the_database_answers()
    {
        var document = await GetXmlAsync("/tap/availability");

        Assert.Equal(Availability + "availability", document.Root!.Name);
        Assert.Equal("true", document.Root.Element(Availability + "available")!.Value);
    }

    [Fact]
    public async Task Availability_is_false_with_a_note_when_the_database_is_down()
    {
        await using var broken = service.WithUnreachableDatabase();
        using var client = broken.CreateClient();

        var document = XDocument.Parse(await client.GetStringAsync(new Uri("/tap/availability", UriKind.Relative)));

        Assert.Equal("false", document.Root!.Element(Availability + "available")!.Value);
        Assert.Contains("database", document.Root.Element(Availability + "note")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Capabilities_describe_tap_with_its_languages_formats_and_limits()
    {
        var document = await GetXmlAsync("/tap/capabilities");
        var tap = document.Root!.Elements("capability").Single(c => (string?)c.Attribute("standardID") == "ivo://ivoa.net/std/TAP");

        Assert.Equal(Capabilities + "capabilities", document.Root.Name);
        Assert.Equal("tr:TableAccess", (string?)tap.Attribute(Xsi + "type"));
        Assert.Equal(SampleService.PublicBaseUrl + "/tap", tap.Element("interface")!.Element("accessURL")!.Value);
        Assert.Equal(ObsCoreTable.StandardId, (string?)tap.Element("dataModel")!.Attribute("ivo-id"));
        Assert.Equal(["2.0", "2.1"], tap.Element("language")!.Elements("version").Select(v => v.Value));
        Assert.Equal(SampleService.DefaultMaxRec.ToString(System.Globalization.CultureInfo.InvariantCulture), tap.Element("outputLimit")!.Element("default")!.Value);
        Assert.Contains("text/csv", tap.Elements("outputFormat").Select(f => f.Element("mime")!.Value));
        Assert.Equal(
            ["ivo://ivoa.net/std/TAP", "ivo://ivoa.net/std/VOSI#availability", "ivo://ivoa.net/std/VOSI#capabilities", "ivo://ivoa.net/std/VOSI#tables-1.1", "ivo://ivoa.net/std/DALI#examples"],
            document.Root.Elements("capability").Select(c => (string)c.Attribute("standardID")!));
    }

    [Fact]
    public async Task Capabilities_list_the_user_functions_the_compiler_is_given()
    {
        var document = await GetXmlAsync("/tap/capabilities");
        var udfs = document.Descendants("languageFeatures")
            .Single(f => (string?)f.Attribute("type") == "ivo://ivoa.net/std/TAPRegExt#features-udf")
            .Elements("feature").Select(f => f.Element("form")!.Value);

        var declared = (IReadOnlyList<UserFunction>)service.Services.GetService(typeof(IReadOnlyList<UserFunction>))!;
        Assert.Equal(declared.Select(f => f.Signature), udfs);
    }

    [Fact]
    public async Task Tables_list_every_published_table_with_its_columns_and_keys()
    {
        var document = await GetXmlAsync("/tap/tables");
        var tables = document.Root!.Elements("schema").Elements("table").ToList();

        Assert.Equal(Tables + "tableset", document.Root.Name);
        Assert.Equal(PublishedTables.Tables.Select(t => t.QualifiedName), tables.Select(t => t.Element("name")!.Value));
        var obscore = tables.Single(t => t.Element("name")!.Value == "ivoa.obscore");
        var region = obscore.Elements("column").Single(c => c.Element("name")!.Value == "s_region");
        Assert.Equal("adql:REGION", (string?)region.Element("dataType")!.Attribute("extendedType"));
        Assert.Equal("pos.outline;obs.field", region.Element("ucd")!.Value);
        var plane = tables.Single(t => t.Element("name")!.Value == "caom2.plane");
        Assert.Equal("caom2.observation", plane.Element("foreignKey")!.Element("targetTable")!.Value);
    }

    [Fact]
    public async Task Tables_with_detail_min_have_no_columns()
    {
        var document = await GetXmlAsync("/tap/tables?DETAIL=min");

        Assert.NotEmpty(document.Descendants("table"));
        Assert.Empty(document.Descendants("column"));
    }

    [Fact]
    public async Task One_table_is_its_own_document_and_an_unknown_one_is_not_found()
    {
        var document = await GetXmlAsync("/tap/tables/IVOA.ObsCore");
        using var client = service.CreateClient();
        using var unknown = await client.GetAsync(new Uri("/tap/tables/ivoa.nothing", UriKind.Relative));
        using var badDetail = await client.GetAsync(new Uri("/tap/tables?detail=most", UriKind.Relative));

        Assert.Equal(Tables + "table", document.Root!.Name);
        Assert.Equal(ObsCoreTable.Definition.Columns.Count, document.Root.Elements("column").Count());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("ivoa.nothing", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badDetail.StatusCode);
    }

    private async Task<XDocument> GetXmlAsync(string path)
    {
        using var client = service.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
