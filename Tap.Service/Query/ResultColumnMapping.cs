using Adql.Translation;
using Tap.Service.VoTable.Results;
using VoTable;

namespace Tap.Service.Query;

/// <summary>The compiler's description of a result column, as the result writers declare and read it.</summary>
internal static class ResultColumnMapping
{
    public static ResultColumn ToResultColumn(OutputColumn column)
    {
        var datatype = WrittenDatatype(column.VoTable.Datatype);
        // Timestamps arrive as finished text, so the writers copy them (Scalar); points and circles as
        // degrees the writers space-separate; polygons as pg_sphere text the writers read as degrees,
        // a region (char) to be written as STC-S.
        var encoding = column.Encoding switch
        {
            SqlValueEncoding.DegreesArray => ValueEncoding.DaliGeometry,
            SqlValueEncoding.PolygonText when datatype == VoTableDatatype.Char => ValueEncoding.StcsPolygon,
            SqlValueEncoding.PolygonText => ValueEncoding.DaliGeometry,
            _ => ValueEncoding.Scalar,
        };
        return new ResultColumn(column.Name, datatype, column.VoTable.ArraySize, encoding)
        {
            XType = column.VoTable.XType,
            Unit = column.Unit,
            Ucd = column.Ucd,
            Utype = column.Utype,
            Description = column.Description,
        };
    }

    /// <summary>
    /// A catalogue may declare unsignedByte (ADQL reads it as SMALLINT); the writers write it as the
    /// short it is read as. Other datatypes the writers lack are refused by <see cref="ResultColumn.Validate"/>.
    /// </summary>
    private static VoTableDatatype WrittenDatatype(VoTableDatatype declared) =>
        declared == VoTableDatatype.UnsignedByte ? VoTableDatatype.Short : declared;
}
