using System.Text;

namespace Fits.Native;

/// <summary>Reads a header into records and writes cards, all parsing and formatting done by CFITSIO.</summary>
internal static unsafe class HeaderIo
{
    private const int CardLength = 80;
    private const int KeywordCapacity = 75;
    private const int ValueCapacity = 71;
    private const int CommentCapacity = 73;
    private const int CardCapacity = 81;

    /// <summary>
    /// The current HDU's records without END; for a tile-compressed image, those of the image it
    /// stores (fits_convert_hdr2str decompresses the header: ZBITPIX becomes BITPIX, and so on).
    /// </summary>
    public static List<HeaderRecord> Read(FitsFileHandle file, string operation)
    {
        var status = 0;
        Cfitsio.ffcnvthdr2str(file, 0, null, 0, out var header, out var cardCount, ref status);
        CfitsioStatus.Check(status, operation);
        try
        {
            var records = new List<HeaderRecord>(cardCount);
            var card = stackalloc byte[CardCapacity];
            var keyword = stackalloc byte[KeywordCapacity];
            var value = stackalloc byte[ValueCapacity];
            var comment = stackalloc byte[CommentCapacity];
            for (var index = 0; index < cardCount - 1; index++)
            {
                new ReadOnlySpan<byte>(header + index * CardLength, CardLength).CopyTo(new Span<byte>(card, CardLength));
                card[CardLength] = 0;
                Cfitsio.ffgknm(card, keyword, out _, ref status);
                Cfitsio.ffpsvc(card, value, comment, ref status);
                CfitsioStatus.Check(status, operation);
                var valueText = CfitsioStatus.CString(value, ValueCapacity);
                var commentText = CfitsioStatus.CString(comment, CommentCapacity);
                records.Add(new HeaderRecord(
                    Encoding.Latin1.GetString(card, CardLength),
                    CfitsioStatus.CString(keyword, KeywordCapacity),
                    valueText.Length == 0 ? null : valueText,
                    commentText.Length == 0 ? null : commentText,
                    Cfitsio.ffgkcl(card)));
            }
            return records;
        }
        finally
        {
            Cfitsio.fffree(header, ref status);
        }
    }

    /// <summary>Appends a card to the current header: COMMENT and HISTORY as such, others as KEYWORD = value / comment.</summary>
    public static void Write(FitsFileHandle file, FitsCard card, string operation)
    {
        var status = 0;
        if (card.Value is null && card.Keyword.Equals("COMMENT", StringComparison.OrdinalIgnoreCase))
        {
            Cfitsio.ffpcom(file, card.Comment ?? string.Empty, ref status);
        }
        else if (card.Value is null && card.Keyword.Equals("HISTORY", StringComparison.OrdinalIgnoreCase))
        {
            Cfitsio.ffphis(file, card.Comment ?? string.Empty, ref status);
        }
        else if (card.Value is null)
        {
            throw new ArgumentException(
                $"Card {card.Keyword} has no value; only COMMENT and HISTORY cards are written without one.", nameof(card));
        }
        else
        {
            Cfitsio.ffprec(file, Format(card, operation).TrimEnd(), ref status);
        }
        CfitsioStatus.Check(status, $"{operation} (card {card.Keyword})");
    }

    /// <summary>The 80-character record of a valued card, formatted by CFITSIO (fits_make_key) as it writes it.</summary>
    public static string Format(FitsCard card, string operation)
    {
        var status = 0;
        var text = stackalloc byte[CardCapacity];
        Cfitsio.ffmkky(card.Keyword, card.Value!, card.Comment, text, ref status);
        CfitsioStatus.Check(status, $"{operation} (card {card.Keyword})");
        return CfitsioStatus.CString(text, CardCapacity).PadRight(CardLength);
    }

    /// <summary>
    /// Whether CFITSIO writes <paramref name="keyword"/> itself: the structure (SIMPLE, BITPIX,
    /// NAXISn, EXTEND, PCOUNT...), compression, scaling (BSCALE, BZERO) and checksum keywords.
    /// </summary>
    public static bool IsWrittenByCfitsio(string keyword)
    {
        var card = stackalloc byte[CardCapacity];
        var text = keyword.PadRight(8);
        var length = Encoding.Latin1.GetBytes(text.AsSpan(0, Math.Min(text.Length, CardLength)), new Span<byte>(card, CardLength));
        card[length] = 0;
        return Cfitsio.ffgkcl(card) is HeaderRecord.StructuralClass or HeaderRecord.CompressionClass
            or HeaderRecord.ScalingClass or HeaderRecord.ChecksumClass;
    }

    /// <summary>Appends a record exactly as it was read from another header.</summary>
    public static void WriteVerbatim(FitsFileHandle file, HeaderRecord record, string operation)
    {
        var status = 0;
        Cfitsio.ffprec(file, record.Text.TrimEnd(), ref status);
        CfitsioStatus.Check(status, $"{operation} (card {record.Keyword})");
    }
}
