using System.Xml.Linq;
using Sia.Service.Description;

namespace Tap.Service.Sia;

/// <summary>The VOSI documents of the SIAv2 service. Every capability has a standardID: pyvo 1.2 fails on one without.</summary>
internal static class SiaVosiDocuments
{
    private static readonly XNamespace Vosi = "http://www.ivoa.net/xml/VOSICapabilities/v1.0";
    private static readonly XNamespace Availability = "http://www.ivoa.net/xml/VOSIAvailability/v1.0";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly XNamespace Vs = "http://www.ivoa.net/xml/VODataService/v1.1";

    public static Task WriteCapabilitiesAsync(HttpResponse response, IReadOnlyList<SiaCapability> capabilities, Func<string, Uri> url)
    {
        var document = new XElement(Vosi + "capabilities",
            new XAttribute(XNamespace.Xmlns + "vosi", Vosi),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(XNamespace.Xmlns + "vs", Vs),
            capabilities.Select(capability => new XElement("capability",
                new XAttribute("standardID", capability.StandardId),
                new XElement("interface",
                    new XAttribute(Xsi + "type", "vs:ParamHTTP"),
                    new XAttribute("role", "std"),
                    new XElement("accessURL", new XAttribute("use", "full"), url(capability.Path).AbsoluteUri)))));
        return WriteAsync(response, document);
    }

    /// <summary>Answering at all means the service is up; a database failure shows in the queries' own errors.</summary>
    public static Task WriteAvailabilityAsync(HttpResponse response) =>
        WriteAsync(response, new XElement(Availability + "availability",
            new XAttribute(XNamespace.Xmlns + "vosi", Availability),
            new XElement(Availability + "available", "true")));

    private static Task WriteAsync(HttpResponse response, XElement document)
    {
        response.ContentType = "text/xml; charset=utf-8";
        return response.WriteAsync(new XDeclaration("1.0", "utf-8", null) + "\n" + document + "\n");
    }
}
