namespace Tap.Service.Images;

internal static class ResponseBuffering
{
    /// <summary>The bytes of a response that may wait in Kestrel's socket pipe before the writer waits for the socket.</summary>
    public const int MaxWriteBufferBytes = 1 << 20;

    /// <summary>
    /// Lets up to <see cref="MaxWriteBufferBytes"/> of a response wait to be sent (Kestrel's default
    /// is 64 kB): a cutout writes bands of about 256 kB, and with 64 kB each band's flush waited until
    /// the band had gone, so reading and sending took turns; now the next band is read while the last
    /// is sent. At most this much memory is held per connection whose client reads slower than the service writes.
    /// </summary>
    public static IWebHostBuilder UseImageSizedResponseBuffer(this IWebHostBuilder builder) =>
        builder.UseSockets(options => options.MaxWriteBufferSize = MaxWriteBufferBytes);
}
