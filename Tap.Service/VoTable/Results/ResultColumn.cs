using VoTable;

namespace Tap.Service.VoTable.Results;

/// <summary>
/// One column of a query result: what its FIELD declares and how the database value is encoded.
/// </summary>
/// <param name="ArraySize">VOTable arraysize: null for one value, "n" for exactly n, "*" or "n*" for a variable count.</param>
internal sealed record ResultColumn(
    string Name,
    VoTableDatatype Datatype,
    string? ArraySize = null,
    ValueEncoding Encoding = ValueEncoding.Scalar)
{
    public string? Unit { get; init; }

    public string? Ucd { get; init; }

    public string? Utype { get; init; }

    public string? XType { get; init; }

    public string? Description { get; init; }

    /// <summary>The FIELD's XML ID, for references such as a DataLink descriptor's ID parameter.</summary>
    public string? Id { get; init; }

    public bool IsVariableLength => ArraySize is not null && ArraySize.EndsWith('*');

    /// <summary>A timestamp column (DALI xtype timestamp).</summary>
    public static ResultColumn Timestamp(string name) =>
        new(name, VoTableDatatype.Char, "*", ValueEncoding.Timestamp) { XType = "timestamp" };

    /// <summary>A polygon published as STC-S text (xtype adql:REGION, as ObsCore's s_region).</summary>
    public static ResultColumn StcsPolygon(string name) =>
        new(name, VoTableDatatype.Char, "*", ValueEncoding.StcsPolygon) { XType = "adql:REGION" };

    /// <summary>A DALI geometry as a double array: point ("2"), circle ("3") or polygon ("*"), in degrees.</summary>
    public static ResultColumn DaliGeometry(string name, string xtype, string arraySize) =>
        new(name, VoTableDatatype.Double, arraySize, ValueEncoding.DaliGeometry) { XType = xtype, Unit = "deg" };

    /// <summary>Exactly <c>n</c> for arraysize "n"; null when the count varies, there is no arraysize, or it is not a count.</summary>
    public int? FixedCount =>
        ArraySize is not null && !IsVariableLength
        && int.TryParse(ArraySize, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            ? count
            : null;

    /// <summary>The values of one array cell, checked against a fixed arraysize (a point has exactly two).</summary>
    public double[] CheckCount(double[] values)
    {
        return FixedCount is { } count && values.Length != count
            ? throw new InvalidOperationException($"Column {Name} declares {count} values but a row holds {values.Length}.")
            : values;
    }

    /// <summary>Throws when the encoding and the declared type cannot go together.</summary>
    public void Validate()
    {
        var valid = IsWritten(Datatype) && Encoding switch
        {
            ValueEncoding.Scalar => ArraySize is null || Datatype.IsText(),
            ValueEncoding.DaliGeometry => Datatype == VoTableDatatype.Double && ArraySize is not null,
            ValueEncoding.StcsPolygon or ValueEncoding.Timestamp => Datatype == VoTableDatatype.Char && IsVariableLength,
            _ => false,
        };
        if (!valid || (ArraySize is not null && !IsVariableLength && FixedCount is not > 0))
        {
            throw new ArgumentException($"Result column {Name}: {Encoding} values cannot be written as datatype {Datatype.ToVoTableName()} with arraysize '{ArraySize}'.");
        }
    }

    /// <summary>The datatypes the writers encode; published columns never need bit, unsignedByte or complex numbers.</summary>
    private static bool IsWritten(VoTableDatatype datatype) =>
        datatype is not (VoTableDatatype.Bit or VoTableDatatype.UnsignedByte or VoTableDatatype.FloatComplex or VoTableDatatype.DoubleComplex);
}
