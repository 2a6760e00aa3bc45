using System.Globalization;
using System.Net;
using Dapper;
using Integration.Tests.Tap;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Integration.Tests.Sia;

/// <summary>
/// pyvo's SIAv2 client (SIAService in pyvo 1.2, SIA2Service from 1.4) against the service on a real
/// socket: each search returns the rows of the equivalent hand-written ADQL through TAP.
/// </summary>
[Collection(TapTests.Name)]
public sealed class PyvoSiaTests(TapFixture tap)
{
    private const string Script = """
        import sys, warnings
        warnings.simplefilter("ignore")
        import astropy.units as u
        from astropy.time import Time
        from pyvo.dal import sia2
        Service = getattr(sia2, "SIA2Service", None) or sia2.SIAService
        service = Service(sys.argv[1])
        searches = {
            "circle": dict(pos=(117.2 * u.deg, -42.0 * u.deg, 0.3 * u.deg), calib_level=2),
            "range": dict(pos=(117 * u.deg, 117.5 * u.deg, -42.2 * u.deg, -41.9 * u.deg), band=(4.8e-7 * u.m, 7e-7 * u.m)),
            "polygon": dict(pos=(117 * u.deg, -42.2 * u.deg, 117.5 * u.deg, -42.2 * u.deg, 117.2 * u.deg, -41.9 * u.deg), instrument="LSSTCam"),
            "time": dict(time=(Time(float(sys.argv[2]), format="mjd"), Time(float(sys.argv[3]), format="mjd")), calib_level=2, collection="LSST.SIM", maxrec=500),
        }
        print("maxrec", len(service.search(calib_level=1, maxrec=5)))
        for name, arguments in searches.items():
            rows = service.search(**arguments)
            print(name, len(rows), ",".join(sorted(str(did) for did in rows["obs_publisher_did"])))
        """;

    private static readonly (string Name, string Where)[] Equivalents =
    [
        ("circle", "INTERSECTS(s_region, CIRCLE('ICRS', 117.2, -42.0, 0.3)) = 1 AND calib_level = 2"),
        ("range", "INTERSECTS(s_region, POLYGON('ICRS', 117, -42.2, 117.5, -42.2, 117.5, -41.9, 117, -41.9)) = 1 AND 4.8E-07 <= em_max AND em_min <= 7E-07"),
        ("polygon", "INTERSECTS(s_region, POLYGON('ICRS', 117, -42.2, 117.5, -42.2, 117.2, -41.9)) = 1 AND instrument_name = 'LSSTCam'"),
        ("time", "{from} <= t_max AND t_min <= {to} AND calib_level = 2 AND obs_collection = 'LSST.SIM'"),
    ];

    [Fact]
    public async Task Pyvo_searches_return_the_rows_of_the_equivalent_adql()
    {
        var port = FreePort.Next();
        var root = $"http://127.0.0.1:{port}";
        using var host = tap.Host(("Service:PublicBaseUrl", root), ("Query:DefaultMaxRec", "10000"), ("Query:HardMaxRec", "100000"));
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        host.StartServer();
        using var client = new HttpClient { BaseAddress = new Uri(root) };

        // The first exposure's start: load --sample moves the sample's times to the present.
        await using var connection = new NpgsqlConnection(tap.Database.AdminConnectionString);
        var first = await connection.ExecuteScalarAsync<double>("SELECT min(t_min) FROM ivoa.obscore WHERE lsst_visit IS NOT NULL");
        var from = (first + 1e-5).ToString("R", CultureInfo.InvariantCulture);
        var to = (first + 2e-5).ToString("R", CultureInfo.InvariantCulture);
        var (exitCode, output) = await ExternalTool.RunAsync("/usr/bin/python3", "apt-get install -y python3-pyvo", "-c", Script, root + "/sia", from, to);

        Assert.True(exitCode == 0, output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (name, where) in Equivalents)
        {
            var result = await TapResponse.GetAsync(
                client, ("LANG", "ADQL"), ("MAXREC", "100000"), ("QUERY", "SELECT obs_publisher_did FROM ivoa.obscore WHERE " + where.Replace("{from}", from, StringComparison.Ordinal).Replace("{to}", to, StringComparison.Ordinal)));
            Assert.Equal(HttpStatusCode.OK, result.Status);
            var dids = result.Rows.Select(row => row[0]).Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(dids);
            Assert.Equal($"{name} {dids.Count} {string.Join(',', dids)}", lines.Single(line => line.StartsWith(name + " ", StringComparison.Ordinal)));
        }

        Assert.Contains("maxrec 5", lines);
    }
}
