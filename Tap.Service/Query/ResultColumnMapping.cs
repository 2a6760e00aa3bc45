using Adql.Translation;
using Tap.Service.VoTable.Results;
using VoTable;

namespace Tap.Service.Query;

/// <summary>The compiler's description of a result column, as the result writers declare and read it.</summary>
public static class ResultColumnMapping
{
    public static ResultColumn ToResultColumn(OutputColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        // Timestamps arrive as finished text, so the writers copy them (Scalar); points and circles as
        // degrees the writers space-separate; polygons as pg_sphere text the writers read as degrees,
        // a region (char) to be written as STC-S.
        var encoding = column.Encoding switch
        {
            SqlValueEncoding.DegreesArray => ValueEncoding.DaliGeometry,
            SqlValueEncoding.PolygonText when column.Datatype == "char" => ValueEncoding.StcsPolygon,
            SqlValueEncoding.PolygonText => ValueEncoding.DaliGeometry,
            _ => ValueEncoding.Scalar,
        };
        return new ResultColumn(column.Name, ParseDatatype(column.Datatype), column.ArraySize, encoding)
        {
            XType = column.XType,
            Unit = column.Unit,
            Ucd = column.Ucd,
            Utype = column.Utype,
            Description = column.Description,
        };
    }

    private static VoTableDatatype ParseDatatype(string datatype) => datatype switch
    {
        "boolean" => VoTableDatatype.Boolean,
        "short" or "unsignedByte" => VoTableDatatype.Short,
        "int" => VoTableDatatype.Int,
        "long" => VoTableDatatype.Long,
        "float" => VoTableDatatype.Float,
        "double" => VoTableDatatype.Double,
        "char" => VoTableDatatype.Char,
        "unicodeChar" => VoTableDatatype.UnicodeChar,
        _ => throw new InvalidOperationException($"The compiler declared VOTable datatype '{datatype}', which the result writers do not know."),
    };
}
