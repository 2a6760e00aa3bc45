using System.Xml.Linq;

namespace TestSupport;

/// <summary>What the service's VOSI availability endpoint says.</summary>
public sealed record Availability(bool Available, string Note)
{
    private static readonly XNamespace Vosi = "http://www.ivoa.net/xml/VOSIAvailability/v1.0";

    /// <summary>Reads /tap/availability; throws unless it is a 200 VOSI document.</summary>
    public static async Task<Availability> ReadAsync(HttpClient http, CancellationToken cancellationToken = default)
    {
        var document = await http.GetStringAsync(new Uri("tap/availability", UriKind.Relative), cancellationToken);
        var root = XDocument.Parse(document).Root!;
        return new Availability(root.Element(Vosi + "available")?.Value == "true", root.Element(Vosi + "note")?.Value ?? "");
    }
}
