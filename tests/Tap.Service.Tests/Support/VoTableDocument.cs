using System.Xml.Linq;

namespace Tap.Service.Tests.Support;

/// <summary>Reading our VOTables back in tests.</summary>
internal static class VoTableDocument
{
    public static readonly XNamespace Ns = "http://www.ivoa.net/xml/VOTable/v1.3";

    public static XElement ResultsResource(XDocument document) =>
        document.Root!.Elements(Ns + "RESOURCE").Single(resource => (string?)resource.Attribute("type") == "results");

    /// <summary>The QUERY_STATUS values of the results RESOURCE, in document order.</summary>
    public static IReadOnlyList<string> QueryStatuses(XDocument document) =>
        [.. ResultsResource(document).Elements(Ns + "INFO")
            .Where(info => (string?)info.Attribute("name") == "QUERY_STATUS")
            .Select(info => (string)info.Attribute("value")!)];

    public static IReadOnlyList<IReadOnlyList<string>> TableDataRows(XDocument document) =>
        [.. document.Descendants(Ns + "TR").Select(row => (IReadOnlyList<string>)[.. row.Elements(Ns + "TD").Select(cell => cell.Value)])];

    public static XElement Field(XDocument document, string name) =>
        document.Descendants(Ns + "FIELD").Single(field => (string?)field.Attribute("name") == name);
}
