namespace Tap.Service.VoTable;

/// <summary>The VOTable 1.4 elements every document we write shares: envelope, INFOs, attributes.</summary>
internal static class VoTableMarkup
{
    public const string ContentType = "application/x-votable+xml";

    public static void WriteDocumentStart(ByteBuffer buffer) => buffer.Write(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.ivoa.net/xml/VOTable/v1.3 http://www.ivoa.net/xml/VOTable/votable-1.4.xsd">

        """u8);

    public static void WriteDocumentEnd(ByteBuffer buffer) => buffer.Write("</VOTABLE>\n"u8);

    /// <summary>An INFO element; <paramref name="content"/>, when given, is its text (e.g. an error message).</summary>
    public static void WriteInfo(ByteBuffer buffer, string name, string value, string? content = null)
    {
        buffer.Write("<INFO"u8);
        WriteAttribute(buffer, " name=\""u8, name);
        WriteAttribute(buffer, " value=\""u8, value);
        if (content is null)
        {
            buffer.Write("/>\n"u8);
            return;
        }

        buffer.Write(">"u8);
        XmlEscaping.WriteContent(buffer, content);
        buffer.Write("</INFO>\n"u8);
    }

    public static void WriteQueryStatus(ByteBuffer buffer, QueryStatus status, string? message = null) =>
        WriteInfo(buffer, "QUERY_STATUS", status.ToVoTableValue(), message);

    /// <summary>Writes <c> name="value"</c>; <paramref name="nameAndOpenQuote"/> is e.g. <c> unit="</c>. Nothing when the value is null.</summary>
    public static void WriteAttribute(ByteBuffer buffer, ReadOnlySpan<byte> nameAndOpenQuote, string? value)
    {
        if (value is null)
        {
            return;
        }

        buffer.Write(nameAndOpenQuote);
        XmlEscaping.WriteAttribute(buffer, value);
        buffer.Write((byte)'"');
    }

    /// <summary>A DESCRIPTION child, when there is a description.</summary>
    public static void WriteDescription(ByteBuffer buffer, string? description)
    {
        if (string.IsNullOrEmpty(description))
        {
            return;
        }

        buffer.Write("<DESCRIPTION>"u8);
        XmlEscaping.WriteContent(buffer, description);
        buffer.Write("</DESCRIPTION>\n"u8);
    }
}
