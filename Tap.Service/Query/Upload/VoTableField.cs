namespace Tap.Service.Query.Upload;

/// <summary>A FIELD of an uploaded VOTable: what is needed to read its cells and to declare its column.</summary>
public sealed record VoTableField(string Name, string Datatype, string? ArraySize, string? XType, string? Unit, string? Ucd);
