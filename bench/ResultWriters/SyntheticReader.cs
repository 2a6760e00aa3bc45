using System.Collections;
using System.Data.Common;

namespace ResultWriters;

/// <summary>
/// An ObsCore-like result of any length, generated on the fly. Strings and arrays come from a
/// small fixed pool, so the allocations measured are the writers' own, not the source's.
/// </summary>
internal sealed class SyntheticReader(long rowCount) : DbDataReader
{
    private const int PoolSize = 16;

    private static readonly (string Name, Type Type)[] Fields =
    [
        ("obs_id", typeof(long)), ("detector", typeof(short)), ("band_id", typeof(int)),
        ("s_ra", typeof(double)), ("s_dec", typeof(double)), ("em_min", typeof(float)),
        ("is_good", typeof(bool)), ("obs_publisher_did", typeof(string)), ("s_region", typeof(double[])),
        ("pos", typeof(double[])), ("t_min", typeof(DateTime)),
    ];

    private static readonly string[] Dids = [.. Enumerable.Range(0, PoolSize).Select(i => $"ivo://example.org/lsst?repo/calexp/{i}/R22_S11")];

    private static readonly double[][] Polygons = [.. Enumerable.Range(0, PoolSize).Select(i => new[] { i, -30.0, i + 0.2, -30.0, i + 0.2, -29.8, i, -29.8 })];

    private static readonly double[][] Points = [.. Enumerable.Range(0, PoolSize).Select(i => new[] { i + 0.1, -29.9 })];

    private long _row = -1;

    public override int FieldCount => Fields.Length;

    public override bool HasRows => rowCount > 0;

    public override bool IsClosed => false;

    public override int RecordsAffected => -1;

    public override int Depth => 0;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool Read() => ++_row < rowCount;

    public override Task<bool> ReadAsync(CancellationToken cancellationToken) => Read() ? TrueTask : FalseTask;

    public override bool NextResult() => false;

    public override Type GetFieldType(int ordinal) => Fields[ordinal].Type;

    public override string GetName(int ordinal) => Fields[ordinal].Name;

    public override int GetOrdinal(string name) => Array.FindIndex(Fields, field => field.Name == name);

    public override string GetDataTypeName(int ordinal) => Fields[ordinal].Type.Name;

    public override bool IsDBNull(int ordinal) => ordinal == 5 && _row % 10 == 0;

    public override long GetInt64(int ordinal) => 2025_0101_00000 + _row;

    public override short GetInt16(int ordinal) => (short)(_row % 189);

    public override int GetInt32(int ordinal) => (int)(_row % 6);

    public override double GetDouble(int ordinal) => ordinal == 3 ? _row * 1e-6 % 360 : -30 + _row * 1e-7;

    public override float GetFloat(int ordinal) => 3.5e-7f + _row % 100 * 1e-9f;

    public override bool GetBoolean(int ordinal) => _row % 3 != 0;

    public override string GetString(int ordinal) => Dids[_row % PoolSize];

    public override DateTime GetDateTime(int ordinal) => new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(_row * 30.5);

    public override object GetValue(int ordinal) => ordinal switch
    {
        8 => Polygons[_row % PoolSize],
        9 => Points[_row % PoolSize],
        _ => throw new NotSupportedException("The writers read typed values; boxing would distort the measurement."),
    };

    public override int GetValues(object[] values) => throw new NotSupportedException();

    public override byte GetByte(int ordinal) => throw new NotSupportedException();

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override char GetChar(int ordinal) => throw new NotSupportedException();

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override decimal GetDecimal(int ordinal) => throw new NotSupportedException();

    public override Guid GetGuid(int ordinal) => throw new NotSupportedException();

    public override IEnumerator GetEnumerator() => throw new NotSupportedException();

    private static readonly Task<bool> TrueTask = Task.FromResult(true);
    private static readonly Task<bool> FalseTask = Task.FromResult(false);
}
