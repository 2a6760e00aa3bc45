using VoTable;

namespace Tap.Service.Tests.VoTable;

public sealed class VoTableDatatypesTests
{
    [Fact]
    public void Every_datatype_reads_back_from_the_name_it_is_written_as()
    {
        foreach (var datatype in Enum.GetValues<VoTableDatatype>())
        {
            Assert.True(VoTableDatatypes.TryParse(datatype.ToVoTableName(), out var read));
            Assert.Equal(datatype, read);
        }
    }

    [Theory]
    [InlineData("unsignedByte", VoTableDatatype.UnsignedByte)]
    [InlineData("DOUBLE", VoTableDatatype.Double)]
    [InlineData("unicodechar", VoTableDatatype.UnicodeChar)]
    public void Names_are_read_ignoring_case(string name, VoTableDatatype expected)
    {
        Assert.True(VoTableDatatypes.TryParse(name, out var read));
        Assert.Equal(expected, read);
    }

    [Theory]
    [InlineData("integer")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_names_are_not_datatypes(string? name) => Assert.False(VoTableDatatypes.TryParse(name, out _));
}
