namespace Fits;

public enum FitsHduType
{
    /// <summary>A primary array or IMAGE extension, and a tile-compressed image, which CFITSIO presents as one.</summary>
    Image,
    AsciiTable,
    BinaryTable,
}
