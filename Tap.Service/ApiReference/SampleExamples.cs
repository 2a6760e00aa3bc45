namespace Tap.Service.ApiReference;

/// <summary>
/// Example values that run against the committed sample as an anonymous caller: the oldest visit
/// (released long before the embargo's six hours, however the sample's times are shifted at load),
/// its centre CCD, and a cone on the sample's sky. Tests run every example of the document.
/// </summary>
internal static class SampleExamples
{
    public const string Visit = "2026103100001";
    public const string CalexpId = "ivo://lsst.example.org/images?calexp/" + Visit + "/94";
    public const string RawId = "ivo://lsst.example.org/images?raw/" + Visit + "/94";
    public const string RawStorePath = "LSSTCam/raw/all/raw/" + Visit + "/94.fits";

    /// <summary>A small circle at the centre of <see cref="RawId"/>'s CCD, in degrees.</summary>
    public const string CircleOnTheCcd = "119.7779 -42.0487 0.01";

    /// <summary>One value for each SIAv2 parameter, by name, so every parameter has an example of its own.</summary>
    public static readonly IReadOnlyDictionary<string, string> SiaValues = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["POS"] = "CIRCLE 117.2 -42.0 0.5",
        ["BAND"] = "5.0e-7 5.5e-7",
        ["TIME"] = "60000 +Inf",
        ["POL"] = "I",
        ["FOV"] = "0.3 0.4",
        ["SPATRES"] = "0.5 1.0",
        ["EXPTIME"] = "15 60",
        ["ID"] = CalexpId,
        ["COLLECTION"] = "LSST.SIM",
        ["FACILITY"] = "Rubin:Simonyi",
        ["INSTRUMENT"] = "LSSTCam",
        ["DPTYPE"] = "image",
        ["CALIB"] = "2",
        ["TARGET"] = "WFD-0688",
        ["TIMERES"] = "0 100",
        ["SPECRP"] = "1 10",
        ["FORMAT"] = "application/x-votable+xml;content=datalink",
        ["LSST_VISIT"] = Visit,
        ["LSST_DETECTOR"] = "94",
        ["LSST_RAFT"] = "R22",
        ["LSST_CCD"] = "S11",
        ["LSST_BAND"] = "r",
        ["LSST_TRACT"] = "2407",
        ["LSST_PATCH"] = "50",
        ["DPSUBTYPE"] = "lsst.calexp",
    };

    /// <summary>Requests of several parameters, by example name: what the portal and newcomers ask most.</summary>
    public static readonly IReadOnlyList<(string Example, string Parameter, string Value)> SiaCombinations =
    [
        ("visit-raft", "LSST_VISIT", Visit),
        ("visit-raft", "LSST_RAFT", "R22"),
        ("cone-calexp", "POS", "CIRCLE 117.2 -42.0 0.5"),
        ("cone-calexp", "DPSUBTYPE", "lsst.calexp"),
        ("cone-calexp", "MAXREC", "100"),
        ("ccd-as-csv", "LSST_VISIT", Visit),
        ("ccd-as-csv", "LSST_DETECTOR", "94"),
        ("ccd-as-csv", "RESPONSEFORMAT", "csv"),
        ("self-description", "MAXREC", "0"),
    ];
}
