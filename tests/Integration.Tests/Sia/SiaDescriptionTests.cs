using System.Net;
using System.Xml.Linq;
using Integration.Tests.Tap;

namespace Integration.Tests.Sia;

/// <summary>What a client discovers: MAXREC=0 lists the parameters and the values held; VOSI names the standard.</summary>
[Collection(TapTests.Name)]
public sealed class SiaDescriptionTests(TapFixture tap)
{
    [Fact]
    public async Task Maxrec_zero_lists_the_fields_the_parameters_and_the_values_the_data_holds()
    {
        var result = await TapResponse.GetAsync(tap.Client, "/sia/query", ("maxrec", "0"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Empty(result.Rows);
        Assert.Contains("obs_publisher_did", result.FieldNames);
        Assert.Contains("lsst_raft", result.FieldNames);
        var service = result.Document.Descendants(TapResponse.VoTable + "RESOURCE").Single(r => r.Attribute("ID")?.Value == "sia_query");
        Assert.Equal("adhoc:service", service.Attribute("utype")!.Value);
        var parameters = service.Descendants(TapResponse.VoTable + "PARAM").ToDictionary(p => p.Attribute("name")!.Value);
        Assert.Equal("ivo://ivoa.net/std/SIA#query-2.0", parameters["standardID"].Attribute("value")!.Value);
        Assert.Equal(("double", "2", "interval", "m"), Attributes(parameters["BAND"]));
        Assert.Equal(["LSST.SIM"], Options(parameters["COLLECTION"]));
        Assert.Equal(["LSSTCam"], Options(parameters["INSTRUMENT"]));
        Assert.Equal(["image", "cube"], Options(parameters["DPTYPE"]));
        Assert.Equal(["lsst.calexp", "lsst.deepCoadd", "lsst.goodSeeingDiff_differenceExp", "lsst.raw"], Options(parameters["DPSUBTYPE"]));
        // Values of released data only: the sample's i-band visits are its newest night, under embargo.
        Assert.Equal(["g", "r"], Options(parameters["LSST_BAND"]));
        Assert.Contains("R22", Options(parameters["LSST_RAFT"]));
        Assert.Equal(189, Options(parameters["LSST_DETECTOR"]).Count);
        Assert.Empty(Options(parameters["TARGET"]));
        Assert.Equal("20", result.Infos("MAX_REGION_DIAMETER").Single().Attribute("value")!.Value);
    }

    [Fact]
    public async Task Capabilities_give_every_interface_a_standard_id()
    {
        var document = XDocument.Parse(await tap.Client.GetStringAsync(new Uri("/sia/capabilities", UriKind.Relative)));

        var capabilities = document.Root!.Elements("capability").ToList();
        Assert.All(capabilities, c => Assert.False(string.IsNullOrEmpty(c.Attribute("standardID")?.Value)));
        var query = capabilities.Single(c => c.Attribute("standardID")!.Value == "ivo://ivoa.net/std/SIA#query-2.0");
        Assert.Equal("https://data.example.org/api/sia/query", query.Descendants("accessURL").Single().Value);
    }

    [Fact]
    public async Task Availability_says_available()
    {
        var document = XDocument.Parse(await tap.Client.GetStringAsync(new Uri("/sia/availability", UriKind.Relative)));

        Assert.Equal("true", document.Root!.Elements().Single(e => e.Name.LocalName == "available").Value);
    }

    private static (string?, string?, string?, string?) Attributes(XElement param) =>
        (param.Attribute("datatype")?.Value, param.Attribute("arraysize")?.Value, param.Attribute("xtype")?.Value, param.Attribute("unit")?.Value);

    private static List<string> Options(XElement param) =>
        param.Descendants(TapResponse.VoTable + "OPTION").Select(o => o.Attribute("value")!.Value).ToList();
}
