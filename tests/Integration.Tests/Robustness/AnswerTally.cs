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

    /// <summary>Sends each request and judges its answer by <paramref name="judge"/>, by default <see cref="DaliAnswerRules"/>.</summary>
    public static Task<AnswerTally> SendAllAsync(
        HttpClient client, IReadOnlyList<RawRequest> requests, int parallelism, TimeSpan deadline, Func<HttpAnswer, (string Kind, string? Violation)>? judge = null)
    {
        var judgeAnswer = judge ?? DaliAnswerRules.Judge;
        return RunAllAsync(requests.Count, parallelism, async index =>
        {
            var answer = await HttpAnswer.SendAsync(client, requests[index], deadline);
            var (kind, violation) = judgeAnswer(answer);
            return new Outcome(kind, violation, answer.Elapsed, requests[index].ToString());
        });
    }

    /// <summary>Runs <paramref name="count"/> exchanges of any shape (e.g. a UWS job from creation to its end), a few at a time.</summary>
    public static async Task<AnswerTally> RunAllAsync(int count, int parallelism, Func<int, Task<Outcome>> exchange)
    {
        var tally = new AnswerTally { Sent = count };
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            async (index, _) => tally.Add(index, await exchange(index)));
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

    private void Add(int index, Outcome outcome)
    {
        _kinds.AddOrUpdate(outcome.Kind, 1, (_, count) => count + 1);
        if (outcome.Violation is not null)
        {
            _violations.Enqueue((index, $"{outcome.Description} → {outcome.Violation}"));
        }

        lock (_slowestLock)
        {
            if (outcome.Elapsed > Slowest)
            {
                Slowest = outcome.Elapsed;
                SlowestRequest = $"#{index} {outcome.Description}";
            }
        }
    }
}

/// <summary>One judged exchange: its kind for the counts, what is wrong with it (or null), its duration and what was sent.</summary>
internal sealed record Outcome(string Kind, string? Violation, TimeSpan Elapsed, string Description);
