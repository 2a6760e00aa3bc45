using System.Text;
using Tap.Service.VoTable;

namespace Tap.Service.Tests.VoTable;

public class ByteBufferTests
{
    [Theory]
    [InlineData(2025, 1, 2, 3, 4, 5, 0, "2025-01-02T03:04:05")]
    [InlineData(2025, 12, 31, 23, 59, 59, 6_780_000, "2025-12-31T23:59:59.678")]
    [InlineData(1999, 7, 9, 0, 0, 0, 10, "1999-07-09T00:00:00.000001")]
    [InlineData(1, 1, 1, 0, 0, 0, 1, "0001-01-01T00:00:00.0000001")]
    public void Timestamps_are_ISO_8601_without_offset_or_trailing_zeros(int year, int month, int day, int hour, int minute, int second, int ticks, string expected)
    {
        using var buffer = new ByteBuffer(16);

        buffer.WriteTimestamp(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks));

        Assert.Equal(expected, Encoding.ASCII.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void Growing_keeps_what_was_written_and_truncating_forgets_the_rest()
    {
        using var buffer = new ByteBuffer(16);
        buffer.WriteText("kept");
        var mark = buffer.Length;

        buffer.WriteText(new string('x', 100_000));
        buffer.Truncate(mark);

        Assert.Equal("kept", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
