namespace Tap.Service.Uws;

/// <summary>The phases of a UWS 1.1 job; stored and written in upper case, as UWS spells them.</summary>
internal enum ExecutionPhase
{
    Pending,
    Queued,
    Executing,
    Completed,
    Error,
    Aborted,
    Unknown,
    Held,
    Suspended,
    Archived,
}

internal static class ExecutionPhaseNames
{
    public static string ToUwsName(this ExecutionPhase phase) => phase.ToString().ToUpperInvariant();

    /// <summary>The phase a client names (PHASE filter, WAIT's PHASE), case-insensitively; a usage error otherwise.</summary>
    public static ExecutionPhase Parse(string name) =>
        Enum.TryParse<ExecutionPhase>(name, ignoreCase: true, out var phase) && !int.TryParse(name, out _)
            ? phase
            : throw new DaliUsageException(
                $"'{name}' is not a UWS phase; phases are {string.Join(", ", Enum.GetValues<ExecutionPhase>().Select(ToUwsName))}.");

    /// <summary>Phases a job is expected to leave (UWS 1.1 lets WAIT block only in these).</summary>
    public static bool IsActive(this ExecutionPhase phase) =>
        phase is ExecutionPhase.Pending or ExecutionPhase.Queued or ExecutionPhase.Executing;
}
