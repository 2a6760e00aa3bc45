using System.Globalization;
using System.Text;
using Fits.Native;

namespace Fits;

/// <summary>
/// The header of one HDU of a cutout as the bytes written: its records as CFITSIO made them, END,
/// blanks to the end of the last 2880-byte block; its last two records, CHECKSUM and DATASUM, are
/// filled in by <see cref="Seal"/> once the sum of the data is known.
/// </summary>
internal sealed class HeaderBlock
{
    private const int CardLength = 80;
    private const string Operation = "sealing a cutout header";

    private readonly byte[] _bytes;
    private readonly int _records;

    private HeaderBlock(List<HeaderRecord> records)
    {
        _records = records.Count;
        _bytes = new byte[FitsBlocks.Padded((_records + 1) * CardLength)];
        _bytes.AsSpan().Fill((byte)' ');
        for (var index = 0; index < _records; index++)
        {
            Encoding.Latin1.GetBytes(records[index].Text, _bytes.AsSpan(index * CardLength, CardLength));
        }
        "END"u8.CopyTo(_bytes.AsSpan(_records * CardLength));
    }

    public int Length => _bytes.Length;

    /// <summary>Writes CHECKSUM and DATASUM, unknown yet, at the end of the header being written in <paramref name="file"/>.</summary>
    public static void WritePlaceholders(FitsFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        file.WriteCard(ChecksumCard(FitsChecksum.Unknown));
        file.WriteCard(DataSumCard(0));
    }

    /// <summary>The header of <paramref name="records"/>, which end with the cards <see cref="WritePlaceholders"/> wrote.</summary>
    public static HeaderBlock Of(List<HeaderRecord> records)
    {
        if (records is not [.., { Keyword: "CHECKSUM" }, { Keyword: "DATASUM" }])
        {
            throw new InvalidOperationException("A cutout header must end with CHECKSUM and DATASUM.");
        }
        return new HeaderBlock(records);
    }

    /// <summary>
    /// The header's bytes with DATASUM = <paramref name="dataSum"/> and the CHECKSUM that makes the
    /// whole HDU sum to -0: the sum is taken with CHECKSUM's zeros, whose ASCII encoding replaces them.
    /// </summary>
    public ReadOnlyMemory<byte> Seal(uint dataSum)
    {
        Put(_records - 2, ChecksumCard(FitsChecksum.Unknown));
        Put(_records - 1, DataSumCard(dataSum));
        Put(_records - 2, ChecksumCard(FitsChecksum.Encode(FitsChecksum.Add(dataSum, _bytes))));
        return _bytes;
    }

    private void Put(int record, FitsCard card) =>
        Encoding.Latin1.GetBytes(HeaderIo.Format(card, Operation), _bytes.AsSpan(record * CardLength, CardLength));

    // Comments without the date CFITSIO would add, so that the same cut gives the same bytes.
    private static FitsCard ChecksumCard(string checksum) => new("CHECKSUM", $"'{checksum}'", "HDU checksum");

    private static FitsCard DataSumCard(uint sum) =>
        new("DATASUM", string.Create(CultureInfo.InvariantCulture, $"'{sum}'"), "data unit checksum");
}
