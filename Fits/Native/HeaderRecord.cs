namespace Fits.Native;

/// <summary>
/// One 80-character header record as CFITSIO parsed it: the keyword, the value text (strings with
/// their quotes; null for commentary cards), the comment, and CFITSIO's class of the keyword
/// (structural, compression, scaling, checksum, WCS, ... — fits_get_keyclass).
/// </summary>
internal sealed record HeaderRecord(string Text, string Keyword, string? Value, string? Comment, int KeyClass)
{
    public const int StructuralClass = 10;
    public const int CompressionClass = 20;
    public const int ScalingClass = 30;
    public const int NullValueClass = 40;
    public const int ChecksumClass = 100;
    public const int WcsClass = 110;

    public FitsCard ToCard() => new(Keyword, Value, Comment);
}
