namespace Tap.Service.VoTable.Results;

/// <summary>The VOTable primitive datatypes our results use.</summary>
public enum VoTableDatatype
{
    Boolean,
    Short,
    Int,
    Long,
    Float,
    Double,
    /// <summary>Text; written as UTF-8 (what VOTable 1.5 allows and clients read).</summary>
    Char,
    /// <summary>Text as UCS-2 in BINARY2.</summary>
    UnicodeChar,
}

public static class VoTableDatatypeExtensions
{
    public static string ToVoTableName(this VoTableDatatype datatype) => datatype switch
    {
        VoTableDatatype.Boolean => "boolean",
        VoTableDatatype.Short => "short",
        VoTableDatatype.Int => "int",
        VoTableDatatype.Long => "long",
        VoTableDatatype.Float => "float",
        VoTableDatatype.Double => "double",
        VoTableDatatype.Char => "char",
        VoTableDatatype.UnicodeChar => "unicodeChar",
        _ => throw new ArgumentOutOfRangeException(nameof(datatype), datatype, null),
    };

    public static bool IsText(this VoTableDatatype datatype) => datatype is VoTableDatatype.Char or VoTableDatatype.UnicodeChar;
}
