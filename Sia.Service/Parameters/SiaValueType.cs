using VoTable;

namespace Sia.Service.Parameters;

/// <summary>How parameters' values are typed in a VOTable PARAM (DALI datatype, arraysize and xtype).</summary>
public static class SiaValueType
{
    public static readonly VoTableType Interval = new(VoTableDatatype.Double, "2", "interval");
    public static readonly VoTableType Shape = new(VoTableDatatype.Char, "*", "shape");
    public static readonly VoTableType Text = new(VoTableDatatype.Char, "*");
    public static readonly VoTableType Integer = new(VoTableDatatype.Long);
    public static readonly VoTableType Int = new(VoTableDatatype.Int);
}
