using Fits;

namespace Fits.Tests;

public class FitsHeaderTests
{
    private static readonly FitsHeader Header = new([
        new FitsCard("CTYPE1", "'RA---TAN-SIP'", "projection"),
        new FitsCard("CD1_1", "-5.5555555D-05", null),
        new FitsCard("NAXIS1", "4072", null),
        new FitsCard("OBJECT", "'O''Brien  '", null),
        new FitsCard("COMMENT", null, "not a value"),
    ]);

    [Fact]
    public void Strings_lose_their_quotes_and_trailing_blanks()
    {
        Assert.Equal("RA---TAN-SIP", Header.GetString("ctype1"));
        Assert.Equal("O'Brien", Header.GetString("OBJECT"));
    }

    [Fact]
    public void Numbers_read_with_a_FITS_D_exponent()
    {
        Assert.Equal(-5.5555555e-05, Header.GetDouble("CD1_1"));
        Assert.Equal(4072, Header.GetInteger("NAXIS1"));
        Assert.Null(Header.GetDouble("CD2_2"));
        Assert.Equal(0.0, Header.GetDouble("CD2_2", 0.0));
    }

    [Fact]
    public void Commentary_cards_are_kept_but_have_no_value()
    {
        Assert.Equal(5, Header.Cards.Count);
        Assert.False(Header.Contains("COMMENT"));
    }
}
