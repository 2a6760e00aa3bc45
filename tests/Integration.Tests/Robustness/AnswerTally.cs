using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Integration.Tests.Robustness;

/// <summary>
/// Sends many requests, a few at a time, judges every answer by <see cref="DaliAnswerRules"/> and counts
/// them by kind; keeps each violation with the input that caused it, and the slowest request.
/// </summary>
internal sealed class AnswerTally
{
    /// <summary>Violations listed in a failure message; the rest are counted.</summary>
    private const int ListedViolations = 15;

    private readonly ConcurrentDictionary<string, int> _kinds = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(int Index, string Violation)> _violations = new();
    private readonly Lock _slowestLock = new();

    public int Sent { get; private set; }

    public TimeSpan Slowest { get; private set; }

    public string SlowestRequest { get; private set; } = "none";

    public IReadOnlyDictionary<string, int> Kinds => _kinds;

    /// <summary>Every violation with the index of its input, in input order.</summary>
    public IReadOnlyList<string> Violations => _violations.OrderBy(v => v.Index).Select(v => $"#{v.Index}: {v.Violation}").ToList();

    public static async Task<AnswerTally> SendAllAsync(HttpClient client, IReadOnlyList<RawRequest> requests, int parallelism, TimeSpan deadline)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var tally = new AnswerTally { Sent = requests.Count };
        await Parallel.ForEachAsync(
            Enumerable.Range(0, requests.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            async (index, _) => tally.Add(index, requests[index], await HttpAnswer.SendAsync(client, requests[index], deadline)));
        return tally;
    }

    /// <summary>One line per kind and the slowest request, for the test log.</summary>
    public string Summary()
    {
        var text = new StringBuilder();
        foreach (var (kind, count) in _kinds.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {kind,-30} {count,6}\n");
        }

        return text.Append(CultureInfo.InvariantCulture, $"  slowest: {Slowest.TotalMilliseconds:0} ms for {SlowestRequest}\n")
            .Append(CultureInfo.InvariantCulture, $"  violations: {_violations.Count}").ToString();
    }

    /// <summary>The first violations, for an assertion message.</summary>
    public string FirstViolations() => string.Join("\n", Violations.Take(ListedViolations))
        + (_violations.Count > ListedViolations ? $"\n… and {_violations.Count - ListedViolations} more" : string.Empty);

    private void Add(int index, RawRequest request, HttpAnswer answer)
    {
        var (kind, violation) = DaliAnswerRules.Judge(answer);
        _kinds.AddOrUpdate(kind, 1, (_, count) => count + 1);
        if (violation is not null)
        {
            _violations.Enqueue((index, $"{request} → {violation}"));
        }

        lock (_slowestLock)
        {
            if (answer.Elapsed > Slowest)
            {
                Slowest = answer.Elapsed;
                SlowestRequest = $"#{index} {request}";
            }
        }
    }
}
