using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using ObsCore.Model.Geometry;

namespace Tap.Service.Admin.Load;

/// <summary>
/// Writes one row's values into a binary COPY, each with the PostgreSQL type of its staging column.
/// Synchronous on purpose: per-value async calls cost more than the I/O they would overlap here.
/// </summary>
internal static class BinaryRowWriter
{
    public static void Write(NpgsqlBinaryImporter importer, object?[] row)
    {
        importer.StartRow();
        foreach (var value in row)
        {
            switch (value)
            {
                case null: importer.WriteNull(); break;
                case string text: importer.Write(text, NpgsqlDbType.Text); break;
                case int number: importer.Write(number, NpgsqlDbType.Integer); break;
                case long number: importer.Write(number, NpgsqlDbType.Bigint); break;
                case short number: importer.Write(number, NpgsqlDbType.Smallint); break;
                case double number: importer.Write(number, NpgsqlDbType.Double); break;
                case float number: importer.Write(number, NpgsqlDbType.Real); break;
                case bool flag: importer.Write(flag, NpgsqlDbType.Boolean); break;
                // Columns are "timestamp without time zone" holding UTC; Npgsql refuses UTC-kind values for them.
                case DateTime time: importer.Write(DateTime.SpecifyKind(time, DateTimeKind.Unspecified), NpgsqlDbType.Timestamp); break;
                case SkyPolygon polygon: importer.Write(polygon.ToPgSphere(), NpgsqlDbType.Text); break;
                case SkyPoint point: importer.Write(PgSpherePoint(point), NpgsqlDbType.Text); break;
                default: throw new NotSupportedException($"Cannot load a value of type {value.GetType().Name}");
            }
        }
    }

    private static string PgSpherePoint(SkyPoint point) =>
        string.Create(CultureInfo.InvariantCulture, $"({SkyPolygon.Format(point.Ra)}d,{SkyPolygon.Format(point.Dec)}d)");
}
