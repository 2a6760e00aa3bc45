using System.Xml;

namespace Tap.Service.Vosi;

/// <summary>
/// DALI 1.1 examples (§2.3): an XHTML page whose RDFa marks each example with its name and its
/// query, so that people read it in a browser and clients such as TOPCAT offer the queries.
/// </summary>
internal static class ExamplesDocument
{
    public const string ContentType = "application/xhtml+xml";

    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static byte[] Write(IReadOnlyList<TapExample> examples) => VosiXml.Document(writer =>
    {
        writer.WriteDocType("html", null, null, null);
        writer.WriteStartElement("html", Xhtml);
        writer.WriteStartElement("head");
        writer.WriteElementString("title", "Example queries of the image metadata service");
        writer.WriteEndElement();
        writer.WriteStartElement("body");
        writer.WriteAttributeString("vocab", "http://www.ivoa.net/rdf/examples#");
        writer.WriteElementString("h1", "Example queries");
        writer.WriteElementString(
            "p",
            "ADQL queries for the images of this service: send any of them to the TAP endpoint (/tap/sync or /tap/async).");
        foreach (var example in examples)
        {
            WriteExample(writer, example);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    });

    private static void WriteExample(XmlWriter writer, TapExample example)
    {
        writer.WriteStartElement("div");
        writer.WriteAttributeString("id", example.Id);
        writer.WriteAttributeString("resource", "#" + example.Id);
        writer.WriteAttributeString("typeof", "example");
        writer.WriteStartElement("h2");
        writer.WriteAttributeString("property", "name");
        writer.WriteString(example.Name);
        writer.WriteEndElement();
        writer.WriteElementString("p", example.Description);
        writer.WriteStartElement("pre");
        writer.WriteAttributeString("property", "query");
        writer.WriteString(example.Query);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
