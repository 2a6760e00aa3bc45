using VoTable;

namespace Soda.Service.Parameters;

/// <summary>
/// One SODA parameter as a DataLink service descriptor declares it: SODA's three factors (name, UCD,
/// unit) and its VOTable type, for the host to write as a PARAM of the inputParams GROUP.
/// </summary>
public sealed record SodaParameter(string Name, VoTableType Type, string? Unit, string Ucd, string Description);
