namespace Fits.Wcs;

/// <summary>
/// The reference frame a header's celestial coordinates are given in (RADESYS). Both are accepted
/// as they are, without conversion: FK5 J2000 and ICRS differ by less than 0.03 arcseconds.
/// </summary>
public enum CelestialFrame
{
    Icrs,

    /// <summary>FK5 at equinox J2000.</summary>
    Fk5,
}
