namespace SeedData.Generator.Survey;

/// <summary>An LSST band: its abstract name, the physical filter LSSTCam carries for it, its pass band and throughput.</summary>
/// <param name="EmMin">Shortest wavelength of the pass band, metres.</param>
/// <param name="EmMax">Longest wavelength of the pass band, metres.</param>
/// <param name="MedianSeeing">Typical delivered image quality in this band (FWHM, arcsec): the seeing is worse in the blue.</param>
/// <param name="ZeroPoint">AB magnitude of a source that gives one electron per second (Rubin's SMTN-002 throughputs).</param>
/// <param name="SkyBrightness">Dark-sky brightness at zenith, AB magnitudes per square arcsecond (SMTN-002).</param>
public sealed record Band(string Name, string Filter, double EmMin, double EmMax, double MedianSeeing, double ZeroPoint, double SkyBrightness)
{
    public static readonly Band U = new("u", "u_24", 320e-9, 400e-9, 0.92, 26.52, 22.96);
    public static readonly Band G = new("g", "g_6", 400e-9, 552e-9, 0.87, 28.51, 22.26);
    public static readonly Band R = new("r", "r_57", 552e-9, 691e-9, 0.83, 28.36, 21.20);
    public static readonly Band I = new("i", "i_39", 691e-9, 818e-9, 0.80, 28.17, 20.48);
    public static readonly Band Z = new("z", "z_20", 818e-9, 922e-9, 0.78, 27.78, 19.60);
    public static readonly Band Y = new("y", "y_10", 948e-9, 1060e-9, 0.76, 26.82, 18.61);

    public static readonly IReadOnlyList<Band> All = [U, G, R, I, Z, Y];

    /// <summary>Band centre over band width.</summary>
    public double ResolvingPower => (EmMin + EmMax) / 2 / (EmMax - EmMin);

    /// <summary>The band of this name (u, g, r, i, z or y, any case), or null.</summary>
    public static Band? Named(string name) => All.FirstOrDefault(band => band.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
