using System.Net;
using System.Xml.Linq;

namespace Integration.Tests.SelfDescription;

/// <summary>/tap/examples as a client reads it: DALI examples, each with an id, a name and an ADQL query.</summary>
internal static class TapExamples
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static async Task<IReadOnlyList<(string Id, string Name, string Query)>> ReadAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/tap/examples", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xhtml+xml", response.Content.Headers.ContentType!.MediaType);
        var page = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("http://www.ivoa.net/rdf/examples#", (string?)page.Root!.Element(Xhtml + "body")!.Attribute("vocab"));
        return page.Descendants()
            .Where(e => (string?)e.Attribute("typeof") == "example")
            .Select(e => (
                (string)e.Attribute("id")!,
                e.Descendants().Single(d => (string?)d.Attribute("property") == "name").Value,
                e.Descendants().Single(d => (string?)d.Attribute("property") == "query").Value))
            .ToList();
    }
}
