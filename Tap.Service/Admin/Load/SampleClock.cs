using ObsCore.Model;
using ObsCore.Model.Csv;

namespace Tap.Service.Admin.Load;

/// <summary>
/// Moves the committed sample's times to the present as `load --sample` reads it, so that whenever
/// the sample is loaded its newest night ended just now and its visits are still under embargo
/// (LSR-REQ-0126's 6 hours): every timestamp and ObsCore's t_min/t_max move by the same amount,
/// which keeps their order and spacing, and data_rights is set from the moved release date. Names
/// and IDs (which spell dates) stay as generated.
/// </summary>
internal sealed class SampleClock
{
    /// <summary>How long before the load the sample's newest exposure ends.</summary>
    public static readonly TimeSpan NewestExposureEndsBeforeLoad = TimeSpan.FromHours(1);

    private static readonly DateTime MjdZero = new(1858, 11, 17, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] MjdColumns = ["t_min", "t_max"];
    private const string Public = "public";
    private const string Proprietary = "proprietary";

    private readonly TimeSpan _shift;
    private readonly DateTime _now;

    private SampleClock(TimeSpan shift, DateTime now)
    {
        _shift = shift;
        _now = now;
    }

    public TimeSpan Shift => _shift;

    /// <summary>The clock that moves the data set in <paramref name="directory"/> so its newest exposure ends <see cref="NewestExposureEndsBeforeLoad"/> before <paramref name="utcNow"/>.</summary>
    public static SampleClock ToPresent(string directory, DateTime utcNow)
    {
        var obscore = ObsCoreTable.Definition;
        using var reader = CsvTableReader.Open(obscore, Path.Combine(directory, CsvTables.FileName(obscore)));
        var tMax = Position(obscore, "t_max");
        var newest = reader.Rows().Select(row => row[tMax]).OfType<double>().DefaultIfEmpty(ToMjd(utcNow)).Max();
        return new SampleClock(utcNow - NewestExposureEndsBeforeLoad - MjdZero.AddDays(newest), utcNow);
    }

    /// <summary>What moves the rows of <paramref name="table"/>, composed before <paramref name="then"/> when given.</summary>
    public Func<object?[], object?[]> For(TableDefinition table, Func<object?[], object?[]>? then = null)
    {
        var timestamps = Positions(table, column => column.Type == DataType.Timestamp);
        var mjds = table == ObsCoreTable.Definition ? Positions(table, column => MjdColumns.Contains(column.Name)) : [];
        var rights = table == ObsCoreTable.Definition ? Position(table, "data_rights") : -1;
        var release = table == ObsCoreTable.Definition ? Position(table, "obs_release_date") : -1;
        return row =>
        {
            foreach (var i in timestamps)
            {
                row[i] = row[i] is DateTime time ? time + _shift : row[i];
            }

            foreach (var i in mjds)
            {
                row[i] = row[i] is double mjd ? mjd + _shift.TotalDays : row[i];
            }

            if (rights >= 0 && row[rights] is Public or Proprietary && row[release] is DateTime released)
            {
                row[rights] = released > _now ? Proprietary : Public;
            }

            return then is null ? row : then(row);
        };
    }

    private static double ToMjd(DateTime utc) => (utc - MjdZero).TotalDays;

    private static int[] Positions(TableDefinition table, Func<ColumnDefinition, bool> selected) =>
        [.. table.Columns.Select((column, i) => (column, i)).Where(pair => selected(pair.column)).Select(pair => pair.i)];

    private static int Position(TableDefinition table, string name) => Positions(table, column => column.Name == name).Single();
}
