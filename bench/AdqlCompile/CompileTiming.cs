using System.Diagnostics;
using Adql;
using Adql.Semantics;

namespace AdqlCompile;

/// <summary>
/// How long one <see cref="AdqlCompiler.Compile"/> call takes, and the typical ObsCore queries to time
/// it on. Shared by this bench and the harness (bench/Harness), which also times the queries it sends.
/// </summary>
public static class CompileTiming
{
    private const int WarmUp = 2_000;
    private const int Runs = 5_000;

    public static IReadOnlyList<(string Name, string Adql)> TypicalQueries { get; } =
    [
        ("cone (CONTAINS)", "SELECT * FROM ivoa.obscore WHERE CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE('ICRS', 10.5, -30.2, 0.5)) = 1"),
        ("cone (DISTANCE)", "SELECT TOP 100 obs_id, access_url, DISTANCE(POINT(s_ra, s_dec), POINT(10.5, -30.2)) AS dist FROM ivoa.obscore WHERE DISTANCE(POINT(s_ra, s_dec), POINT(10.5, -30.2)) < 0.2 ORDER BY dist"),
        ("SIA-like footprint+time+band", "SELECT obs_publisher_did, access_url, access_format, s_region, t_min, t_max, em_min, em_max FROM ivoa.obscore WHERE INTERSECTS(s_region, CIRCLE(10.5, -30.2, 0.1)) = 1 AND calib_level IN (2, 3) AND t_min < 60010.5 AND t_max > 60000 AND em_min < 5.5e-7 AND em_max > 4.0e-7 AND dataproduct_type = 'image'"),
        ("polygon", "SELECT obs_id, s_region FROM ivoa.obscore WHERE INTERSECTS(s_region, POLYGON('ICRS', 10, -30, 11, -30, 11, -29, 10, -29)) = 1"),
        ("visit and detectors", "SELECT obs_id, access_url, lsst_raft, lsst_ccd FROM ivoa.obscore WHERE lsst_visit = 2024120100042 AND lsst_detector IN (10, 11, 12, 94) AND dataproduct_subtype = 'lsst.calexp'"),
        ("count by band", "SELECT lsst_band, COUNT(*) AS n, MIN(t_min) AS first, MAX(t_max) AS last FROM ivoa.obscore WHERE calib_level = 2 GROUP BY lsst_band ORDER BY lsst_band"),
        ("time overlap (UDF)", "SELECT obs_id, gavo_mjd_to_ts(t_min) AS start FROM ivoa.obscore WHERE ivo_interval_overlaps(t_min, t_max, 60000.1, 60000.2) = 1 ORDER BY t_min"),
        ("pattern, order, offset", "SELECT TOP 50 obs_id, obs_title, obs_release_date FROM ivoa.obscore WHERE obs_id LIKE 'raw%' AND lsst_band = 'r' ORDER BY obs_release_date DESC OFFSET 100"),
        ("correlated subquery", "SELECT o.obs_id, o.t_min FROM ivoa.obscore AS o WHERE o.calib_level = 1 AND EXISTS (SELECT 1 FROM ivoa.obscore AS c WHERE c.lsst_visit = o.lsst_visit AND c.calib_level = 2)"),
        ("CTE and UNION", "WITH deep AS (SELECT obs_id, s_ra, s_dec FROM ivoa.obscore WHERE dataproduct_subtype = 'lsst.deepCoadd') SELECT obs_id FROM deep WHERE s_dec < -30 UNION SELECT obs_id FROM deep WHERE s_ra > 350"),
    ];

    /// <summary>
    /// Compiles <paramref name="adql"/> many times after a warm-up and returns the median and 90th
    /// percentile of one call; throws when it does not compile, since timing a failure means nothing.
    /// </summary>
    public static CompileTime Measure(string name, string adql, ICatalogue catalogue, CompileOptions options)
    {
        var check = AdqlCompiler.Compile(adql, catalogue, options);
        if (!check.Succeeded)
        {
            throw new InvalidOperationException($"{name}: {string.Join("; ", check.Diagnostics)}");
        }

        for (var i = 0; i < WarmUp; i++)
        {
            AdqlCompiler.Compile(adql, catalogue, options);
        }

        var times = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            AdqlCompiler.Compile(adql, catalogue, options);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(times);
        return new CompileTime(times[Runs / 2], times[Runs * 9 / 10]);
    }
}

/// <summary>Time of one compilation, in microseconds.</summary>
public readonly record struct CompileTime(double MedianMicroseconds, double P90Microseconds);
