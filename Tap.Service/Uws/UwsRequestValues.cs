using System.Globalization;
using Tap.Service.Protocol;

namespace Tap.Service.Uws;

/// <summary>The UWS control parameters, read from the request's DALI parameters; bad values are usage errors that say why.</summary>
internal static class UwsRequestValues
{
    public const string Phase = "PHASE";
    public const string After = "AFTER";
    public const string Last = "LAST";
    public const string Wait = "WAIT";
    public const string Action = "ACTION";
    public const string RunId = "RUNID";
    public const string ExecutionDuration = "EXECUTIONDURATION";
    public const string Destruction = "DESTRUCTION";

    /// <summary>UWS controls that set job attributes rather than being parameters of the query.</summary>
    private static readonly HashSet<string> JobAttributeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        Phase, RunId, ExecutionDuration, Destruction,
    };

    /// <summary>The parameters a job keeps for its query: all but the UWS controls.</summary>
    public static IEnumerable<KeyValuePair<string, string[]>> QueryParameters(DaliParameters parameters)
    {
        return parameters.Names
            .Where(name => !JobAttributeNames.Contains(name))
            .Select(name => KeyValuePair.Create(Storable(name, name), parameters.GetValues(name).Select(value => Storable(name, value)).ToArray()));
    }

    /// <summary>RUNID, kept with the job.</summary>
    public static string? RunIdOf(DaliParameters parameters)
    {
        return parameters.GetSingle(RunId) is { } runId ? Storable(RunId, runId) : null;
    }

    /// <summary>
    /// A job is a database row, and PostgreSQL text holds no NUL: refused here with the parameter's name,
    /// rather than by the database with a message about JSON escapes (and an error in the service's log).
    /// </summary>
    private static string Storable(string name, string text) =>
        text.Contains('\0', StringComparison.Ordinal)
            ? throw new DaliUsageException($"Parameter {name.Replace("\0", string.Empty, StringComparison.Ordinal)} contains a NUL character, which a job cannot keep.")
            : text;

    /// <summary>The phases of a job list's PHASE filter (repeatable); empty when not given.</summary>
    public static IReadOnlyList<ExecutionPhase> Phases(DaliParameters parameters)
    {
        return parameters.GetValues(Phase).Select(ExecutionPhaseNames.Parse).Distinct().ToList();
    }

    public static DateTime? Time(DaliParameters parameters, string name)
    {
        var text = parameters.GetSingle(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.UtcDateTime
            : throw new DaliUsageException($"Parameter {name} must be an ISO-8601 time such as 2026-01-31T12:00:00Z, not '{text}'.");
    }

    /// <summary>LAST: how many of the most recent jobs to list; must be positive.</summary>
    public static int? LastCount(DaliParameters parameters)
    {
        var last = parameters.GetNonNegativeInt32(Last);
        return last == 0 ? throw new DaliUsageException("Parameter LAST must be a positive integer.") : last;
    }

    /// <summary>WAIT in seconds, up to <paramref name="maximum"/>; -1 asks for the maximum. Null when not given.</summary>
    public static TimeSpan? WaitTime(DaliParameters parameters, TimeSpan maximum)
    {
        var text = parameters.GetSingle(Wait);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds) || seconds < -1)
        {
            throw new DaliUsageException($"Parameter WAIT must be a number of seconds, or -1 to wait as long as the service allows, not '{text}'.");
        }

        return seconds == -1 ? maximum : TimeSpan.FromSeconds(Math.Min(seconds, maximum.TotalSeconds));
    }

    /// <summary>EXECUTIONDURATION in seconds, where 0 (unlimited) and anything longer become <paramref name="maximum"/>. Null when not given.</summary>
    public static int? ExecutionDurationSeconds(DaliParameters parameters, TimeSpan maximum)
    {
        var seconds = parameters.GetNonNegativeInt32(ExecutionDuration);
        var limit = (int)maximum.TotalSeconds;
        return seconds is null ? null : seconds == 0 || seconds > limit ? limit : seconds;
    }
}
