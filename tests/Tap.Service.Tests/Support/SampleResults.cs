using System.Data;
using Tap.Service.VoTable.Results;
using VoTable;

namespace Tap.Service.Tests.Support;

/// <summary>A small result with every kind of column and the awkward values each format must survive.</summary>
internal static class SampleResults
{
    public const string Awkward = "a<b & c>\"d\" 'e'\ttab\r\nline\u0001ctl é ✓ 😀";

    public static readonly ResultColumn[] Columns =
    [
        new("id", VoTableDatatype.Int) { Ucd = "meta.id", Description = "Row <number> & more" },
        new("visit", VoTableDatatype.Long),
        new("detector", VoTableDatatype.Short),
        new("flux", VoTableDatatype.Double) { Unit = "nJy" },
        new("seeing", VoTableDatatype.Float) { Unit = "arcsec" },
        new("good", VoTableDatatype.Boolean),
        // Non-ASCII text is unicodeChar: VOTable 1.4 char is ASCII (astropy warns otherwise).
        new("note", VoTableDatatype.UnicodeChar, "*"),
        ResultColumn.DaliGeometry("pos", "point", "2"),
        ResultColumn.DaliGeometry("cone", "circle", "3"),
        ResultColumn.StcsPolygon("s_region"),
        ResultColumn.Timestamp("obs_date"),
        new("obs_publisher_did", VoTableDatatype.Char, "*") { Ucd = "meta.ref.ivoid", Utype = "obscore:Curation.PublisherDID" },
    ];

    /// <summary>Row 1: ordinary values; row 2: the awkward ones; row 3: all nulls.</summary>
    public static DataTable Table()
    {
        var table = new DataTable();
        table.Columns.Add("id", typeof(int));
        table.Columns.Add("visit", typeof(long));
        table.Columns.Add("detector", typeof(short));
        table.Columns.Add("flux", typeof(double));
        table.Columns.Add("seeing", typeof(float));
        table.Columns.Add("good", typeof(bool));
        table.Columns.Add("note", typeof(string));
        table.Columns.Add("pos", typeof(double[]));
        table.Columns.Add("cone", typeof(double[]));
        table.Columns.Add("s_region", typeof(double[]));
        table.Columns.Add("obs_date", typeof(DateTime));
        table.Columns.Add("obs_publisher_did", typeof(string));
        table.Rows.Add(
            1, 2025_01_01_00042L, (short)94, 0.1, 0.75f, true, "plain",
            Doubles(150.25, -2.5), Doubles(150.25, -2.5, 0.1), Doubles(10.0, 20.0, 11.0, 20.0, 11.0, 21.0),
            new DateTime(2025, 1, 2, 3, 4, 5, 678, DateTimeKind.Unspecified), "ivo://example.org/lsst?calexp/1");
        table.Rows.Add(
            -2, long.MinValue, short.MaxValue, double.NaN, float.PositiveInfinity, false, Awkward,
            Doubles(1e-300, 359.99999999999994), Doubles(0.0, -90.0, 1e20), Doubles(0.0, 0.0, 1.0, 0.0, 0.0, 1.0),
            new DateTime(2025, 12, 31, 23, 59, 59, DateTimeKind.Utc), "ivo://example.org/lsst?calexp/2&x=<y>");
        table.Rows.Add([.. Enumerable.Repeat<object>(DBNull.Value, table.Columns.Count)]);
        return table;
    }

    /// <summary>A fresh array per row, as a database reader returns them.</summary>
    public static double[] Doubles(params double[] values) => values;

    /// <summary>A table of <paramref name="rows"/> rows with one int column "n" counting from 1.</summary>
    public static DataTable Counting(int rows)
    {
        var table = new DataTable();
        table.Columns.Add("n", typeof(int));
        for (var i = 1; i <= rows; i++)
        {
            table.Rows.Add(i);
        }

        return table;
    }

    public static readonly ResultColumn[] CountingColumns = [new("n", VoTableDatatype.Int)];
}
