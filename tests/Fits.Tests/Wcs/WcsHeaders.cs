namespace Fits.Tests.Wcs;

/// <summary>The headers the WCS is judged on, each with the size of its image.</summary>
internal static class WcsHeaders
{
    public sealed record Case(long Naxis1, long Naxis2, IReadOnlyList<FitsCard> Cards, char Alternate = ' ');

    public static readonly IReadOnlyDictionary<string, Case> All = new Dictionary<string, Case>
    {
        // Rotated by 30° and mirrored (determinant > 0, east to the right), in FK5.
        ["cd_rotated_and_flipped"] = new(2048, 1024, Cards(
            ("CTYPE1", "'RA---TAN'"), ("CTYPE2", "'DEC--TAN'"), ("CRPIX1", "1024.5"), ("CRPIX2", "512.5"),
            ("CRVAL1", "150.1192"), ("CRVAL2", "2.20583"),
            ("CD1_1", "4.8112522432469E-05"), ("CD1_2", "-2.7777777777778E-05"),
            ("CD2_1", "2.7777777777778E-05"), ("CD2_2", "4.8112522432469E-05"),
            ("RADESYS", "'FK5'"), ("EQUINOX", "2000.0"))),
        // Rotated by 20° through PC, the reference pixel outside the image, LONPOLE written out.
        ["pc_and_cdelt"] = new(1000, 1500, Cards(
            ("CTYPE1", "'RA---TAN'"), ("CTYPE2", "'DEC--TAN'"), ("CRPIX1", "-350.25"), ("CRPIX2", "1820.75"),
            ("CRVAL1", "210.802"), ("CRVAL2", "54.348"), ("CUNIT1", "'deg'"), ("CUNIT2", "'deg'"),
            ("PC1_1", "0.93969262078591"), ("PC1_2", "-0.34202014332567"),
            ("PC2_1", "0.34202014332567"), ("PC2_2", "0.93969262078591"),
            ("CDELT1", "-1.1111111111111E-04"), ("CDELT2", "1.1111111111111E-04"),
            ("LONPOLE", "180.0"), ("RADESYS", "'ICRS'"))),
        ["cdelt_only"] = new(512, 512, Cards(
            ("CTYPE1", "'RA---TAN'"), ("CTYPE2", "'DEC--TAN'"), ("CRPIX1", "256.5"), ("CRPIX2", "256.5"),
            ("CRVAL1", "83.63308"), ("CRVAL2", "22.0145"), ("CDELT1", "-2.5E-4"), ("CDELT2", "2.5E-4"))),
        // A calexp of Rubin's shape: 4th-order SIP with up to ~4 px of distortion, and its fitted inverse.
        ["rubin_calexp_tan_sip"] = new(4072, 4000, [.. RubinCalexp(inverseScale: 1)]),
        // 0.5° from the south pole with 3.6″ pixels, so the image holds the pole.
        ["near_the_pole"] = new(2000, 2000, Cards(
            ("CTYPE1", "'RA---TAN'"), ("CTYPE2", "'DEC--TAN'"), ("CRPIX1", "1000.5"), ("CRPIX2", "1000.5"),
            ("CRVAL1", "37.0"), ("CRVAL2", "-89.5"),
            ("CD1_1", "-7.6604444311898E-04"), ("CD1_2", "6.4278760968654E-04"),
            ("CD2_1", "6.4278760968654E-04"), ("CD2_2", "7.6604444311898E-04"))),
        // The image straddles RA = 0, with SIP.
        ["across_ra_zero"] = new(4072, 4000, [.. RubinCalexp(inverseScale: 1).Select(card => card.Keyword switch
        {
            "CRVAL1" => card with { Value = "359.95" },
            "CRVAL2" => card with { Value = "-30.25" },
            _ => card,
        })]),
        // At the pole itself, where LONPOLE's default becomes 0.
        ["reference_at_the_pole"] = new(800, 800, Cards(
            ("CTYPE1", "'RA---TAN'"), ("CTYPE2", "'DEC--TAN'"), ("CRPIX1", "400.5"), ("CRPIX2", "400.5"),
            ("CRVAL1", "0.0"), ("CRVAL2", "90.0"), ("CDELT1", "-1.0E-3"), ("CDELT2", "1.0E-3"))),
        // LONPOLE away from its default, and a LATPOLE that a zenithal projection ignores.
        ["lonpole_and_latpole"] = new(1000, 1000, Cards(
            ("CTYPE1", "'RA---TAN'"), ("CTYPE2", "'DEC--TAN'"), ("CRPIX1", "500.0"), ("CRPIX2", "500.0"),
            ("CRVAL1", "12.5"), ("CRVAL2", "-45.0"), ("CDELT1", "-2.0E-4"), ("CDELT2", "2.0E-4"),
            ("LONPOLE", "150.0"), ("LATPOLE", "30.0"))),
        // An alternate WCS 'B' beside a primary linear one, as Rubin writes the A-form for XY0.
        ["alternate_wcs"] = new(600, 400, Cards(
            ("CTYPE1", "'LINEAR'"), ("CTYPE2", "'LINEAR'"), ("CRPIX1", "1.0"), ("CRPIX2", "1.0"),
            ("CRVAL1", "0.0"), ("CRVAL2", "0.0"),
            ("CTYPE1B", "'RA---TAN'"), ("CTYPE2B", "'DEC--TAN'"), ("CRPIX1B", "300.5"), ("CRPIX2B", "200.5"),
            ("CRVAL1B", "280.0"), ("CRVAL2B", "-10.0"), ("CD1_1B", "-5.0E-5"), ("CD2_2B", "5.0E-5")), Alternate: 'B'),
    };

    public static TheoryData<string> Names => [.. All.Keys];

    /// <param name="inverseScale">Scales AP and BP, which are only a first guess: a poor one must give the same answers.</param>
    public static IEnumerable<FitsCard> RubinCalexp(double inverseScale)
    {
        var cards = Cards(
            ("CTYPE1", "'RA---TAN-SIP'"), ("CTYPE2", "'DEC--TAN-SIP'"), ("CRPIX1", "2036.5"), ("CRPIX2", "2000.5"),
            ("CRVAL1", "53.1247"), ("CRVAL2", "-27.8463"), ("CUNIT1", "'deg'"), ("CUNIT2", "'deg'"),
            ("CD1_1", "-5.5302348101E-05"), ("CD1_2", "-5.2334619734E-06"),
            ("CD2_1", "-5.2287163211E-06"), ("CD2_2", "5.5319025837E-05"),
            ("RADESYS", "'ICRS'"), ("EQUINOX", "2000.0"),
            ("A_ORDER", "4"), ("A_2_0", "2.1E-07"), ("A_1_1", "-3.4E-07"), ("A_0_2", "1.2E-07"),
            ("A_3_0", "4.5E-11"), ("A_2_1", "-1.1E-11"), ("A_1_2", "3.9E-11"), ("A_0_3", "-2.2E-12"),
            ("A_4_0", "1.3E-15"), ("A_3_1", "-2.5E-15"), ("A_2_2", "4.1E-15"), ("A_1_3", "-7.0E-16"), ("A_0_4", "2.2E-15"),
            ("B_ORDER", "4"), ("B_2_0", "-1.5E-07"), ("B_1_1", "2.6E-07"), ("B_0_2", "3.3E-07"),
            ("B_3_0", "-2.7E-12"), ("B_2_1", "3.1E-11"), ("B_1_2", "-1.6E-11"), ("B_0_3", "5.2E-11"),
            ("B_4_0", "-1.9E-15"), ("B_3_1", "8.0E-16"), ("B_2_2", "-3.6E-15"), ("B_1_3", "2.9E-15"), ("B_0_4", "1.1E-15"));
        (string, double)[] inverse =
        [
            ("AP_0_1", 5.36558345E-08), ("AP_0_2", -1.20011675E-07), ("AP_0_3", 2.23201370E-12), ("AP_0_4", -2.17937218E-15),
            ("AP_1_0", -1.48028238E-07), ("AP_1_1", 3.40016641E-07), ("AP_1_2", -3.87874758E-11), ("AP_1_3", 6.67243124E-16),
            ("AP_2_0", -2.10010483E-07), ("AP_2_1", 1.05916530E-11), ("AP_2_2", -4.00522094E-15),
            ("AP_3_0", -4.47850412E-11), ("AP_3_1", 2.39546595E-15), ("AP_4_0", -1.24612339E-15),
            ("BP_0_1", -1.20357370E-07), ("BP_0_2", -3.29996983E-07), ("BP_0_3", -5.16763033E-11), ("BP_0_4", -1.01623245E-15),
            ("BP_1_0", 7.06087559E-08), ("BP_1_1", -2.60017541E-07), ("BP_1_2", 1.60928527E-11), ("BP_1_3", -2.83450386E-15),
            ("BP_2_0", 1.50010634E-07), ("BP_2_1", -3.08091099E-11), ("BP_2_2", 3.54407048E-15),
            ("BP_3_0", 2.56338573E-12), ("BP_3_1", -7.44467979E-16), ("BP_4_0", 1.87541165E-15),
        ];
        return cards
            .Append(new FitsCard("AP_ORDER", "4", null))
            .Append(new FitsCard("BP_ORDER", "4", null))
            .Concat(inverse.Select(term => new FitsCard(term.Item1, (term.Item2 * inverseScale).ToString("E9", System.Globalization.CultureInfo.InvariantCulture), null)));
    }

    public static FitsCard[] Cards(params (string Keyword, string Value)[] cards) =>
        [.. cards.Select(card => new FitsCard(card.Keyword, card.Value, null))];
}
