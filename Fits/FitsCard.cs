namespace Fits;

/// <summary>
/// One header card as CFITSIO reads it: the keyword, the value as written in the card (strings
/// keep their quotes, numbers their text, so a card is written back unchanged) and the comment.
/// Commentary cards (COMMENT, HISTORY, blank) have no value.
/// </summary>
public sealed record FitsCard(string Keyword, string? Value, string? Comment);
