namespace Fits;

/// <summary>
/// The .NET type that holds an image's pixel values exactly once BSCALE/BZERO are applied
/// (CFITSIO's "equivalent" image type): a BITPIX 16 image with BZERO 32768, as Rubin's raws are,
/// is <see cref="UInt16"/>; a BITPIX 16 image with BSCALE 0.01 is <see cref="Single"/>.
/// </summary>
public enum FitsPixelType
{
    Byte,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    Single,
    Double,
}
