using System.Text;
using Adql.Semantics;
using Microsoft.Extensions.Options;
using ObsCore.Model;
using Soda.Service.Images;
using Tap.Service.DataLink;
using Tap.Service.Query;
using Tap.Service.Security;
using Tap.Service.Tests.Support;
using Tap.Service.Uws;
using Tap.Service.VoTable;
using Tap.Service.Vosi;

namespace Tap.Service.Tests.Vosi;

/// <summary>The self-description and links documents as clients receive them, as expected files (see <see cref="ExpectedFiles"/>).</summary>
public class SelfDescriptionDocumentTests
{
    [Fact]
    public async Task The_capabilities_document()
    {
        var query = new QueryLimitsOptions { DefaultMaxRec = 5000, HardMaxRec = 2_000_000, UploadMaxBytes = 1_000_000 };
        var uws = new UwsOptions { ResultsFolder = "unused" };

        var document = CapabilitiesDocument.Write(new Uri("https://data.example.org/api/tap"), StandardUserFunctions.Create(), query, uws, InterfaceSecurity.For(new AuthOptions(), new AccessOptions()));

        await ExpectedFiles.AssertMatchesAsync("capabilities.xml", Encoding.UTF8.GetString(document));
    }

    [Fact]
    public async Task The_tables_document_of_one_table()
    {
        var document = TablesetDocument.Table(Caom2Tables.Plane);

        await ExpectedFiles.AssertMatchesAsync("table-caom2-plane.xml", Encoding.UTF8.GetString(document));
    }

    [Fact]
    public async Task A_links_response_with_a_coadd_an_embargoed_image_and_an_unknown_id()
    {
        const string Coadd = "ivo://example.org/lsst?deepCoadd/1/2/g";
        const string Embargoed = "ivo://example.org/lsst?calexp/7/3";
        var coadd = new LinkedDataset(new ImageDataset
        {
            PublisherDid = Coadd, StorePath = "repo/deepCoadd/1/2/g.fits", ContentType = "application/fits", ContentLength = 120_000_000,
        });
        coadd.Inputs.Add("ivo://example.org/lsst?calexp/5/1");
        var embargoed = new LinkedDataset(new ImageDataset
        {
            PublisherDid = Embargoed, StorePath = "repo/calexp/7/3.fits", ContentType = "application/fits", ContentLength = 196_000_000,
            IsEmbargoed = true, ReleaseDate = new DateTime(2030, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        });
        var builder = new LinksBuilder(Options.Create(TestOptions.Service), TestOptions.Descriptors());

        var response = builder.Build([Coadd, "ivo://example.org/none", Embargoed], new Dictionary<string, LinkedDataset> { [Coadd] = coadd, [Embargoed] = embargoed });
        using var buffer = new ByteBuffer();
        LinksDocument.Write(buffer, response.Rows, response.Descriptors, overflowed: false);

        await ExpectedFiles.AssertMatchesAsync("links-response.xml", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
