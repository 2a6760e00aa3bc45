namespace SeedData.Generator.Survey;

/// <summary>Conversions between UTC date-times and the MJD (TAI) ObsCore uses for t_min and t_max.</summary>
public static class Time
{
    private static readonly DateTime MjdEpoch = new(1858, 11, 17, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>TAI − UTC since 2017-01-01.</summary>
    private static readonly TimeSpan TaiMinusUtc = TimeSpan.FromSeconds(37);

    public static double ToMjdTai(DateTime utc) => (utc + TaiMinusUtc - MjdEpoch).TotalDays;

    /// <summary>The date and time of an MJD in its own time scale (TAI for ObsCore's), to the millisecond.</summary>
    public static DateTime FromMjd(double mjd) => MjdEpoch.AddDays(mjd);

    /// <summary>Greenwich mean sidereal time in degrees (IAU 1982, good to a fraction of a second here).</summary>
    public static double GreenwichSiderealDegrees(DateTime utc)
    {
        var daysSinceJ2000 = (utc - new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc)).TotalDays;
        var gmst = (280.46061837 + 360.98564736629 * daysSinceJ2000) % 360;
        return gmst < 0 ? gmst + 360 : gmst;
    }

    /// <summary>Rubin's observing day: the UTC date twelve hours earlier, as yyyymmdd.</summary>
    public static int DayObs(DateTime utc)
    {
        var day = utc.AddHours(-12);
        return day.Year * 10000 + day.Month * 100 + day.Day;
    }
}
