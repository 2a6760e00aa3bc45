namespace Sia.Service;

/// <summary>What a SIAv2 request asks for: one ADQL query over ivoa.obscore and how to deliver its rows.</summary>
/// <param name="Adql">The query, as a user could paste it into a TAP client.</param>
/// <param name="MaxRecords">MAXREC, if given; 0 asks for the self-description.</param>
/// <param name="ResponseFormat">RESPONSEFORMAT, if given (one of the host's formats).</param>
public sealed record SiaQuery(string Adql, long? MaxRecords, string? ResponseFormat);
