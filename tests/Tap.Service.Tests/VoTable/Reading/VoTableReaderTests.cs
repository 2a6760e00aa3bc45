using Dali;
using System.Buffers.Binary;
using System.Text;
using Tap.Service.Protocol;
using Tap.Service.VoTable.Reading;
using VoTable;

namespace Tap.Service.Tests.VoTable.Reading;

public sealed class VoTableReaderTests
{
    private const string Fields = """
        <FIELD name="id" datatype="int"/>
        <FIELD name="name" datatype="char" arraysize="*"><DESCRIPTION>a name</DESCRIPTION></FIELD>
        <FIELD name="pos" datatype="double" arraysize="2" xtype="point"/>
        """;

    [Fact]
    public async Task Reads_fields_and_tabledata_cells_with_empty_cells_as_null()
    {
        var rows = await ReadAsync(Fields, """
            <TABLEDATA>
            <TR><TD>1</TD><TD><![CDATA[a<b]]></TD><TD>10 20</TD></TR>
            <TR><TD/><TD></TD></TR>
            <TR><TD>3</TD><TD> spaced </TD><TD>1 2</TD></TR>
            </TABLEDATA>
            """);

        Assert.Equal([["1", "a<b", "10 20"], [null, null, null], ["3", " spaced ", "1 2"]], rows);
    }

    [Fact]
    public async Task Reads_fields_in_any_namespace_with_their_attributes()
    {
        using var reader = await VoTableReader.OpenAsync(Stream(Document(Fields, "<TABLEDATA/>").Replace(" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\"", "", StringComparison.Ordinal)), "test");

        Assert.Equal(new VoTableField("pos", VoTableDatatype.Double, "2", "point", null, null), reader.Fields[2]);
        Assert.Equal(["id", "name", "pos"], reader.Fields.Select(f => f.Name));
    }

    [Fact]
    public async Task Reads_binary2_with_null_flags_and_variable_length_text()
    {
        var stream = new List<byte>();
        Row(stream, nullFlags: 0, id: 7, name: "M31", ra: 10.5, dec: -2);
        Row(stream, nullFlags: 0b0100_0000, id: 8, name: "", ra: 1, dec: 2);

        var rows = await ReadAsync(Fields, $"<BINARY2><STREAM encoding=\"base64\">{Convert.ToBase64String(stream.ToArray())}</STREAM></BINARY2>");

        Assert.Equal([["7", "M31", "10.5 -2"], ["8", null, "1 2"]], rows);
    }

    [Fact]
    public async Task Integer_cells_holding_the_declared_null_value_are_null_in_tabledata_and_binary()
    {
        // This is how STIL (TOPCAT, STILTS) writes null integers: a magic value named in VALUES.
        const string NullableFields = """
            <FIELD name="id" datatype="int"><VALUES null="-2147483648"/></FIELD>
            <FIELD name="name" datatype="char" arraysize="*"/>
            <FIELD name="pos" datatype="double" arraysize="2" xtype="point"/>
            """;
        var stream = new List<byte>();
        Row(stream, nullFlags: null, id: int.MinValue, name: "x", ra: 1, dec: 2);

        var tableData = await ReadAsync(NullableFields, "<TABLEDATA><TR><TD>-2147483648</TD><TD>x</TD><TD>1 2</TD></TR><TR><TD>5</TD><TD>y</TD><TD>1 2</TD></TR></TABLEDATA>");
        var binary = await ReadAsync(NullableFields, $"<BINARY><STREAM encoding=\"base64\">{Convert.ToBase64String(stream.ToArray())}</STREAM></BINARY>");

        Assert.Equal([[null, "x", "1 2"], ["5", "y", "1 2"]], tableData);
        Assert.Equal([[null, "x", "1 2"]], binary);
    }

    [Fact]
    public async Task Reads_binary_without_null_flags_with_NaN_as_null()
    {
        var stream = new List<byte>();
        Row(stream, nullFlags: null, id: 1, name: "x", ra: double.NaN, dec: double.NaN);

        var rows = await ReadAsync(Fields, $"<BINARY><STREAM encoding=\"base64\">{Convert.ToBase64String(stream.ToArray())}</STREAM></BINARY>");

        Assert.Equal([["1", "x", null]], rows);
    }

    [Fact]
    public async Task A_truncated_binary_row_is_a_usage_error()
    {
        var data = Convert.ToBase64String([0, 0, 0, 0]);

        await Assert.ThrowsAsync<DaliUsageException>(() => ReadAsync(Fields, $"<BINARY2><STREAM encoding=\"base64\">{data}</STREAM></BINARY2>"));
    }

    [Theory]
    [InlineData("<FIELD name=\"a\" datatype=\"char\" arraysize=\"ten\"/>", "<BINARY2><STREAM encoding=\"base64\">AAAA</STREAM></BINARY2>", "not a VOTable arraysize")]
    [InlineData("<FIELD name=\"a\" datatype=\"int\"/>", "<BINARY2><STREAM encoding=\"base64\">@@@@</STREAM></BINARY2>", "not valid base64")]
    public async Task A_binary_stream_that_cannot_be_decoded_is_a_usage_error(string fields, string data, string message)
    {
        var error = await Assert.ThrowsAsync<DaliUsageException>(() => ReadAsync(fields, data));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not xml at all", "not well-formed XML")]
    [InlineData("<VOTABLE><RESOURCE/></VOTABLE>", "not a VOTable with a TABLE")]
    [InlineData("<VOTABLE><RESOURCE><TABLE><FIELD name=\"a\"/></TABLE></RESOURCE></VOTABLE>", "needs a name and a datatype")]
    [InlineData("<VOTABLE><RESOURCE><TABLE><FIELD name=\"a\" datatype=\"integer\"/></TABLE></RESOURCE></VOTABLE>", "FIELD a has datatype 'integer', which is not a VOTable datatype")]
    [InlineData("<VOTABLE><RESOURCE><TABLE><DATA><TABLEDATA/></DATA></TABLE></RESOURCE></VOTABLE>", "has no FIELDs")]
    [InlineData("<!DOCTYPE x [<!ENTITY e \"e\">]><VOTABLE/>", "not well-formed XML")]
    public async Task A_document_that_is_not_a_usable_VOTable_is_a_usage_error(string document, string message)
    {
        var error = await Assert.ThrowsAsync<DaliUsageException>(() => VoTableReader.OpenAsync(Stream(document), "Uploaded table t"));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_with_more_cells_than_fields_is_a_usage_error()
    {
        await Assert.ThrowsAsync<DaliUsageException>(() => ReadAsync("<FIELD name=\"a\" datatype=\"int\"/>", "<TABLEDATA><TR><TD>1</TD><TD>2</TD></TR></TABLEDATA>"));
    }

    private static void Row(List<byte> stream, byte? nullFlags, int id, string name, double ra, double dec)
    {
        if (nullFlags is { } flags)
        {
            stream.Add(flags);
        }

        var buffer = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(buffer, id);
        stream.AddRange(buffer[..4]);
        BinaryPrimitives.WriteInt32BigEndian(buffer, name.Length);
        stream.AddRange(buffer[..4]);
        stream.AddRange(Encoding.ASCII.GetBytes(name));
        BinaryPrimitives.WriteDoubleBigEndian(buffer, ra);
        stream.AddRange(buffer);
        BinaryPrimitives.WriteDoubleBigEndian(buffer, dec);
        stream.AddRange(buffer);
    }

    private static async Task<List<string?[]>> ReadAsync(string fields, string data)
    {
        using var reader = await VoTableReader.OpenAsync(Stream(Document(fields, data)), "test");
        var rows = new List<string?[]>();
        await foreach (var row in reader.ReadRowsAsync())
        {
            rows.Add(row);
        }

        return rows;
    }

    private static string Document(string fields, string data) =>
        $"<?xml version=\"1.0\"?><VOTABLE version=\"1.4\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\"><RESOURCE><TABLE>{fields}<DATA>{data}</DATA></TABLE></RESOURCE></VOTABLE>";

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
