using System.Globalization;
using Npgsql;

namespace Harness;

/// <summary>One request of the fixed mix, as a client sends it.</summary>
/// <param name="Indexed">Answered through an index, so its latency should hardly grow with the data (the 10M-row target).</param>
internal sealed record MixQuery(string Name, string PathAndQuery, bool Indexed);

/// <summary>
/// The fixed mix of small queries, aimed at the loaded data: positions and ids are read from the
/// database (the middle visit and its central CCD), so every query finds rows at any data size.
/// </summary>
internal static class QueryMix
{
    /// <summary>
    /// The MAXREC every mix request sends, given explicitly so the harness compiles the SQL alike: above
    /// the service's default (10,000), which the SIAv2 CCD query outgrows at 10M rows (12,294 visits),
    /// so every answer is whole at the sizes measured.
    /// </summary>
    public const int MaxRec = 100_000;

    private const double ConeRadius = 0.5;
    private const double BoxHalfSize = 0.1;

    public static async Task<IReadOnlyList<MixQuery>> ChooseAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            """
            SELECT lsst_visit, s_ra, s_dec FROM ivoa.obscore
            WHERE dataproduct_subtype = 'lsst.calexp' AND lsst_raft = 'R22' AND lsst_ccd = 'S11'
              AND lsst_visit = (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY lsst_visit) FROM ivoa.obscore WHERE lsst_visit IS NOT NULL)
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new HarnessException("ivoa.obscore holds no calexp of the central CCD of its middle visit: is the data set loaded?");
        }

        var (visit, ra, dec) = (reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2));
        var halfWidth = BoxHalfSize / Math.Cos(double.DegreesToRadians(dec));
        return
        [
            Sia("SIAv2 cone 0.5°", ("POS", Invariant($"CIRCLE {ra} {dec} {ConeRadius}"))),
            Sia("SIAv2 visit + raft", ("LSST_VISIT", Invariant($"{visit}")), ("LSST_RAFT", "R22")),
            Sia("SIAv2 one CCD, all visits", ("LSST_RAFT", "R22"), ("LSST_CCD", "S11"), ("DPSUBTYPE", "lsst.calexp")),
            Tap("TAP cone (CONTAINS)", Invariant(
                $"SELECT obs_publisher_did, dataproduct_subtype, s_ra, s_dec, t_min, lsst_band FROM ivoa.obscore WHERE CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE('ICRS', {ra}, {dec}, {ConeRadius})) = 1")),
            Tap("TAP INTERSECTS polygon", Invariant(
                $"SELECT obs_publisher_did, s_region, t_min, t_max, lsst_band FROM ivoa.obscore WHERE INTERSECTS(s_region, POLYGON('ICRS', {ra - halfWidth}, {dec - BoxHalfSize}, {ra + halfWidth}, {dec - BoxHalfSize}, {ra + halfWidth}, {dec + BoxHalfSize}, {ra - halfWidth}, {dec + BoxHalfSize})) = 1")),
            Tap("TAP_SCHEMA columns", "SELECT column_name, datatype, arraysize, unit, ucd, description FROM TAP_SCHEMA.columns WHERE table_name = 'ivoa.obscore'", indexed: false),
        ];
    }

    /// <summary>A /tap/sync request for <paramref name="adql"/>; also used for the streaming measurement.</summary>
    public static string TapSyncPath(string adql, int maxRec, string responseFormat) =>
        "/tap/sync?" + Query(("LANG", "ADQL"), ("MAXREC", Invariant($"{maxRec}")), ("RESPONSEFORMAT", responseFormat), ("QUERY", adql));

    private static MixQuery Sia(string name, params (string Name, string Value)[] parameters) =>
        new(name, "/sia/query?" + Query([.. parameters, ("MAXREC", Invariant($"{MaxRec}"))]), Indexed: true);

    private static MixQuery Tap(string name, string adql, bool indexed = true) =>
        new(name, TapSyncPath(adql, MaxRec, "votable"), indexed);

    private static string Query(params (string Name, string Value)[] parameters) =>
        string.Join('&', parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
