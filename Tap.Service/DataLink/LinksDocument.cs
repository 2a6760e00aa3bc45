using Tap.Service.VoTable;
using VoTable;

namespace Tap.Service.DataLink;

/// <summary>
/// The DataLink 1.1 links VOTable: the standard columns with their UCDs, one TABLEDATA row per link,
/// then the service descriptors that #cutout rows name in service_def.
/// </summary>
internal static class LinksDocument
{
    private static readonly (string Name, VoTableDatatype Datatype, string? ArraySize, string Ucd, string? Unit)[] Columns =
    [
        ("ID", VoTableDatatype.Char, "*", "meta.id;meta.main", null),
        ("access_url", VoTableDatatype.Char, "*", "meta.ref.url", null),
        ("service_def", VoTableDatatype.Char, "*", "meta.ref", null),
        ("error_message", VoTableDatatype.Char, "*", "meta.code.error", null),
        ("semantics", VoTableDatatype.Char, "*", "meta.code", null),
        ("description", VoTableDatatype.Char, "*", "meta.note", null),
        ("content_type", VoTableDatatype.Char, "*", "meta.code.mime", null),
        ("content_length", VoTableDatatype.Long, null, "phys.size;meta.file", "byte"),
        ("content_qualifier", VoTableDatatype.Char, "*", "meta.code.class", null),
        ("local_semantics", VoTableDatatype.Char, "*", "meta.code", null),
        ("link_auth", VoTableDatatype.Char, "*", "meta.code", null),
        ("link_authorized", VoTableDatatype.Boolean, null, "meta.code", null),
    ];

    /// <param name="overflowed">Rows were left out because of MAXREC: the table ends with QUERY_STATUS=OVERFLOW.</param>
    public static void Write(ByteBuffer buffer, IReadOnlyList<LinkRow> rows, IReadOnlyList<DataLinkServiceDescriptor> descriptors, bool overflowed)
    {
        VoTableMarkup.WriteDocumentStart(buffer);
        buffer.Write("<RESOURCE type=\"results\">\n"u8);
        VoTableMarkup.WriteQueryStatus(buffer, QueryStatus.Ok);
        buffer.Write("<TABLE>\n"u8);
        foreach (var (name, datatype, arraySize, ucd, unit) in Columns)
        {
            buffer.Write("<FIELD"u8);
            VoTableMarkup.WriteAttribute(buffer, " name=\""u8, name);
            VoTableMarkup.WriteAttribute(buffer, " datatype=\""u8, datatype.ToVoTableName());
            VoTableMarkup.WriteAttribute(buffer, " arraysize=\""u8, arraySize);
            VoTableMarkup.WriteAttribute(buffer, " ucd=\""u8, ucd);
            VoTableMarkup.WriteAttribute(buffer, " unit=\""u8, unit);
            buffer.Write("/>\n"u8);
        }

        buffer.Write("<DATA><TABLEDATA>\n"u8);
        foreach (var row in rows)
        {
            WriteRow(buffer, row);
        }

        buffer.Write("</TABLEDATA></DATA>\n</TABLE>\n"u8);
        if (overflowed)
        {
            VoTableMarkup.WriteQueryStatus(buffer, QueryStatus.Overflow);
        }

        buffer.Write("</RESOURCE>\n"u8);
        foreach (var descriptor in descriptors)
        {
            ServiceDescriptorMarkup.Write(buffer, descriptor);
        }

        VoTableMarkup.WriteDocumentEnd(buffer);
    }

    private static void WriteRow(ByteBuffer buffer, LinkRow row)
    {
        buffer.Write("<TR>"u8);
        Cell(buffer, row.Id);
        Cell(buffer, row.AccessUrl);
        Cell(buffer, row.ServiceDef);
        Cell(buffer, row.ErrorMessage);
        Cell(buffer, row.Semantics);
        Cell(buffer, row.Description);
        Cell(buffer, row.ContentType);
        Cell(buffer, row.ContentLength?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Cell(buffer, row.ContentQualifier);
        Cell(buffer, null);
        Cell(buffer, row.LinkAuth);
        Cell(buffer, row.LinkAuthorized switch { true => "T", false => "F", null => null });
        buffer.Write("</TR>\n"u8);
    }

    private static void Cell(ByteBuffer buffer, string? value)
    {
        if (value is null)
        {
            buffer.Write("<TD/>"u8);
            return;
        }

        buffer.Write("<TD>"u8);
        XmlEscaping.WriteContent(buffer, value);
        buffer.Write("</TD>"u8);
    }
}
