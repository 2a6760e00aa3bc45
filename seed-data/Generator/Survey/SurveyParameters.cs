using ObsCore.Model;

namespace SeedData.Generator.Survey;

/// <summary>Everything the generated data set depends on: the same parameters give the same rows.</summary>
/// <param name="Visits">Number of visits to generate.</param>
/// <param name="Seed">Seed of the random choices (fields, bands, dithers, rotations); the seeing follows from the visit identifier.</param>
/// <param name="Now">Reference time (UTC): the last visit ends an hour before it, and the embargo is judged against it.</param>
/// <param name="PublicBaseUrl">Base URL of the service, for the DataLink access URLs.</param>
public sealed record SurveyParameters(int Visits, int Seed, DateTime Now, string PublicBaseUrl = DataLinkAccess.DefaultPublicBaseUrl)
{
    /// <summary>How long new data stay proprietary; LSST's minimum for prompt data (LSR-REQ-0126, L1PublicTMin).</summary>
    public TimeSpan Embargo { get; init; } = TimeSpan.FromHours(6);

    public int VisitsPerNight { get; init; } = 50;

    /// <summary>Naming authority of the publisher DIDs.</summary>
    public string Authority { get; init; } = "lsst.example.org";

    public string Collection { get; init; } = "LSST.SIM";

    /// <summary>The committed sample: 20 visits over two nights, the second still under embargo.</summary>
    public static SurveyParameters Sample { get; } =
        new(20, 20261102, new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc)) { VisitsPerNight = 10 };
}
