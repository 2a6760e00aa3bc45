namespace Fits.Wcs;

/// <summary>Reads one TAN or TAN-SIP WCS from a header; every refusal names its keyword.</summary>
internal sealed class WcsHeaderReader
{
    /// <summary>Beyond any SIP fit in use (Rubin's are of order 4 or 5); guards against absurd orders.</summary>
    private const int MaxSipOrder = 12;

    private readonly FitsHeader _header;
    private readonly string _suffix;

    public WcsHeaderReader(FitsHeader header, char alternate)
    {
        if (alternate != ' ' && alternate is not (>= 'A' and <= 'Z'))
        {
            throw new ArgumentOutOfRangeException(nameof(alternate), alternate, "An alternate WCS is named by a letter from A to Z, the primary one by ' '.");
        }

        _header = header;
        _suffix = alternate == ' ' ? string.Empty : alternate.ToString();
    }

    public TanWcs Read()
    {
        var hasSip = ReadAxisType(1, "RA");
        if (ReadAxisType(2, "DEC") != hasSip)
        {
            throw new WcsHeaderException(Key("CTYPE2"), "both axes must be TAN or both TAN-SIP");
        }

        ReadUnit(1);
        ReadUnit(2);
        var crval2 = Required("CRVAL2");
        return new TanWcs(
            Required("CRPIX1"), Required("CRPIX2"), Required("CRVAL1"), crval2, ReadLinearPart(),
            Optional("LONPOLE") ?? TanWcs.DefaultLonPole(crval2), ReadFrame(), hasSip ? ReadSip() : null);
    }

    /// <summary>Checks CTYPEi is the given coordinate in TAN; true when it carries the -SIP suffix.</summary>
    private bool ReadAxisType(int axis, string coordinate)
    {
        var keyword = Key($"CTYPE{axis}");
        var ctype = _header.GetString(keyword)
            ?? throw new WcsHeaderException(keyword, "missing: the header has no celestial WCS");
        // Four characters of coordinate type padded with '-', '-', three of projection, then any suffix.
        var type = ctype.Length >= 8 ? ctype[..4].TrimEnd('-') : ctype;
        if (ctype.Length < 8 || ctype[4] != '-' || !type.Equals(coordinate, StringComparison.OrdinalIgnoreCase))
        {
            throw new WcsHeaderException(keyword, $"'{ctype}' is not supported: axis {axis} must be {coordinate} in the TAN projection");
        }

        var projection = ctype[5..8];
        if (!projection.Equals("TAN", StringComparison.OrdinalIgnoreCase))
        {
            throw new WcsHeaderException(keyword, $"projection {projection} is not supported, only TAN (with or without SIP)");
        }

        var suffix = ctype[8..];
        if (suffix.Length > 0 && !suffix.Equals("-SIP", StringComparison.OrdinalIgnoreCase))
        {
            throw new WcsHeaderException(keyword, $"'{ctype}': distortion '{suffix}' is not supported, only SIP");
        }

        return suffix.Length > 0;
    }

    private void ReadUnit(int axis)
    {
        var keyword = Key($"CUNIT{axis}");
        var unit = _header.GetString(keyword);
        if (unit is not null && !unit.Equals("deg", StringComparison.OrdinalIgnoreCase))
        {
            throw new WcsHeaderException(keyword, $"unit '{unit}' is not supported, only deg");
        }
    }

    private CdMatrix ReadLinearPart()
    {
        CdMatrix cd;
        string keyword;
        if (Has("PC1_1") || Has("PC1_2") || Has("PC2_1") || Has("PC2_2"))
        {
            keyword = Key("PC1_1");
            cd = CdMatrix.FromPc(
                Optional("PC1_1") ?? 1, Optional("PC1_2") ?? 0, Optional("PC2_1") ?? 0, Optional("PC2_2") ?? 1,
                Optional("CDELT1") ?? 1, Optional("CDELT2") ?? 1);
        }
        else if (Has("CD1_1") || Has("CD1_2") || Has("CD2_1") || Has("CD2_2"))
        {
            keyword = Key("CD1_1");
            cd = new CdMatrix(Optional("CD1_1") ?? 0, Optional("CD1_2") ?? 0, Optional("CD2_1") ?? 0, Optional("CD2_2") ?? 0);
        }
        else
        {
            // Without a matrix CDELT is the scale itself; its FITS default of 1° per pixel is never what a celestial image means.
            keyword = Key("CDELT1");
            cd = new CdMatrix(Required("CDELT1"), 0, 0, Required("CDELT2"));
        }

        return cd.Determinant != 0 && double.IsFinite(cd.Determinant) ? cd
            : throw new WcsHeaderException(keyword, "the linear transformation is singular");
    }

    /// <summary>RADESYS, or FITS's default from EQUINOX: ICRS without one, FK4 (refused) before 1984, FK5 from then on.</summary>
    private CelestialFrame ReadFrame()
    {
        var equinox = Optional("EQUINOX");
        var radesys = _header.GetString(Key("RADESYS"))?.ToUpperInvariant();
        if (radesys is null && equinox < 1984)
        {
            throw new WcsHeaderException(Key("EQUINOX"), $"{equinox} without RADESYS means FK4, which is not supported (only ICRS and FK5)");
        }

        radesys ??= equinox is null ? "ICRS" : "FK5";
        return radesys switch
        {
            "ICRS" => CelestialFrame.Icrs,
            "FK5" when equinox is null or 2000 => CelestialFrame.Fk5,
            "FK5" => throw new WcsHeaderException(Key("EQUINOX"), $"FK5 at equinox {equinox} is not supported, only 2000 (no precession is done)"),
            _ => throw new WcsHeaderException(Key("RADESYS"), $"frame {radesys} is not supported, only ICRS and FK5"),
        };
    }

    private SipDistortion ReadSip()
    {
        var a = ReadSipPolynomial("A") ?? throw new WcsHeaderException("A_ORDER", "missing, though CTYPE says -SIP");
        var b = ReadSipPolynomial("B") ?? throw new WcsHeaderException("B_ORDER", "missing, though CTYPE says -SIP");
        var inverseA = ReadSipPolynomial("AP");
        var inverseB = ReadSipPolynomial("BP");
        if ((inverseA is null) != (inverseB is null))
        {
            throw new WcsHeaderException(inverseA is null ? "AP_ORDER" : "BP_ORDER", "missing: AP and BP come together");
        }

        return new SipDistortion(a, b, inverseA, inverseB);
    }

    private SipPolynomial? ReadSipPolynomial(string name)
    {
        var orderKeyword = $"{name}_ORDER";
        if (!_header.Contains(orderKeyword))
        {
            return null;
        }

        var order = _header.GetInteger(orderKeyword);
        if (order is not (>= 0 and <= MaxSipOrder))
        {
            throw new WcsHeaderException(orderKeyword, $"'{_header.GetString(orderKeyword)}' is not an order from 0 to {MaxSipOrder}");
        }

        var coefficients = new double[order.Value + 1, order.Value + 1];
        for (var p = 0; p <= order; p++)
        {
            for (var q = 0; p + q <= order; q++)
            {
                coefficients[p, q] = Number($"{name}_{p}_{q}") ?? 0;
            }
        }

        return new SipPolynomial((int)order.Value, coefficients);
    }

    private string Key(string keyword) => keyword + _suffix;

    private bool Has(string keyword) => _header.Contains(Key(keyword));

    private double Required(string keyword) =>
        Optional(keyword) ?? throw new WcsHeaderException(Key(keyword), "missing");

    private double? Optional(string keyword) => Number(Key(keyword));

    /// <summary>A card's number, null when the card is absent; a card that is there but not a finite number is refused.</summary>
    private double? Number(string fullKeyword)
    {
        if (!_header.Contains(fullKeyword))
        {
            return null;
        }

        var value = _header.GetDouble(fullKeyword);
        return value is { } number && double.IsFinite(number) ? number
            : throw new WcsHeaderException(fullKeyword, $"'{_header.GetString(fullKeyword)}' is not a number");
    }
}
