namespace Soda.Service.Planning;

/// <summary>
/// Sky to pixel, in FITS's 1-based pixel coordinates (pixel (1, 1) is centred on (1.0, 1.0)); false,
/// or NaN coordinates, when the position cannot be projected (e.g. behind a TAN projection's plane).
/// </summary>
public delegate bool SkyToPixel(double ra, double dec, out double x, out double y);

/// <summary>Pixel to sky: ICRS right ascension and declination in degrees of a 1-based pixel position.</summary>
public delegate (double Ra, double Dec) PixelToSky(double x, double y);

/// <summary>
/// What planning a cutout needs to know of an image: its size and its projection both ways (the
/// host's WCS). Knowing nothing of FITS, the plan can be tested with any projection.
/// </summary>
public sealed record ImageGeometry(long Naxis1, long Naxis2, SkyToPixel SkyToPixel, PixelToSky PixelToSky);
