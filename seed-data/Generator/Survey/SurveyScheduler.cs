using ObsCore.Model.Geometry;
using SeedData.Generator.Geometry;

namespace SeedData.Generator.Survey;

/// <summary>
/// Schedules visits the way the survey observes: each night works through blocks of five neighbouring
/// fields near the meridian, observing each block twice in two adjacent bands (a visit pair), one
/// visit every 37 s (30 s exposure, readout and slew) plus two minutes per filter change. Nights are a
/// day apart and the last visit ends an hour before the reference time.
/// </summary>
public static class SurveyScheduler
{
    private const double SiteLongitudeDegrees = -70.7494;
    private const int FieldsPerBlock = 5;
    private const double MaxHourAngleDegrees = 30;
    private const double MaxDitherDegrees = 0.2;
    private static readonly TimeSpan VisitCadence = TimeSpan.FromSeconds(37);
    private static readonly TimeSpan FilterChange = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan LatencyBeforeNow = TimeSpan.FromHours(1);

    public static IReadOnlyList<Visit> Schedule(SurveyParameters parameters)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parameters.Visits);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parameters.VisitsPerNight);

        var random = new Random(parameters.Seed);
        var nights = (parameters.Visits + parameters.VisitsPerNight - 1) / parameters.VisitsPerNight;
        var lastNightVisits = parameters.Visits - (nights - 1) * parameters.VisitsPerNight;
        var lastNightStart = parameters.Now - LatencyBeforeNow - (Offsets(lastNightVisits)[^1] + Visit.ExposureTime);

        var visits = new List<Visit>(parameters.Visits);
        var sequenceNumbers = new Dictionary<int, int>();
        for (var night = 0; night < nights; night++)
        {
            var count = night == nights - 1 ? lastNightVisits : parameters.VisitsPerNight;
            var nightStart = lastNightStart - TimeSpan.FromDays(nights - 1 - night);
            var offsets = Offsets(count);
            for (var blockStart = 0; blockStart < count; blockStart += 2 * FieldsPerBlock)
            {
                var fields = ChooseBlock(random, nightStart + offsets[blockStart]);
                var (firstBand, secondBand) = ChooseBandPair(random);
                for (var i = blockStart; i < Math.Min(count, blockStart + 2 * FieldsPerBlock); i++)
                {
                    var start = nightStart + offsets[i];
                    var dayObs = Time.DayObs(start);
                    var sequence = sequenceNumbers[dayObs] = sequenceNumbers.GetValueOrDefault(dayObs) + 1;
                    var isFirstPass = i - blockStart < FieldsPerBlock;
                    var band = isFirstPass ? firstBand : secondBand;
                    var field = fields[(i - blockStart) % FieldsPerBlock];
                    var id = dayObs * 100000L + sequence;
                    visits.Add(new Visit(
                        id,
                        start,
                        band,
                        Dither(random, field.Centre),
                        random.NextDouble() * 180 - 90,
                        Visit.Seeing(id, band),
                        field.Id));
                }
            }
        }

        return visits;
    }

    /// <summary>Start of each visit from the start of the night: band changes at every half block.</summary>
    private static TimeSpan[] Offsets(int count)
    {
        var offsets = new TimeSpan[count];
        for (var i = 1; i < count; i++)
        {
            var bandChanges = i % FieldsPerBlock == 0;
            offsets[i] = offsets[i - 1] + VisitCadence + (bandChanges ? FilterChange : TimeSpan.Zero);
        }

        return offsets;
    }

    /// <summary>A random field within two hours of the meridian and its nearest neighbours, observed together.</summary>
    private static SurveyField[] ChooseBlock(Random random, DateTime start)
    {
        var localSidereal = Time.GreenwichSiderealDegrees(start) + SiteLongitudeDegrees;
        var nearMeridian = SurveyField.Tiling
            .Where(f => Math.Abs(Math.IEEERemainder(localSidereal - f.Centre.Ra, 360)) <= MaxHourAngleDegrees)
            .ToArray();
        var anchor = nearMeridian[random.Next(nearMeridian.Length)];
        return [.. nearMeridian.OrderBy(f => f.Centre.SeparationDegrees(anchor.Centre)).ThenBy(f => f.Id).Take(FieldsPerBlock)];
    }

    private static (Band First, Band Second) ChooseBandPair(Random random)
    {
        var first = random.Next(Band.All.Count - 1);
        return (Band.All[first], Band.All[first + 1]);
    }

    private static SkyPoint Dither(Random random, SkyPoint centre)
    {
        var radius = double.DegreesToRadians(MaxDitherDegrees) * Math.Sqrt(random.NextDouble());
        var angle = 2 * Math.PI * random.NextDouble();
        return new TangentPlane(centre).ToSky(radius * Math.Cos(angle), radius * Math.Sin(angle));
    }
}
