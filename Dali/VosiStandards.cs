namespace Dali;

/// <summary>The standardIDs of the VOSI 1.1 endpoints every DALI service has.</summary>
public static class VosiStandards
{
    public const string Availability = "ivo://ivoa.net/std/VOSI#availability";
    public const string Capabilities = "ivo://ivoa.net/std/VOSI#capabilities";
}
