using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tap.Service.DataLink;
using Tap.Service.VoTable.Results;
using VoTable;
using static Tap.Service.Tests.Support.VoTableDocument;

namespace Tap.Service.Tests;

/// <summary>The service as Program composes it.</summary>
public sealed class ProgramTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task An_unknown_path_is_a_DALI_not_found()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/tap/no-such-resource", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["ERROR"], QueryStatuses(XDocument.Parse(await response.Content.ReadAsStringAsync())));
    }

    [Fact]
    public void DataLink_descriptors_use_the_configured_public_urls()
    {
        using var configured = factory.WithWebHostBuilder(host => host.UseSetting("Service:PublicBaseUrl", "https://data.example.org/rubin"));
        var descriptors = configured.Services.GetRequiredService<DataLinkDescriptors>();

        var metadata = descriptors.AddTo(new ResultMetadata([new("obs_publisher_did", VoTableDatatype.Char, "*")], 10));

        Assert.Equal("https://data.example.org/rubin/datalink/links", metadata.ServiceDescriptors[0].AccessUrl.AbsoluteUri);
    }
}
