using System.Data.Common;
using System.Globalization;

namespace Tap.Service.Results;

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
        _fieldTypes[ordinal] == typeof(bool) ? _reader.GetBoolean(ordinal) : Convert.ToBoolean(_reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public short GetInt16(int ordinal) =>
        _fieldTypes[ordinal] == typeof(short) ? _reader.GetInt16(ordinal) : Convert.ToInt16(_reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public int GetInt32(int ordinal) =>
        _fieldTypes[ordinal] == typeof(int) ? _reader.GetInt32(ordinal) : Convert.ToInt32(_reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public long GetInt64(int ordinal) =>
        _fieldTypes[ordinal] == typeof(long) ? _reader.GetInt64(ordinal) : Convert.ToInt64(_reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public float GetSingle(int ordinal) =>
        _fieldTypes[ordinal] == typeof(float) ? _reader.GetFloat(ordinal) : Convert.ToSingle(_reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public double GetDouble(int ordinal) =>
        _fieldTypes[ordinal] == typeof(double) ? _reader.GetDouble(ordinal) : Convert.ToDouble(_reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public string GetString(int ordinal) =>
        _fieldTypes[ordinal] == typeof(string) ? _reader.GetString(ordinal) : Convert.ToString(_reader.GetValue(ordinal), CultureInfo.InvariantCulture) ?? string.Empty;

    public double[] GetDoubles(int ordinal) => _reader.GetValue(ordinal) switch
    {
        double[] doubles => doubles,
        float[] floats => Array.ConvertAll(floats, value => (double)value),
        var other => throw new InvalidCastException($"Column {_reader.GetName(ordinal)} holds {other.GetType().Name}, not an array of numbers."),
    };

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
