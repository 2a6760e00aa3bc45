namespace VoTable;

/// <summary>
/// How a value is serialised in VOTable: what a FIELD or PARAM declares as datatype, arraysize and
/// xtype (DALI xtypes for timestamps and geometry).
/// </summary>
/// <param name="ArraySize">Null for one value, "n" for exactly n, "*" or "n*" for a variable count.</param>
public readonly record struct VoTableType(VoTableDatatype Datatype, string? ArraySize = null, string? XType = null);
