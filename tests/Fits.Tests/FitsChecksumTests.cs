namespace Fits.Tests;

public class FitsChecksumTests
{
    [Fact]
    public void A_carry_out_of_32_bits_is_added_back_in()
    {
        byte[] words = [0xFF, 0xFF, 0xFF, 0xFE, 0x00, 0x00, 0x00, 0x03];

        Assert.Equal(2u, FitsChecksum.Add(0, words));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(28)]
    [InlineData(32)]
    [InlineData(2880)]
    [InlineData(100_004)]
    public void The_sum_equals_the_standards_16_bit_halves_way_for_any_length(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);

        Assert.Equal(Reference(0x1234_5678, bytes), FitsChecksum.Add(0x1234_5678, bytes));
    }

    [Fact]
    public void A_length_that_is_not_whole_words_is_refused()
    {
        Assert.Throws<ArgumentException>(() => FitsChecksum.Add(0, new byte[6]));
    }

    [Fact]
    public void The_encoded_checksum_makes_the_words_that_held_zeros_sum_to_minus_zero()
    {
        var header = new byte[2880];
        new Random(7).NextBytes(header);
        "0000000000000000"u8.CopyTo(header.AsSpan(80 + 11));

        var encoded = FitsChecksum.Encode(FitsChecksum.Add(0, header));
        System.Text.Encoding.ASCII.GetBytes(encoded, header.AsSpan(80 + 11));

        Assert.Equal(16, encoded.Length);
        Assert.Equal(uint.MaxValue, FitsChecksum.Add(0, header));
    }

    /// <summary>The FITS standard's appendix J: the high and low 16-bit halves summed apart, their carries folded into each other.</summary>
    private static uint Reference(uint sum, byte[] bytes)
    {
        ulong high = sum >> 16;
        ulong low = sum & 0xFFFF;
        for (var i = 0; i < bytes.Length; i += 4)
        {
            high += (ulong)((bytes[i] << 8) | bytes[i + 1]);
            low += (ulong)((bytes[i + 2] << 8) | bytes[i + 3]);
        }
        while ((high >> 16) != 0 || (low >> 16) != 0)
        {
            var highCarry = high >> 16;
            var lowCarry = low >> 16;
            high = (high & 0xFFFF) + lowCarry;
            low = (low & 0xFFFF) + highCarry;
        }
        return (uint)((high << 16) | low);
    }
}
