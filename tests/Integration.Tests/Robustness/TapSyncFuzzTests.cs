using System.Globalization;
using Integration.Tests.Tap;
using Tap.Service.Vosi;
using Xunit.Abstractions;

namespace Integration.Tests.Robustness;

/// <summary>
/// Ten thousand mutants of the lyonetia suite and of our own TAP examples, sent to /tap/sync over real
/// HTTP: each answer must be a result or a DALI error document, never a 500, never internals, never late.
/// The seed is fixed, so a failure reproduces; FUZZ_SEED runs another one.
/// </summary>
[Collection(TapTests.Name)]
public sealed class TapSyncFuzzTests(TapFixture tap, RunLog log, ITestOutputHelper output) : IClassFixture<RunLog>
{
    private const int DefaultSeed = 20261031;
    private const int Inputs = 10_000;
    private const int Parallelism = 4;

    /// <summary>Far above the statement timeout below: only a service that stopped answering reaches it.</summary>
    private static readonly TimeSpan RequestDeadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Mutated_queries_get_a_result_or_a_DALI_error_never_a_500_or_a_hang()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), CultureInfo.InvariantCulture, out var chosen) ? chosen : DefaultSeed;
        var inputs = new TapSyncInputs(
                seed,
                TapExamples.All.Select(example => example.Query).ToList(),
                LyonetiaCorpus.AllQueries().Select(query => query.Adql).ToList())
            .Create(Inputs);
        // A short statement timeout and few rows keep ten thousand queries within a minute.
        await using var service = LoopbackService.Start(
            tap, ("Query:SyncExecutionDuration", "00:00:00.250"), ("Query:DefaultMaxRec", "5"), ("Query:HardMaxRec", "20"));

        var tally = await AnswerTally.SendAllAsync(service.Client, inputs, Parallelism, RequestDeadline);

        log.Write(output, $"/tap/sync fuzzing, seed {seed} (FUZZ_SEED={seed} reproduces it): {tally.Sent} inputs\n{tally.Summary()}");
        Assert.True(
            tally.Violations.Count == 0 && service.Errors.Entries.Count == 0,
            $"seed {seed}:\n{tally.FirstViolations()}\nThe service logged {service.Errors.Entries.Count} errors:\n{service.Errors.First()}");
        Assert.True(tally.Kinds.Keys.Any(kind => kind.StartsWith("200", StringComparison.Ordinal)), "no mutant ran: the inputs are too broken to test execution");
    }
}
