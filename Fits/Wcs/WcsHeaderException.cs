namespace Fits.Wcs;

/// <summary>
/// A header whose WCS cannot be read: a keyword is missing, is not a number, or names something this
/// library does not support. The message is "KEYWORD: reason", so a user reads first which card to fix.
/// </summary>
public sealed class WcsHeaderException(string keyword, string reason) : FormatException($"{keyword}: {reason}")
{
    public string Keyword { get; } = keyword;

    public string Reason { get; } = reason;
}
