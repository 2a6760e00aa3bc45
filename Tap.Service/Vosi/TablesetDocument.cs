using System.Xml;
using ObsCore.Model;
using VoTable;

namespace Tap.Service.Vosi;

/// <summary>
/// VOSI 1.1 tables: the published tables as a VODataService 1.1 tableset, from the same model that
/// fills TAP_SCHEMA, so the two descriptions cannot disagree.
/// </summary>
internal static class TablesetDocument
{
    /// <param name="withColumns">False for <c>detail=min</c>: schemas and tables only.</param>
    public static byte[] Tableset(IReadOnlyList<SchemaDefinition> schemas, bool withColumns) => VosiXml.Document(writer =>
    {
        writer.WriteStartElement("vosi", "tableset", VosiXml.Tables);
        VosiXml.DeclarePrefixes(writer, ("xsi", VosiXml.Xsi), ("vs", VosiXml.VODataService));
        foreach (var schema in schemas)
        {
            writer.WriteStartElement("schema");
            writer.WriteElementString("name", schema.Name);
            VosiXml.Element(writer, "description", schema.Description);
            foreach (var table in schema.Tables)
            {
                WriteTable(writer, table, withColumns);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    /// <summary>One table with its columns and foreign keys, as the root of the document (VOSI 1.1 §3.4).</summary>
    public static byte[] Table(TableDefinition table) => VosiXml.Document(writer =>
    {
        writer.WriteStartElement("vosi", "table", VosiXml.Tables);
        VosiXml.DeclarePrefixes(writer, ("xsi", VosiXml.Xsi), ("vs", VosiXml.VODataService));
        WriteTableContent(writer, table, withColumns: true);
        writer.WriteEndElement();
    });

    private static void WriteTable(XmlWriter writer, TableDefinition table, bool withColumns)
    {
        writer.WriteStartElement("table");
        WriteTableContent(writer, table, withColumns);
        writer.WriteEndElement();
    }

    private static void WriteTableContent(XmlWriter writer, TableDefinition table, bool withColumns)
    {
        writer.WriteAttributeString("type", "table");
        writer.WriteElementString("name", table.QualifiedName);
        VosiXml.Element(writer, "description", table.Description);
        VosiXml.Element(writer, "utype", table.Utype);
        if (!withColumns)
        {
            return;
        }

        foreach (var column in table.Columns)
        {
            WriteColumn(writer, column);
        }

        foreach (var key in table.Keys)
        {
            writer.WriteStartElement("foreignKey");
            writer.WriteElementString("targetTable", key.TargetTable);
            foreach (var (from, target) in key.Columns)
            {
                writer.WriteStartElement("fkColumn");
                writer.WriteElementString("fromColumn", from);
                writer.WriteElementString("targetColumn", target);
                writer.WriteEndElement();
            }

            VosiXml.Element(writer, "description", key.Description);
            writer.WriteEndElement();
        }
    }

    private static void WriteColumn(XmlWriter writer, ColumnDefinition column)
    {
        writer.WriteStartElement("column");
        if (column.Std)
        {
            writer.WriteAttributeString("std", "true");
        }

        writer.WriteElementString("name", column.Name);
        VosiXml.Element(writer, "description", column.Description);
        VosiXml.Element(writer, "unit", column.Unit);
        VosiXml.Element(writer, "ucd", column.Ucd);
        VosiXml.Element(writer, "utype", column.Utype);
        writer.WriteStartElement("dataType");
        VosiXml.XsiType(writer, "vs:VOTableType");
        if (column.Type.VoTable.ArraySize is { } arraySize)
        {
            writer.WriteAttributeString("arraysize", arraySize);
        }

        if (column.Type.VoTable.XType is { } xtype)
        {
            writer.WriteAttributeString("extendedType", xtype);
        }

        writer.WriteString(column.Type.VoTable.Datatype.ToVoTableName());
        writer.WriteEndElement();
        Flag(writer, column.Indexed, "indexed");
        Flag(writer, column.Principal, "principal");
        Flag(writer, column.Nullable, "nullable");
        writer.WriteEndElement();
    }

    private static void Flag(XmlWriter writer, bool isSet, string flag)
    {
        if (isSet)
        {
            writer.WriteElementString("flag", flag);
        }
    }
}
