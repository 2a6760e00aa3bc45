namespace Fits.Wcs;

/// <summary>
/// The celestial WCS of an image in the gnomonic (TAN) projection, with SIP distortion when its
/// header has it, as Rubin's calexps do. Pixel coordinates follow FITS: 1-based, pixel (1, 1)
/// centred on (1.0, 1.0). Sky coordinates are right ascension in [0, 360) and declination, in
/// degrees, in <see cref="Frame"/>.
/// </summary>
public sealed class TanWcs
{
    private readonly GnomonicProjection _projection;
    private readonly CdMatrix _inverseCd;

    /// <summary>A TAN WCS without distortion.</summary>
    /// <param name="lonPole">LONPOLE in degrees; by default FITS's: 180, or 0 when CRVAL2 is 90.</param>
    public TanWcs(
        double crpix1, double crpix2, double crval1, double crval2, CdMatrix cd,
        double? lonPole = null, CelestialFrame frame = CelestialFrame.Icrs)
        : this(crpix1, crpix2, crval1, crval2, cd, lonPole ?? DefaultLonPole(crval2), frame, null)
    {
    }

    internal TanWcs(
        double crpix1, double crpix2, double crval1, double crval2, CdMatrix cd,
        double lonPole, CelestialFrame frame, SipDistortion? sip)
    {
        if (!double.IsFinite(crpix1) || !double.IsFinite(crpix2) || !double.IsFinite(crval1) || !double.IsFinite(lonPole))
        {
            throw new ArgumentException("CRPIX, CRVAL and LONPOLE must be finite numbers.");
        }

        if (!(crval2 is >= -90 and <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(crval2), crval2, "CRVAL2 is a declination, from -90 to 90.");
        }

        if (!double.IsFinite(cd.Determinant) || cd.Determinant == 0)
        {
            throw new ArgumentException("The CD matrix must be finite and invertible.", nameof(cd));
        }

        Crpix1 = crpix1;
        Crpix2 = crpix2;
        Crval1 = crval1;
        Crval2 = crval2;
        Cd = cd;
        LonPole = lonPole;
        Frame = frame;
        Sip = sip;
        _projection = new GnomonicProjection(crval1, crval2, lonPole);
        _inverseCd = cd.Inverse();
    }

    /// <summary>Pixel coordinates of the reference point (1-based).</summary>
    public double Crpix1 { get; }

    public double Crpix2 { get; }

    /// <summary>Right ascension and declination of the reference point, the projection's tangent point.</summary>
    public double Crval1 { get; }

    public double Crval2 { get; }

    public CdMatrix Cd { get; }

    /// <summary>Native longitude of the celestial pole, in degrees.</summary>
    public double LonPole { get; }

    public CelestialFrame Frame { get; }

    internal SipDistortion? Sip { get; }

    /// <summary>
    /// Reads the celestial WCS of a header: CTYPE RA---TAN/DEC--TAN (or with -SIP), CRPIX, CRVAL,
    /// the linear part from PCi_j with CDELTi, CDi_j, or CDELTi alone (PC wins over CD when a header
    /// has both, as in WCSLIB), LONPOLE, RADESYS ICRS or FK5 (EQUINOX 2000), SIP's A, B and, when
    /// present, AP and BP. LATPOLE has no effect on a zenithal projection and is not read.
    /// </summary>
    /// <param name="alternate">' ' for the primary WCS, or 'A' to 'Z' for an alternate one (CTYPE1A, ...).
    /// SIP cards have no alternate form: an alternate -SIP WCS reads the unsuffixed A_p_q cards.</param>
    /// <exception cref="WcsHeaderException">A card is missing or names something unsupported; the
    /// exception names the keyword.</exception>
    public static TanWcs FromHeader(FitsHeader header, char alternate = ' ')
    {
        ArgumentNullException.ThrowIfNull(header);
        return new WcsHeaderReader(header, alternate).Read();
    }

    /// <summary>
    /// The TAN WCS that maps the pixel corners of an image onto the four sky corners of its footprint:
    /// <paramref name="corners"/>[0] to (0.5, 0.5), [1] to (naxis1 + 0.5, 0.5), [2] to (naxis1 + 0.5,
    /// naxis2 + 0.5) and [3] to (0.5, naxis2 + 0.5), as (ra, dec) in degrees. Either winding is
    /// accepted: it decides the handedness (the sign of the CD determinant).
    /// </summary>
    /// <remarks>
    /// Any convex spherical quadrilateral is a parallelogram in exactly one gnomonic projection, so
    /// the corners are met to rounding error. A footprint made by projecting a rectangle (a CCD, a
    /// sky-map patch) about a tangent point gives back that tangent point as CRVAL. See
    /// <see cref="FootprintFit"/>.
    /// </remarks>
    /// <exception cref="ArgumentException">Not four corners, or they do not form a convex quadrilateral in this order.</exception>
    public static TanWcs FromFootprint(long naxis1, long naxis2, IReadOnlyList<(double Ra, double Dec)> corners)
    {
        ArgumentNullException.ThrowIfNull(corners);
        return FootprintFit.Fit(naxis1, naxis2, corners);
    }

    /// <summary>The sky position of a pixel position, in degrees.</summary>
    public (double Ra, double Dec) PixelToSky(double x, double y)
    {
        var u = x - Crpix1;
        var v = y - Crpix2;
        if (Sip is not null)
        {
            (u, v) = Sip.Distort(u, v);
        }

        var (planeX, planeY) = Cd.Apply(u, v);
        return _projection.ToSky(planeX, planeY);
    }

    /// <summary>
    /// The pixel position of a sky position, in degrees. False (and NaN) for a point 90° or more from
    /// CRVAL, which TAN cannot project, and for one so far outside a SIP image that the distortion
    /// cannot be inverted there.
    /// </summary>
    public bool TrySkyToPixel(double ra, double dec, out double x, out double y)
    {
        x = y = double.NaN;
        if (!_projection.TryToPlane(ra, dec, out var planeX, out var planeY))
        {
            return false;
        }

        var (u, v) = _inverseCd.Apply(planeX, planeY);
        if (Sip is not null && !Sip.TryUndistort(u, v, out u, out v))
        {
            return false;
        }

        x = u + Crpix1;
        y = v + Crpix2;
        return true;
    }

    /// <summary>
    /// The cards that describe this WCS, values as FITS value texts, the linear part always as CDi_j.
    /// A header that receives them must not keep PCi_j or CDELTi cards of another WCS, which FITS
    /// readers would prefer or combine.
    /// </summary>
    public IEnumerable<FitsCard> ToCards() => WcsCards.Describe(this);

    /// <summary>FITS's default LONPOLE for a zenithal projection: 180, or 0 when CRVAL2 is at the native pole's latitude (90).</summary>
    internal static double DefaultLonPole(double crval2) => crval2 >= 90 ? 0 : 180;
}
