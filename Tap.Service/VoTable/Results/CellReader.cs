using System.Data.Common;
using System.Globalization;
using Tap.Service.Protocol;

namespace Tap.Service.VoTable.Results;

/// <summary>
/// Reads the cells of the current row as the types the writers need. The typed getter is used
/// when the field already has that type (no boxing, the common case with Npgsql); otherwise the
/// value is converted, so that e.g. a <c>numeric</c> average can be declared as a double.
/// </summary>
internal sealed class CellReader
{
    private readonly DbDataReader _reader;
    private readonly Type[] _fieldTypes;

    public CellReader(DbDataReader reader)
    {
        _reader = reader;
        _fieldTypes = new Type[reader.FieldCount];
        for (var i = 0; i < _fieldTypes.Length; i++)
        {
            _fieldTypes[i] = reader.GetFieldType(i);
        }
    }

    public bool IsNull(int ordinal) => _reader.IsDBNull(ordinal);

    public bool GetBoolean(int ordinal) =>
        _fieldTypes[ordinal] == typeof(bool) ? _reader.GetBoolean(ordinal) : Converted(ordinal, value => Convert.ToBoolean(value, CultureInfo.InvariantCulture));

    public short GetInt16(int ordinal) =>
        _fieldTypes[ordinal] == typeof(short) ? _reader.GetInt16(ordinal) : Converted(ordinal, value => Convert.ToInt16(value, CultureInfo.InvariantCulture));

    public int GetInt32(int ordinal) =>
        _fieldTypes[ordinal] == typeof(int) ? _reader.GetInt32(ordinal) : Converted(ordinal, value => Convert.ToInt32(value, CultureInfo.InvariantCulture));

    public long GetInt64(int ordinal) =>
        _fieldTypes[ordinal] == typeof(long) ? _reader.GetInt64(ordinal) : Converted(ordinal, value => Convert.ToInt64(value, CultureInfo.InvariantCulture));

    public float GetSingle(int ordinal) =>
        _fieldTypes[ordinal] == typeof(float) ? _reader.GetFloat(ordinal) : Converted(ordinal, value => Convert.ToSingle(value, CultureInfo.InvariantCulture));

    public double GetDouble(int ordinal) =>
        _fieldTypes[ordinal] == typeof(double) ? _reader.GetDouble(ordinal) : Converted(ordinal, value => Convert.ToDouble(value, CultureInfo.InvariantCulture));

    public string GetString(int ordinal) =>
        _fieldTypes[ordinal] == typeof(string) ? _reader.GetString(ordinal) : Converted(ordinal, value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);

    /// <summary>Coordinates in degrees: from a float8[] or float4[], or from pg_sphere's text of a polygon (radians).</summary>
    public double[] GetDoubles(int ordinal) => _reader.GetValue(ordinal) switch
    {
        double[] doubles => doubles,
        float[] floats => Array.ConvertAll(floats, value => (double)value),
        string polygon => PgSpherePolygonText.VerticesInDegrees(polygon),
        var other => throw new InvalidCastException($"Column {_reader.GetName(ordinal)} holds {other.GetType().Name}, not an array of numbers."),
    };

    /// <summary>
    /// A value of another type, converted. PostgreSQL's numeric (e.g. a literal 1e-30, or an integer
    /// beyond bigint) has a range Npgsql's System.Decimal lacks, and a conversion may overflow the
    /// declared type: the user's query made that value, and ADQL's CAST to DOUBLE PRECISION delivers it.
    /// </summary>
    private T Converted<T>(int ordinal, Func<object, T> convert)
    {
        try
        {
            return convert(_reader.GetValue(ordinal));
        }
        catch (OverflowException overflow)
        {
            throw new DaliUsageException(
                $"Column {_reader.GetName(ordinal)} holds a value this service cannot deliver as {typeof(T).Name} ({overflow.Message}); "
                + "CAST the expression AS DOUBLE PRECISION in the query.",
                overflow);
        }
    }

    /// <summary>The instant in UTC; a timestamp without time zone is taken to be UTC already.</summary>
    public DateTime GetUtcTimestamp(int ordinal)
    {
        if (_fieldTypes[ordinal] == typeof(DateTimeOffset))
        {
            return _reader.GetFieldValue<DateTimeOffset>(ordinal).UtcDateTime;
        }

        var value = _reader.GetDateTime(ordinal);
        return value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
    }
}
