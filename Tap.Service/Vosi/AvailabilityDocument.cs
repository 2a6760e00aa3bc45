namespace Tap.Service.Vosi;

/// <summary>The VOSI 1.1 availability document.</summary>
internal static class AvailabilityDocument
{
    public static byte[] Write(bool available, string note) => VosiXml.Document(writer =>
    {
        writer.WriteStartElement("vosi", "availability", VosiXml.Availability);
        writer.WriteElementString("available", VosiXml.Availability, available ? "true" : "false");
        writer.WriteElementString("note", VosiXml.Availability, note);
        writer.WriteEndElement();
    });
}
