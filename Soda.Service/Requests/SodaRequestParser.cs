using Dali;
using ObsCore.Model;
using Soda.Service.Faults;
using Soda.Service.Parameters;
using Soda.Service.Shapes;
using Soda.Service.Values;

namespace Soda.Service.Requests;

/// <summary>
/// Reads a SODA request from its DALI parameters (names in any case; others ignored). A blank value
/// is no value, since clients that build a form from a service descriptor send every field. Every
/// value is checked before the counts, so a malformed value is reported as such in either mode. In a
/// sync request, where ID, the region, BAND and TIME are single-valued, a value repeated as it was
/// is one value, by DALI's rule for single-valued parameters.
/// </summary>
public static class SodaRequestParser
{
    public static SodaRequest Parse(DaliParameters parameters, SodaMode mode)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var ids = Values(parameters, SodaParameters.Id, mode);
        if (ids.Count == 0)
        {
            throw new DaliParameterException(SodaParameters.Id.Name, "missing: give the identifier of the dataset to cut (its obs_publisher_did)");
        }

        var spatial = SpatialParameter(parameters);
        var shapes = spatial is null ? [] : Values(parameters, spatial, mode).Select(value => ParseShape(spatial, value)).ToList();
        var bands = Values(parameters, SodaParameters.Band, mode).Select(value => Interval.Parse(SodaParameters.Band.Name, value)).ToList();
        var times = Values(parameters, SodaParameters.Time, mode).Select(value => Interval.Parse(SodaParameters.Time.Name, value)).ToList();
        var states = Values(parameters, SodaParameters.Pol, mode).Select(PolarisationState).Distinct().ToList();

        if (mode == SodaMode.Sync)
        {
            OneAtMost(SodaParameters.Id, ids.Count);
            OneAtMost(spatial, shapes.Count);
            OneAtMost(SodaParameters.Band, bands.Count);
            OneAtMost(SodaParameters.Time, times.Count);
        }

        return new SodaRequest(ids, shapes, bands, times, states);
    }

    private static List<string> Values(DaliParameters parameters, SodaParameter parameter, SodaMode mode)
    {
        var given = parameters.GetValues(parameter.Name).Where(value => !string.IsNullOrWhiteSpace(value));
        return (mode == SodaMode.Sync ? given.Distinct(StringComparer.Ordinal) : given).ToList();
    }

    /// <summary>The one of POS, CIRCLE and POLYGON the request gives, if any: one region cannot be written in two of them.</summary>
    private static SodaParameter? SpatialParameter(DaliParameters parameters)
    {
        var given = SodaParameters.Spatial.Where(p => parameters.GetValues(p.Name).Any(value => !string.IsNullOrWhiteSpace(value))).ToList();
        return given.Count <= 1
            ? given.SingleOrDefault()
            : throw new DaliParameterException(given[0].Name,
                $"cannot be combined with {string.Join(" or ", given.Skip(1).Select(p => p.Name))}: give the region in one of POS, CIRCLE or POLYGON");
    }

    private static SodaShape ParseShape(SodaParameter parameter, string value) =>
        parameter == SodaParameters.Circle ? ShapeParser.ParseCircle(parameter.Name, value)
        : parameter == SodaParameters.Polygon ? ShapeParser.ParsePolygon(parameter.Name, value)
        : ShapeParser.ParsePos(parameter.Name, value);

    /// <summary>One of SODA's states ignoring case, spelt as pol_states spells it.</summary>
    private static string PolarisationState(string value) =>
        PolarisationStates.All.FirstOrDefault(state => string.Equals(state, value.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw DaliParameterException.NotOneOf(SodaParameters.Pol.Name, value.Trim(), PolarisationStates.All);

    /// <summary>A sync request makes one cutout: several values of one of these parameters need the async resource (POL excepted, §3.3.6).</summary>
    private static void OneAtMost(SodaParameter? parameter, int count)
    {
        if (parameter is not null && count > 1)
        {
            throw new MultiValuedParamNotSupportedException(parameter.Name, count,
                "a synchronous request takes one; send one request per value, or all of them to the asynchronous resource");
        }
    }
}
