using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using Integration.Tests.Tap;
using Tap.Service.Protocol;

namespace Integration.Tests.Robustness;

/// <summary>
/// What every answer of a DALI endpoint must be, whatever the input: a result (200 with QUERY_STATUS OK
/// or OVERFLOW, or a table the database ended with an error) or an error document (4xx or 503, a VOTable
/// whose only QUERY_STATUS is ERROR with a message). Never a 500, never the service's internals.
/// </summary>
internal static partial class DaliAnswerRules
{
    /// <summary>The answer's kind, for the counts ("200 OK", "400", ...), and what is wrong with it, if anything.</summary>
    public static (string Kind, string? Violation) Judge(HttpAnswer answer)
    {
        if (answer is { BodyCutOff: true, Status: HttpStatusCode.OK } && IsPlainTable(answer.ContentType))
        {
            // How the service ends a CSV or TSV table when the database fails after its first rows
            // (e.g. the execution time limit): these formats cannot carry an error, a cut-off can.
            return ("200 " + answer.ContentType!.Split(';')[0] + " cut off", null);
        }

        if (answer.Failure is { } failure)
        {
            return ("no answer", failure);
        }

        var status = (int)answer.Status;
        if (Internals().Match(answer.Body) is { Success: true } leak)
        {
            return (status.ToString(System.Globalization.CultureInfo.InvariantCulture), $"HTTP {status} shows the service's internals: '{leak.Value}'");
        }

        if (answer.Status == HttpStatusCode.OK)
        {
            return JudgeResult(answer);
        }

        var kind = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (status is < 400 or >= 500 && answer.Status != HttpStatusCode.ServiceUnavailable)
        {
            return (kind, $"HTTP {status} is neither a result nor a client or availability error");
        }

        if (!IsVoTable(answer.ContentType))
        {
            return (kind, $"HTTP {status} comes as '{answer.ContentType}', not as a DALI error VOTable");
        }

        return (kind, ReadStatuses(answer, out var statuses, out var messages) ?? (statuses is ["ERROR"] && !string.IsNullOrWhiteSpace(messages[0])
            ? null
            : $"HTTP {status} must carry exactly one QUERY_STATUS=ERROR with a message, not [{string.Join(", ", statuses)}]"));
    }

    private static (string Kind, string? Violation) JudgeResult(HttpAnswer answer)
    {
        if (IsPlainTable(answer.ContentType))
        {
            return ("200 " + answer.ContentType!.Split(';')[0], null);
        }

        if (!IsVoTable(answer.ContentType))
        {
            return ("200", $"HTTP 200 comes as '{answer.ContentType}'");
        }

        if (ReadStatuses(answer, out var statuses, out var messages) is { } unreadable)
        {
            return ("200", unreadable);
        }

        var last = statuses.Count == 0 ? null : statuses[^1];
        var message = messages.Count == 0 ? null : messages[^1];
        return last switch
        {
            "OK" or "OVERFLOW" => ("200 " + last, null),
            // The database may fail on a later row (e.g. a division by zero): the table then ends with the error.
            "ERROR" when !string.IsNullOrWhiteSpace(message) && message != FaultClassifier.InternalErrorMessage => ("200 ERROR after rows", null),
            _ => ("200", $"HTTP 200 ends with QUERY_STATUS [{string.Join(", ", statuses)}]: '{message}'"),
        };
    }

    private static bool IsPlainTable(string? contentType) =>
        contentType is not null && (contentType.StartsWith("text/csv", StringComparison.Ordinal) || contentType.StartsWith("text/tab-separated-values", StringComparison.Ordinal));

    private static bool IsVoTable(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/x-votable+xml", StringComparison.Ordinal);

    /// <summary>The QUERY_STATUS values and texts in document order; a reason instead when the body is no well-formed VOTable.</summary>
    private static string? ReadStatuses(HttpAnswer answer, out IReadOnlyList<string> statuses, out IReadOnlyList<string> messages)
    {
        try
        {
            var infos = new TapResponse(answer.Status, answer.ContentType, answer.Body, null).Infos("QUERY_STATUS").ToList();
            statuses = infos.Select(info => info.Attribute("value")?.Value ?? string.Empty).ToList();
            messages = infos.Select(info => info.Value).ToList();
            return null;
        }
        catch (XmlException malformed)
        {
            statuses = messages = [];
            return $"HTTP {(int)answer.Status} is not well-formed XML: {malformed.Message}";
        }
    }

    /// <summary>Stack frames, source lines and .NET or Npgsql exception names: what a user must never see.</summary>
    [GeneratedRegex(@"^\s*at [\w.`<>]+\(|\.cs:line \d+|\b(?:System|Npgsql|Microsoft|Antlr4)\.[\w.]*Exception\b|PostgresException", RegexOptions.Multiline)]
    private static partial Regex Internals();
}
