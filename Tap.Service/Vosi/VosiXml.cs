using System.Text;
using System.Xml;

namespace Tap.Service.Vosi;

/// <summary>The namespaces of the VOSI documents and one way to write them, so every document declares prefixes alike.</summary>
internal static class VosiXml
{
    public const string ContentType = "text/xml";

    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public const string Availability = "http://www.ivoa.net/xml/VOSIAvailability/v1.0";
    public const string Capabilities = "http://www.ivoa.net/xml/VOSICapabilities/v1.0";
    public const string Tables = "http://www.ivoa.net/xml/VOSITables/v1.0";
    public const string VOResource = "http://www.ivoa.net/xml/VOResource/v1.0";
    public const string VODataService = "http://www.ivoa.net/xml/VODataService/v1.1";
    public const string TapRegExt = "http://www.ivoa.net/xml/TAPRegExt/v1.0";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true };

    /// <summary>A whole document; <paramref name="writeRoot"/> writes the root element and everything in it.</summary>
    public static byte[] Document(Action<XmlWriter> writeRoot)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            writeRoot(writer);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }

    /// <summary>Declares the prefixes used below the root on the root, so the document names each namespace once.</summary>
    public static void DeclarePrefixes(XmlWriter writer, params (string Prefix, string Namespace)[] prefixes)
    {
        foreach (var (prefix, ns) in prefixes)
        {
            writer.WriteAttributeString("xmlns", prefix, null, ns);
        }
    }

    public static void XsiType(XmlWriter writer, string type) => writer.WriteAttributeString("xsi", "type", Xsi, type);

    /// <summary>An unqualified child element with text; nothing when the text is null or empty.</summary>
    public static void Element(XmlWriter writer, string name, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            writer.WriteElementString(name, text);
        }
    }

    public static IResult Result(byte[] document) => TypedResults.Bytes(document, ContentType);
}
