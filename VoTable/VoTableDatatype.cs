using System.Collections.Frozen;

namespace VoTable;

/// <summary>
/// The primitive datatypes of VOTable (1.4, section 2.1): the one vocabulary from the catalogue and
/// the ADQL compiler to the result writers, the upload reader and the service descriptors.
/// </summary>
public enum VoTableDatatype
{
    Boolean,
    Bit,
    UnsignedByte,
    Short,
    Int,
    Long,
    /// <summary>Text; written as UTF-8 (what VOTable 1.5 allows and clients read).</summary>
    Char,
    /// <summary>Text as UCS-2 in BINARY and BINARY2.</summary>
    UnicodeChar,
    Float,
    Double,
    FloatComplex,
    DoubleComplex,
}

/// <summary>Conversion between the enum and the datatype attribute's text, for the edges that read or write XML or TAP_SCHEMA.</summary>
public static class VoTableDatatypes
{
    private static readonly FrozenDictionary<string, VoTableDatatype> ByName =
        Enum.GetValues<VoTableDatatype>().ToFrozenDictionary(ToVoTableName, StringComparer.OrdinalIgnoreCase);

    public static string ToVoTableName(this VoTableDatatype datatype) => datatype switch
    {
        VoTableDatatype.Boolean => "boolean",
        VoTableDatatype.Bit => "bit",
        VoTableDatatype.UnsignedByte => "unsignedByte",
        VoTableDatatype.Short => "short",
        VoTableDatatype.Int => "int",
        VoTableDatatype.Long => "long",
        VoTableDatatype.Char => "char",
        VoTableDatatype.UnicodeChar => "unicodeChar",
        VoTableDatatype.Float => "float",
        VoTableDatatype.Double => "double",
        VoTableDatatype.FloatComplex => "floatComplex",
        VoTableDatatype.DoubleComplex => "doubleComplex",
        _ => throw new ArgumentOutOfRangeException(nameof(datatype), datatype, null),
    };

    /// <summary>
    /// The datatype a <c>datatype</c> attribute names. Case is ignored, as TAP_SCHEMA readers have
    /// always done; callers say what is wrong when it names none.
    /// </summary>
    public static bool TryParse(string? name, out VoTableDatatype datatype) => ByName.TryGetValue(name ?? string.Empty, out datatype);

    public static bool IsText(this VoTableDatatype datatype) => datatype is VoTableDatatype.Char or VoTableDatatype.UnicodeChar;
}
