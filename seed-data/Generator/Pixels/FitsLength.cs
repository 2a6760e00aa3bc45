using Fits;

namespace SeedData.Generator.Pixels;

/// <summary>
/// How long the HDUs CFITSIO writes are: headers and data each padded to 2880-byte blocks, headers
/// holding the cards CFITSIO writes itself (structure, scaling, checksums, END) besides ours.
/// </summary>
public static class FitsLength
{
    private const int BlockBytes = 2880;
    private const int CardBytes = 80;

    /// <summary>SIMPLE, BITPIX, NAXIS, EXTEND and CFITSIO's two COMMENT cards citing the FITS paper.</summary>
    public const int PrimaryWithoutPixelsCards = 6;

    /// <summary>SIMPLE, BITPIX, NAXIS, NAXIS1, NAXIS2, EXTEND and the two COMMENT cards.</summary>
    public const int PrimaryImageCards = 8;

    /// <summary>XTENSION, BITPIX, NAXIS, NAXIS1, NAXIS2, PCOUNT, GCOUNT.</summary>
    public const int ExtensionImageCards = 7;

    /// <summary>BZERO and BSCALE of unsigned 16-bit pixels.</summary>
    public const int UnsignedScalingCards = 2;

    /// <summary>CHECKSUM, DATASUM and END.</summary>
    private const int ClosingCards = 3;

    /// <summary>Characters of commentary text CFITSIO puts on one COMMENT card before it continues on the next.</summary>
    private const int CommentCharacters = 72;

    /// <summary>Bytes of a header of <paramref name="mandatory"/> cards CFITSIO writes and <paramref name="cards"/> of ours.</summary>
    public static long Header(int mandatory, IEnumerable<FitsCard> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var count = mandatory + ClosingCards + cards.Sum(CardsOf);
        return Padded((long)count * CardBytes);
    }

    public static long Data(long bytes) => Padded(bytes);

    private static long Padded(long bytes) => (bytes + BlockBytes - 1) / BlockBytes * BlockBytes;

    /// <summary>The header records one card takes: one, or more for a long COMMENT.</summary>
    private static int CardsOf(FitsCard card) =>
        card is { Keyword: "COMMENT", Value: null, Comment: { Length: > CommentCharacters } text }
            ? (text.Length + CommentCharacters - 1) / CommentCharacters
            : 1;
}
