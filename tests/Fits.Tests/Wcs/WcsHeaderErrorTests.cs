using Fits.Wcs;

namespace Fits.Tests.Wcs;

public class WcsHeaderErrorTests
{
    private static readonly FitsCard[] Tan = WcsHeaders.Cards(
        ("CTYPE1", "'RA---TAN'"), ("CTYPE2", "'DEC--TAN'"), ("CRPIX1", "100.5"), ("CRPIX2", "100.5"),
        ("CRVAL1", "10.0"), ("CRVAL2", "20.0"), ("CD1_1", "-5.5E-05"), ("CD2_2", "5.5E-05"));

    public static TheoryData<string, string, string?, string> Mistakes => new()
    {
        { "CTYPE1", "CTYPE1", null, "missing" },
        { "a projection other than TAN", "CTYPE1", "'RA---SIN'", "projection SIN" },
        { "galactic coordinates", "CTYPE1", "'GLON-TAN'", "axis 1 must be RA" },
        { "the axes swapped", "CTYPE2", "'RA---TAN'", "axis 2 must be DEC" },
        { "a distortion other than SIP", "CTYPE1", "'RA---TAN-TPV'", "only SIP" },
        { "SIP on one axis only", "CTYPE2", "'DEC--TAN-SIP'", "both axes" },
        { "CRPIX2", "CRPIX2", null, "missing" },
        { "a reference value that is no number", "CRVAL1", "'ten'", "not a number" },
        { "a unit other than degrees", "CUNIT1", "'rad'", "only deg" },
        { "an old frame", "RADESYS", "'FK4'", "FK4" },
        { "an equinox that implies FK4", "EQUINOX", "1950.0", "FK4" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_header_that_cannot_be_read_names_the_keyword(string mistake, string keyword, string? value, string reason)
    {
        var cards = Tan.Where(card => card.Keyword != keyword).ToList();
        if (value is not null)
        {
            cards.Add(new FitsCard(keyword, value, null));
        }

        var error = Assert.Throws<WcsHeaderException>(() => TanWcs.FromHeader(new FitsHeader(cards)));

        Assert.True(error.Keyword == keyword, $"{mistake}: {error.Message}");
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_scale_CDELT1_is_missing()
    {
        var error = Assert.Throws<WcsHeaderException>(() => TanWcs.FromHeader(new FitsHeader(Tan.Where(card => !card.Keyword.StartsWith("CD", StringComparison.Ordinal)))));

        Assert.Equal("CDELT1", error.Keyword);
    }

    [Fact]
    public void A_singular_matrix_is_refused()
    {
        var error = Assert.Throws<WcsHeaderException>(() => TanWcs.FromHeader(new FitsHeader([.. Tan, new FitsCard("CD1_2", "-5.5E-05", null), new FitsCard("CD2_1", "5.5E-05", null)])));

        Assert.Equal("CD1_1", error.Keyword);
        Assert.Contains("singular", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FK5_at_another_equinox_is_refused()
    {
        var error = Assert.Throws<WcsHeaderException>(() => TanWcs.FromHeader(new FitsHeader([
            .. Tan, new FitsCard("RADESYS", "'FK5'", null), new FitsCard("EQUINOX", "1975.0", null)])));

        Assert.Equal("EQUINOX", error.Keyword);
    }

    [Theory]
    [InlineData("A_ORDER")]
    [InlineData("B_ORDER")]
    [InlineData("BP_ORDER")]
    public void SIP_without_one_of_its_polynomials_names_the_missing_order(string keyword)
    {
        var cards = WcsHeaders.RubinCalexp(inverseScale: 1).Where(card => card.Keyword != keyword);

        var error = Assert.Throws<WcsHeaderException>(() => TanWcs.FromHeader(new FitsHeader(cards)));

        Assert.Equal(keyword, error.Keyword);
    }

    [Fact]
    public void An_alternate_WCS_names_its_own_keywords()
    {
        var error = Assert.Throws<WcsHeaderException>(() => TanWcs.FromHeader(new FitsHeader(Tan), 'C'));

        Assert.Equal("CTYPE1C", error.Keyword);
        Assert.Throws<ArgumentOutOfRangeException>(() => TanWcs.FromHeader(new FitsHeader(Tan), 'c'));
    }

    [Fact]
    public void PC_wins_over_CD_as_in_WCSLIB()
    {
        var wcs = TanWcs.FromHeader(new FitsHeader([
            .. Tan, new FitsCard("PC1_1", "2.0", null), new FitsCard("CDELT1", "-1.0E-4", null), new FitsCard("CDELT2", "1.0E-4", null)]));

        Assert.Equal(new CdMatrix(-2e-4, 0, 0, 1e-4), wcs.Cd);
    }
}
