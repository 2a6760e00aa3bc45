using Tap.Service.DataLink;
using VoTable;

namespace Tap.Service.VoTable.Results;

/// <summary>
/// The VOTable document around the rows, common to TABLEDATA and BINARY2: QUERY_STATUS OK and the
/// result INFOs before the table, OVERFLOW or ERROR after it, then the DataLink service descriptors.
/// </summary>
internal abstract class VoTableFormatter(ResultMetadata metadata) : ResultFormatter(metadata)
{
    public sealed override void WriteHeader(ByteBuffer buffer)
    {
        VoTableMarkup.WriteDocumentStart(buffer);
        buffer.Write("<RESOURCE type=\"results\">\n"u8);
        VoTableMarkup.WriteQueryStatus(buffer, QueryStatus.Ok);
        foreach (var info in Metadata.Infos)
        {
            VoTableMarkup.WriteInfo(buffer, info.Name, info.Value);
        }

        buffer.Write("<TABLE>\n"u8);
        foreach (var column in Metadata.Columns)
        {
            WriteField(buffer, column);
        }

        buffer.Write("<DATA>\n"u8);
        WriteDataStart(buffer);
    }

    public sealed override void WriteFooter(ByteBuffer buffer, QueryStatus status, string? errorMessage)
    {
        WriteDataEnd(buffer);
        buffer.Write("</DATA>\n</TABLE>\n"u8);
        if (status != QueryStatus.Ok)
        {
            VoTableMarkup.WriteQueryStatus(buffer, status, errorMessage);
        }

        buffer.Write("</RESOURCE>\n"u8);
        foreach (var descriptor in Metadata.ServiceDescriptors)
        {
            ServiceDescriptorMarkup.Write(buffer, descriptor);
        }

        VoTableMarkup.WriteDocumentEnd(buffer);
    }

    protected abstract void WriteDataStart(ByteBuffer buffer);

    protected abstract void WriteDataEnd(ByteBuffer buffer);

    private static void WriteField(ByteBuffer buffer, ResultColumn column)
    {
        buffer.Write("<FIELD"u8);
        VoTableMarkup.WriteAttribute(buffer, " name=\""u8, column.Name);
        VoTableMarkup.WriteAttribute(buffer, " ID=\""u8, column.Id);
        VoTableMarkup.WriteAttribute(buffer, " datatype=\""u8, column.Datatype.ToVoTableName());
        VoTableMarkup.WriteAttribute(buffer, " arraysize=\""u8, column.ArraySize);
        VoTableMarkup.WriteAttribute(buffer, " unit=\""u8, column.Unit);
        VoTableMarkup.WriteAttribute(buffer, " ucd=\""u8, column.Ucd);
        VoTableMarkup.WriteAttribute(buffer, " utype=\""u8, column.Utype);
        VoTableMarkup.WriteAttribute(buffer, " xtype=\""u8, column.XType);
        if (string.IsNullOrEmpty(column.Description))
        {
            buffer.Write("/>\n"u8);
            return;
        }

        buffer.Write(">\n"u8);
        VoTableMarkup.WriteDescription(buffer, column.Description);
        buffer.Write("</FIELD>\n"u8);
    }
}
