namespace Fits.Native;

/// <summary>CFITSIO's codes for the pixel types: the datatype of an array (TFLOAT...) and the image type of an HDU (FLOAT_IMG...).</summary>
internal static class PixelTypes
{
    /// <summary>CFITSIO's datatype code for arrays of <typeparamref name="T"/> (TBYTE, TSHORT, ...).</summary>
    public static int Datatype<T>()
        where T : unmanaged => typeof(T) switch
        {
            var t when t == typeof(byte) => 11,
            var t when t == typeof(ushort) => 20,
            var t when t == typeof(short) => 21,
            var t when t == typeof(uint) => 30,
            var t when t == typeof(int) => 31,
            var t when t == typeof(float) => 42,
            var t when t == typeof(long) => 81,
            var t when t == typeof(double) => 82,
            _ => throw new NotSupportedException($"FITS pixels cannot be held in {typeof(T).Name}."),
        };

    /// <summary>
    /// The image type that stores <typeparamref name="T"/> exactly; for ushort and uint CFITSIO
    /// writes the signed BITPIX with BZERO 32768 or 2147483648, FITS's convention for unsigned.
    /// </summary>
    public static int ImageType<T>()
        where T : unmanaged => typeof(T) switch
        {
            var t when t == typeof(byte) => 8,
            var t when t == typeof(short) => 16,
            var t when t == typeof(ushort) => 20,
            var t when t == typeof(int) => 32,
            var t when t == typeof(uint) => 40,
            var t when t == typeof(long) => 64,
            var t when t == typeof(float) => -32,
            var t when t == typeof(double) => -64,
            _ => throw new NotSupportedException($"FITS pixels cannot be held in {typeof(T).Name}."),
        };

    /// <summary>The datatype that reads stored values of <paramref name="bitpix"/> unscaled, for copying them as they are.</summary>
    public static int RawDatatype(int bitpix) => bitpix switch
    {
        8 => 11,
        16 => 21,
        32 => 31,
        64 => 81,
        -32 => 42,
        -64 => 82,
        _ => throw new NotSupportedException($"BITPIX {bitpix} is not a FITS pixel type."),
    };

    public static int BytesPerPixel(int bitpix) => Math.Abs(bitpix) / 8;

    /// <summary>The pixel type of CFITSIO's equivalent image type (fits_get_img_equivtype).</summary>
    public static FitsPixelType FromEquivalentImageType(int imageType) => imageType switch
    {
        8 => FitsPixelType.Byte,
        16 => FitsPixelType.Int16,
        20 => FitsPixelType.UInt16,
        32 => FitsPixelType.Int32,
        40 => FitsPixelType.UInt32,
        64 => FitsPixelType.Int64,
        -32 => FitsPixelType.Single,
        -64 => FitsPixelType.Double,
        _ => throw new NotSupportedException($"CFITSIO image type {imageType} (signed bytes or unsigned 64-bit) is not supported."),
    };
}
