using Tap.Service.Protocol;

namespace Tap.Service.VoTable.Results;

/// <summary>What happened while writing: rows written and the final QUERY_STATUS, with the fault if it was ERROR.</summary>
internal sealed record ResultOutcome(long RowCount, QueryStatus Status, DaliException? Error);
