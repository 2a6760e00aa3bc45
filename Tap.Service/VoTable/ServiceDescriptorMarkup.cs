using Tap.Service.DataLink;
using VoTable;

namespace Tap.Service.VoTable;

/// <summary>Writes a service descriptor as VOTable, for query results and for DataLink links responses alike.</summary>
internal static class ServiceDescriptorMarkup
{
    public static void Write(ByteBuffer buffer, DataLinkServiceDescriptor descriptor)
    {
        buffer.Write("<RESOURCE type=\"meta\" utype=\"adhoc:service\""u8);
        VoTableMarkup.WriteAttribute(buffer, " ID=\""u8, descriptor.Id);
        buffer.Write(">\n"u8);
        VoTableMarkup.WriteDescription(buffer, descriptor.Description);
        WriteTextParam(buffer, "standardID", descriptor.StandardId);
        WriteTextParam(buffer, "accessURL", descriptor.AccessUrl.AbsoluteUri);
        buffer.Write("<GROUP name=\"inputParams\">\n"u8);
        foreach (var parameter in descriptor.InputParameters)
        {
            WriteParam(buffer, parameter);
        }

        buffer.Write("</GROUP>\n</RESOURCE>\n"u8);
    }

    private static void WriteTextParam(ByteBuffer buffer, string name, string value) =>
        WriteParam(buffer, new ServiceParameter(name, VoTableDatatype.Char, "*") { Value = value });

    private static void WriteParam(ByteBuffer buffer, ServiceParameter parameter)
    {
        buffer.Write("<PARAM"u8);
        VoTableMarkup.WriteAttribute(buffer, " name=\""u8, parameter.Name);
        VoTableMarkup.WriteAttribute(buffer, " datatype=\""u8, parameter.Datatype.ToVoTableName());
        VoTableMarkup.WriteAttribute(buffer, " arraysize=\""u8, parameter.ArraySize);
        VoTableMarkup.WriteAttribute(buffer, " unit=\""u8, parameter.Unit);
        VoTableMarkup.WriteAttribute(buffer, " ucd=\""u8, parameter.Ucd);
        VoTableMarkup.WriteAttribute(buffer, " xtype=\""u8, parameter.XType);
        VoTableMarkup.WriteAttribute(buffer, " ref=\""u8, parameter.Ref);
        VoTableMarkup.WriteAttribute(buffer, " value=\""u8, parameter.Value);
        var hasValues = parameter.Options.Count > 0 || parameter.Min is not null || parameter.Max is not null;
        if (string.IsNullOrEmpty(parameter.Description) && !hasValues)
        {
            buffer.Write("/>\n"u8);
            return;
        }

        buffer.Write(">\n"u8);
        VoTableMarkup.WriteDescription(buffer, parameter.Description);
        if (hasValues)
        {
            buffer.Write("<VALUES>\n"u8);
            WriteLimit(buffer, "<MIN value=\""u8, parameter.Min);
            WriteLimit(buffer, "<MAX value=\""u8, parameter.Max);
            foreach (var option in parameter.Options)
            {
                VoTableMarkup.WriteAttribute(buffer, "<OPTION value=\""u8, option);
                buffer.Write("/>\n"u8);
            }

            buffer.Write("</VALUES>\n"u8);
        }

        buffer.Write("</PARAM>\n"u8);
    }

    /// <summary>VALUES/MIN or VALUES/MAX, inclusive as VOTable's default says, when given.</summary>
    private static void WriteLimit(ByteBuffer buffer, ReadOnlySpan<byte> start, string? value)
    {
        if (value is not null)
        {
            VoTableMarkup.WriteAttribute(buffer, start, value);
            buffer.Write("/>\n"u8);
        }
    }
}
