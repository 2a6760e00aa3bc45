namespace Resilience.Tests.Support;

/// <summary>The requests the clients send: TAP sync, SIAv2 and DataLink on rows of the committed sample.</summary>
internal static class SampleRequests
{
    private const int Positions = 8;

    /// <summary>A mix of requests, interleaved so that consecutive ones go to different endpoints; built from rows read through the service.</summary>
    public static async Task<IReadOnlyList<string>> MixAsync(HttpClient http)
    {
        var csv = await http.GetStringAsync(new Uri(TapSync(
            $"SELECT TOP {Positions} obs_publisher_did, lsst_visit, s_ra, s_dec FROM ivoa.obscore "
            + "WHERE dataproduct_subtype = 'lsst.calexp' AND lsst_detector = 94 ORDER BY lsst_visit") + "&RESPONSEFORMAT=csv", UriKind.Relative));
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).Select(line => line.Split(',')).ToList();
        Assert.Equal(Positions, rows.Count);

        var requests = new List<string> { TapSync("SELECT lsst_band, COUNT(*) AS images FROM ivoa.obscore GROUP BY lsst_band") };
        foreach (var (did, visit, ra, dec) in rows.Select(row => (row[0], row[1], row[2], row[3])))
        {
            requests.Add(TapSync(
                "SELECT TOP 100 obs_publisher_did, s_ra, s_dec, lsst_visit, lsst_detector FROM ivoa.obscore "
                + $"WHERE 1 = CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE('ICRS', {ra}, {dec}, 0.2))"));
            requests.Add($"sia/query?POS={Uri.EscapeDataString($"CIRCLE {ra} {dec} 0.2")}&MAXREC=100");
            requests.Add($"datalink/links?ID={Uri.EscapeDataString(did)}");
            requests.Add(TapSync(
                "SELECT obs_publisher_did, dataproduct_subtype, lsst_detector, lsst_raft, lsst_ccd FROM ivoa.obscore "
                + $"WHERE lsst_visit = {visit} AND lsst_raft = 'R22'"));
            requests.Add($"sia/query?LSST_VISIT={visit}&LSST_RAFT=R22");
        }

        return requests;
    }

    public static string TapSync(string adql) => "tap/sync?LANG=ADQL&QUERY=" + Uri.EscapeDataString(adql);
}
