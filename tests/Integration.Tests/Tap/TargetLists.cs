using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Integration.Tests.Tap;

/// <summary>Target lists as astronomers upload them: VOTables of (id, ra, dec), in TABLEDATA or BINARY2.</summary>
internal static class TargetLists
{
    private const string Fields = """
        <FIELD name="id" datatype="int" ucd="meta.id"/>
        <FIELD name="ra" datatype="double" unit="deg" ucd="pos.eq.ra"/>
        <FIELD name="dec" datatype="double" unit="deg" ucd="pos.eq.dec"/>
        """;

    public static string TableData(IEnumerable<(int Id, double Ra, double Dec)> targets) => Document(
        Fields,
        "<TABLEDATA>\n" + string.Concat(targets.Select(t => string.Create(CultureInfo.InvariantCulture, $"<TR><TD>{t.Id}</TD><TD>{t.Ra:R}</TD><TD>{t.Dec:R}</TD></TR>\n"))) + "</TABLEDATA>");

    public static string Binary2(IEnumerable<(int Id, double Ra, double Dec)> targets)
    {
        using var bytes = new MemoryStream();
        Span<byte> row = stackalloc byte[1 + 4 + 8 + 8];
        foreach (var (id, ra, dec) in targets)
        {
            row[0] = 0; // no nulls
            BinaryPrimitives.WriteInt32BigEndian(row[1..], id);
            BinaryPrimitives.WriteDoubleBigEndian(row[5..], ra);
            BinaryPrimitives.WriteDoubleBigEndian(row[13..], dec);
            bytes.Write(row);
        }

        return Document(Fields, $"<BINARY2><STREAM encoding=\"base64\">{Convert.ToBase64String(bytes.ToArray(), Base64FormattingOptions.InsertLineBreaks)}</STREAM></BINARY2>");
    }

    public static string Document(string fields, string data) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3">
        <RESOURCE type="results"><TABLE>
        {fields}
        <DATA>{data}</DATA>
        </TABLE></RESOURCE>
        </VOTABLE>
        """;

    /// <summary>A multipart TAP request uploading <paramref name="votable"/> as TAP_UPLOAD.t.</summary>
    public static MultipartFormDataContent UploadForm(string adql, string votable, params (string Name, string Value)[] extra)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("ADQL"), "LANG" },
            { new StringContent(adql), "QUERY" },
            { new StringContent("t,param:targets"), "UPLOAD" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(votable)), "targets", "targets.xml" },
        };
        foreach (var (name, value) in extra)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }
}
