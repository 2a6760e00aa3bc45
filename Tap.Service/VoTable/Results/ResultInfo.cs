namespace Tap.Service.VoTable.Results;

/// <summary>An <c>INFO name="..." value="..."</c> of the results RESOURCE.</summary>
internal sealed record ResultInfo(string Name, string Value);
