using System.Xml.Linq;
using Tap.Service.DataLink;
using Tap.Service.Tests.Support;
using Tap.Service.VoTable.Results;
using VoTable;
using static Tap.Service.Tests.Support.VoTableDocument;

namespace Tap.Service.Tests.DataLink;

public class DataLinkDescriptorsTests
{
    [Fact]
    public void A_result_without_obs_publisher_did_is_left_alone()
    {
        var metadata = new ResultMetadata(SampleResults.CountingColumns, 10);

        Assert.False(DataLinkDescriptors.AreNeededFor(metadata.Columns));
        Assert.Same(metadata, TestOptions.Descriptors().AddTo(metadata));
    }

    [Fact]
    public void An_aliased_obs_publisher_did_is_recognised_by_its_utype()
    {
        ResultColumn[] columns = [new("n", VoTableDatatype.Int), new("did", VoTableDatatype.Char, "*") { Utype = "obscore:Curation.PublisherDID" }];

        Assert.Equal(1, DataLinkDescriptors.IndexOfPublisherDid(columns));
    }

    [Fact]
    public async Task Descriptors_follow_the_results_and_their_ID_parameters_reference_the_did_field()
    {
        var metadata = TestOptions.Descriptors().AddTo(new ResultMetadata(SampleResults.Columns, 10));
        using var table = SampleResults.Table();

        var (text, _) = await ResultOutput.WriteAsync(ResultFormats.VoTableTableData, table.CreateDataReader(), metadata);

        var document = XDocument.Parse(text);
        var didFieldId = (string?)Field(document, "obs_publisher_did").Attribute("ID");
        Assert.Equal("obs_publisher_did", didFieldId);
        var services = document.Root!.Elements(Ns + "RESOURCE").Skip(1).ToList();
        Assert.Equal(2, services.Count);
        Assert.All(services, service =>
        {
            Assert.Equal(("meta", "adhoc:service"), ((string?)service.Attribute("type"), (string?)service.Attribute("utype")));
            var id = service.Element(Ns + "GROUP")!.Elements(Ns + "PARAM").Single(param => (string?)param.Attribute("name") == "ID");
            Assert.Equal(didFieldId, (string?)id.Attribute("ref"));
        });
        Assert.Equal(
            [("ivo://ivoa.net/std/DataLink#links-1.1", "https://data.example.org/api/datalink/links"),
             ("ivo://ivoa.net/std/SODA#sync-1.0", "https://data.example.org/api/soda/sync")],
            services.Select(service => (ParamValue(service, "standardID"), ParamValue(service, "accessURL"))));
    }

    [Fact]
    public void The_cutout_descriptor_declares_the_SODA_parameters()
    {
        var cutout = TestOptions.Descriptors().Cutout("did");

        Assert.Equal(
            [("ID", "char", "*", null, null, "meta.ref.url;meta.curation"), ("POS", "char", "*", null, null, "pos.outline;obs"),
             ("CIRCLE", "double", "3", "deg", "circle", "pos.outline;obs"), ("POLYGON", "double", "*", "deg", "polygon", "pos.outline;obs"),
             ("BAND", "double", "2", "m", "interval", "em.wl;stat.interval"), ("TIME", "double", "2", "d", "interval", "time.interval;obs.exposure"),
             ("POL", "char", "*", null, null, "meta.code;phys.polarization")],
            cutout.InputParameters.Select(p => (p.Name, p.Datatype.ToVoTableName(), p.ArraySize, p.Unit, p.XType, p.Ucd)));
    }

    private static string? ParamValue(XElement resource, string name) =>
        (string?)resource.Elements(Ns + "PARAM").Single(param => (string?)param.Attribute("name") == name).Attribute("value");
}
