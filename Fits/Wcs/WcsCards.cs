using System.Globalization;

namespace Fits.Wcs;

/// <summary>The header cards of a <see cref="TanWcs"/>, with values written as FITS value texts that read back to the same doubles.</summary>
internal static class WcsCards
{
    public static IEnumerable<FitsCard> Describe(TanWcs wcs)
    {
        var suffix = wcs.Sip is null ? string.Empty : "-SIP";
        var distortion = wcs.Sip is null ? string.Empty : ", SIP distortion";
        yield return new FitsCard("CTYPE1", Text("RA---TAN" + suffix), "Right ascension, gnomonic" + distortion);
        yield return new FitsCard("CTYPE2", Text("DEC--TAN" + suffix), "Declination, gnomonic" + distortion);
        yield return new FitsCard("CUNIT1", Text("deg"), "Unit of CRVAL1 and CD1_j");
        yield return new FitsCard("CUNIT2", Text("deg"), "Unit of CRVAL2 and CD2_j");
        yield return new FitsCard("CRPIX1", Real(wcs.Crpix1), "Pixel x of the reference point");
        yield return new FitsCard("CRPIX2", Real(wcs.Crpix2), "Pixel y of the reference point");
        yield return new FitsCard("CRVAL1", Real(wcs.Crval1), "[deg] RA of the reference point");
        yield return new FitsCard("CRVAL2", Real(wcs.Crval2), "[deg] Dec of the reference point");
        yield return new FitsCard("CD1_1", Real(wcs.Cd.Cd11), "[deg/pixel] Linear transformation");
        yield return new FitsCard("CD1_2", Real(wcs.Cd.Cd12), "[deg/pixel] Linear transformation");
        yield return new FitsCard("CD2_1", Real(wcs.Cd.Cd21), "[deg/pixel] Linear transformation");
        yield return new FitsCard("CD2_2", Real(wcs.Cd.Cd22), "[deg/pixel] Linear transformation");
        yield return new FitsCard("LONPOLE", Real(wcs.LonPole), "[deg] Native longitude of celestial pole");
        yield return new FitsCard("RADESYS", Text(wcs.Frame == CelestialFrame.Fk5 ? "FK5" : "ICRS"), "Celestial reference frame");
        if (wcs.Frame == CelestialFrame.Fk5)
        {
            yield return new FitsCard("EQUINOX", Real(2000), "[yr] Equinox of the FK5 frame");
        }

        if (wcs.Sip is { } sip)
        {
            foreach (var card in Polynomial("A", sip.A).Concat(Polynomial("B", sip.B)))
            {
                yield return card;
            }

            if (sip.InverseA is not null && sip.InverseB is not null)
            {
                foreach (var card in Polynomial("AP", sip.InverseA).Concat(Polynomial("BP", sip.InverseB)))
                {
                    yield return card;
                }
            }
        }
    }

    /// <summary>
    /// A FITS real: the shortest text that reads back to the same double, always with a decimal
    /// point so that readers take it as real, never as integer (180.0, 1.0E-05).
    /// </summary>
    public static string Real(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "FITS has no text for NaN or infinity.");
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('.', StringComparison.Ordinal))
        {
            return text;
        }

        var exponent = text.IndexOf('E', StringComparison.Ordinal);
        return exponent < 0 ? text + ".0" : text.Insert(exponent, ".0");
    }

    /// <summary>A FITS string: quoted, a quote inside doubled.</summary>
    public static string Text(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static IEnumerable<FitsCard> Polynomial(string name, SipPolynomial polynomial)
    {
        yield return new FitsCard(
            $"{name}_ORDER", polynomial.Order.ToString(CultureInfo.InvariantCulture), $"Order of SIP polynomial {name}");
        for (var p = 0; p <= polynomial.Order; p++)
        {
            for (var q = 0; p + q <= polynomial.Order; q++)
            {
                var coefficient = polynomial.Coefficient(p, q);
                if (coefficient != 0)
                {
                    yield return new FitsCard($"{name}_{p}_{q}", Real(coefficient), null);
                }
            }
        }
    }
}
