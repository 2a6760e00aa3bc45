using VoTable;

namespace Tap.Service.VoTable.Reading;

/// <summary>A FIELD of an uploaded VOTable: what is needed to read its cells and to declare its column.</summary>
/// <param name="NullValue">The value its VALUES element declares as null (how VOTable marks null integers).</param>
internal sealed record VoTableField(string Name, VoTableDatatype Datatype, string? ArraySize, string? XType, string? Unit, string? Ucd, string? NullValue = null);
