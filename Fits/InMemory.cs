using System.Globalization;
using Fits.Native;

namespace Fits;

/// <summary>Cutout headers made by CFITSIO in a memory file, one after the other in the same buffer.</summary>
/// <remarks>
/// No pixels are ever written to the memory file: they go from the source to the output. The
/// memory file's image has no rows (NAXIS2 = 0) and the header read back gets the section's
/// NAXIS2: with a data unit declared but not written, CFITSIO would fill it with zeros on closing
/// and reading the header back would take as long as writing it (tens of milliseconds for a CCD).
/// </remarks>
internal static class InMemory
{
    private const long GrowthStep = 16 * FitsBlocks.Length;

    /// <summary>A primary header without pixels: <paramref name="writeCards"/> after the mandatory cards, then CHECKSUM and DATASUM to be sealed.</summary>
    public static HeaderBlock Primary(MemoryFileBuffer buffer, Action<FitsFile> writeCards) =>
        Header(buffer, file => file.CreateHdu(8, 0, 0), writeCards, rows: null);

    /// <summary>
    /// The header of an IMAGE extension holding <paramref name="box"/>'s pixels of BITPIX
    /// <paramref name="bitpix"/>. It is written after an empty primary HDU: an extension's checksum
    /// covers itself only, so it can follow any primary.
    /// </summary>
    public static HeaderBlock Image(MemoryFileBuffer buffer, int bitpix, PixelBox box, Action<FitsFile> writeCards) =>
        Header(buffer, file =>
        {
            file.CreateHdu(8, 0, 0);
            file.CreateHdu(bitpix, box.Width, 0);
        }, writeCards, box.Height);

    private static HeaderBlock Header(MemoryFileBuffer buffer, Action<FitsFile> create, Action<FitsFile> writeCards, long? rows)
    {
        using var file = FitsFile.CreateInMemory(buffer, GrowthStep);
        try
        {
            create(file);
            writeCards(file);
            HeaderBlock.WritePlaceholders(file);
            var records = file.ReadHeaderRecords();
            if (rows is { } height)
            {
                var naxis2 = records.FindIndex(record => record.Keyword == "NAXIS2");
                var card = records[naxis2].ToCard() with { Value = height.ToString(CultureInfo.InvariantCulture) };
                records[naxis2] = records[naxis2] with { Text = HeaderIo.Format(card, "setting NAXIS2 of a cutout header"), Value = card.Value };
            }
            return HeaderBlock.Of(records);
        }
        catch
        {
            file.Abandon();
            throw;
        }
    }
}
