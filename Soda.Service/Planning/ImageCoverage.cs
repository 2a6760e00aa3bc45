using ObsCore.Model.Geometry;

namespace Soda.Service.Planning;

/// <summary>
/// An image's coverage as its ObsCore row gives it: the footprint (s_region), the band pass
/// (em_min, em_max in metres), the exposure (t_min, t_max in MJD) and the polarisation states
/// (pol_states, e.g. "/I/Q/U/"). Null is unknown; an image without pol_states has no polarisation state.
/// </summary>
public sealed record ImageCoverage(SkyPolygon? Footprint, double? EmMin, double? EmMax, double? TMin, double? TMax, string? PolStates)
{
    /// <summary>The states pol_states lists between its slashes (blanks also separate), as written there.</summary>
    public IReadOnlyList<string> PolarisationStates =>
        PolStates?.Split(['/', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
