using System.Diagnostics;
using System.Net;
using System.Xml;
using System.Xml.Linq;
using Dapper;
using Integration.Tests.Tap;
using Integration.Tests.Uws;
using Microsoft.Extensions.DependencyInjection;
using Sia.Service;
using Tap.Service.Protocol;
using Xunit.Abstractions;

namespace Integration.Tests.Robustness;

/// <summary>
/// Injection payloads in every parameter of TAP (sync and async), SIAv2 and DataLink, over real HTTP:
/// each answer is a result or a DALI error, never a 500; no request takes as long as a payload's
/// pg_sleep; and afterwards the database holds the same tables, grants, rows and roles as before.
/// </summary>
[Collection(TapTests.Name)]
public sealed class InjectionHttpTests(TapFixture tap, RunLog log, ITestOutputHelper output) : IClassFixture<RunLog>
{
    private const int Parallelism = 4;


    /// <summary>Beyond the payloads' pg_sleep: a request that slept is reported as slow, not as unanswered.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(InjectionPayloads.SleepSeconds + 15);

    /// <summary>No request, however loaded the machine, takes this long unless a payload's pg_sleep ran.</summary>
    private static readonly TimeSpan SleptIfLonger = TimeSpan.FromSeconds(InjectionPayloads.SleepSeconds * 3 / 4);

    [Fact]
    public async Task Payloads_in_every_parameter_of_TAP_sync_SIA_and_DataLink_are_answered_and_change_nothing()
    {
        await using var service = LoopbackService.Start(tap);
        var before = await FingerprintAsync();
        var surfaces = new (string Name, IReadOnlyList<InjectionSlot> Slots)[]
        {
            ("/tap/sync", InjectionRequests.Tap("/tap/sync")),
            ("/sia/query", InjectionRequests.Sia(InjectionCompileTests.SiaParameterNames(service.Services.GetRequiredService<SiaQueryBuilder>()))),
            ("/datalink/links", InjectionRequests.DataLink(await KnownDatasetAsync())),
        };

        var tally = await AnswerTally.SendAllAsync(
            service.Client, surfaces.SelectMany(surface => InjectionRequests.Each(surface.Slots)).ToList(), Parallelism, Deadline);

        var changes = (await FingerprintAsync()).ChangesSince(before);
        log.Write(output, $"Injection over HTTP, {InjectionPayloads.All.Count} payloads × "
            + string.Join(" + ", surfaces.Select(s => $"{s.Slots.Count} {s.Name} parameters"))
            + $" = {tally.Sent} requests\n{tally.Summary()}\n  database changes: {changes.Count}");
        AssertClean(tally, service, changes);
    }

    [Fact]
    public async Task Payloads_in_every_parameter_of_TAP_async_jobs_are_answered_and_change_nothing()
    {
        await using var service = LoopbackService.Start(tap, ("Uws:WorkerCount", "4"), ("Uws:PollInterval", "00:00:00.050"));
        var before = await FingerprintAsync();
        var jobSlots = InjectionRequests.Tap("/tap/async").Concat(InjectionRequests.UwsCreation).ToList();
        var jobs = InjectionRequests.Each(jobSlots);
        var reads = InjectionRequests.Each(InjectionRequests.UwsReading);

        var jobTally = await AnswerTally.RunAllAsync(jobs.Count, Parallelism * 2, index => RunJobAsync(service.Client, jobs[index]));
        var readTally = await AnswerTally.SendAllAsync(service.Client, reads, Parallelism, Deadline, JudgeUws);

        var changes = (await FingerprintAsync()).ChangesSince(before);
        log.Write(output, $"Injection into /tap/async, {InjectionPayloads.All.Count} payloads × {jobSlots.Count} job parameters = {jobTally.Sent} jobs "
            + $"and × {InjectionRequests.UwsReading.Count} job list and job id parameters = {readTally.Sent} requests (payloads that fit in a URL)\n{jobTally.Summary()}\n{readTally.Summary()}\n  database changes: {changes.Count}");
        AssertClean(jobTally, service, changes);
        AssertClean(readTally, service, changes);
    }

    [Fact]
    public async Task Uploaded_tables_keep_payloads_as_their_column_names_and_values()
    {
        await using var service = LoopbackService.Start(tap);
        var problems = new List<string>();
        foreach (var payload in InjectionPayloads.XmlSafe)
        {
            var name = new XAttribute("name", payload).ToString();
            var cell = new XText(payload).ToString();
            var votable = TargetLists.Document($"<FIELD {name} datatype=\"char\" arraysize=\"*\"/>", $"<TABLEDATA><TR><TD>{cell}</TD></TR></TABLEDATA>");
            var request = new RawRequest(
                Transport.PostMultipart,
                "/tap/sync",
                [RawParameter.Text("LANG", "ADQL"), RawParameter.Text("QUERY", InjectionRequests.UploadQuery), RawParameter.Text("UPLOAD", "t,param:t")])
            {
                Files = [new RawPart("t", "t.xml", System.Text.Encoding.UTF8.GetBytes(votable))],
            };

            var answer = await HttpAnswer.SendAsync(service.Client, request, Deadline);

            var result = new TapResponse(answer.Status, answer.ContentType, answer.Body, null);
            if (answer.Failure is not null || answer.Status != HttpStatusCode.OK || result.FieldNames.SingleOrDefault() != payload || result.Rows.SingleOrDefault()?.SingleOrDefault() != payload)
            {
                problems.Add($"payload {payload}: HTTP {(int)answer.Status} {answer.Body[..Math.Min(400, answer.Body.Length)]}");
            }
        }

        log.Write(output, $"Upload injection: {InjectionPayloads.XmlSafe.Count()} payloads as a column name and value of TAP_UPLOAD.t, {problems.Count} not kept");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    /// <summary>The database check above can fail: what an injection would do, in a transaction that is rolled back.</summary>
    [Fact]
    public async Task The_fingerprint_sees_a_new_table_a_changed_row_a_grant_and_a_new_role()
    {
        await using var connection = await tap.Database.OpenAsync();
        var before = await DatabaseFingerprint.TakeAsync(connection);
        await using var transaction = await connection.BeginTransactionAsync();

        await connection.ExecuteAsync(
            $"""
            CREATE TABLE public.injected_table (x int);
            UPDATE ivoa.obscore SET obs_id = obs_id || 'x' WHERE obs_publisher_did = (SELECT min(obs_publisher_did) FROM ivoa.obscore);
            GRANT SELECT ON tap_schema.tables TO PUBLIC;
            CREATE ROLE {InjectionPayloads.InjectedRole};
            """,
            transaction: transaction);
        var changes = (await DatabaseFingerprint.TakeAsync(connection)).ChangesSince(before);
        await transaction.RollbackAsync();

        Assert.Contains(changes, change => change.Contains("public.injected_table", StringComparison.Ordinal));
        Assert.Contains(changes, change => change.StartsWith("content", StringComparison.Ordinal) && change.Contains("ivoa.obscore", StringComparison.Ordinal));
        Assert.Contains(changes, change => change.Contains("tap_schema.tables", StringComparison.Ordinal) && change.StartsWith("object", StringComparison.Ordinal));
        Assert.Contains(changes, change => change.StartsWith("role created: " + InjectionPayloads.InjectedRole, StringComparison.Ordinal));
    }

    /// <summary>A job from its creation to its end: each answer on the way must keep the protocol, and the job end in time.</summary>
    private static async Task<Outcome> RunJobAsync(HttpClient client, RawRequest create)
    {
        var description = create.ToString();
        // Started at once, unless the payload is the PHASE itself.
        var run = create.Parameters.Any(p => p.Name == "PHASE") ? create : create with { Parameters = [.. create.Parameters, RawParameter.Text("PHASE", "RUN")] };
        var creation = await HttpAnswer.SendAsync(client, run, Deadline);
        if (creation.Status != HttpStatusCode.SeeOther)
        {
            var (kind, violation) = DaliAnswerRules.Judge(creation);
            return new Outcome("creation " + kind, violation, creation.Elapsed, description);
        }

        if (creation.Location is not { } location)
        {
            return new Outcome("creation 303", "a new job's 303 has no Location", creation.Elapsed, description);
        }

        // The Location is on the public base URL; this instance answers the same job under /tap/async.
        var job = "/tap/async/" + location.Segments[^1];
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var answer = await HttpAnswer.SendAsync(client, new RawRequest(Transport.Get, job, [RawParameter.Text("WAIT", "5")]), Deadline);
            var (kind, violation) = JudgeUws(answer);
            if (violation is not null)
            {
                return new Outcome("job " + kind, violation, clock.Elapsed, description);
            }

            var document = XDocument.Parse(answer.Body);
            var phase = document.Root!.Element(UwsClient.UwsNamespace + "phase")?.Value;
            if (phase is "COMPLETED" or "ERROR" or "ABORTED")
            {
                return await EndedJobAsync(client, job, phase, document, clock.Elapsed, description);
            }

            if (clock.Elapsed > Deadline)
            {
                return new Outcome("job " + phase, $"still {phase} after {Deadline.TotalSeconds} s", clock.Elapsed, description);
            }
        }
    }

    private static async Task<Outcome> EndedJobAsync(HttpClient client, string job, string phase, XDocument document, TimeSpan elapsed, string description)
    {
        if (phase == "COMPLETED")
        {
            var result = await HttpAnswer.SendAsync(client, new RawRequest(Transport.Get, job + "/results/result", []), Deadline);
            var (kind, violation) = DaliAnswerRules.Judge(result);
            return new Outcome("job COMPLETED, result " + kind, violation, elapsed, description);
        }

        var message = document.Root!.Element(UwsClient.UwsNamespace + "errorSummary")?.Element(UwsClient.UwsNamespace + "message")?.Value;
        var problem = string.IsNullOrWhiteSpace(message) ? $"job {phase} without an error message"
            : message == FaultClassifier.InternalErrorMessage ? $"job {phase} with an internal error"
            : null;
        return new Outcome("job " + phase, problem, elapsed, description);
    }

    /// <summary>UWS answers: a well-formed XML document (200), a redirection (303), or a DALI error.</summary>
    private static (string Kind, string? Violation) JudgeUws(HttpAnswer answer)
    {
        if (answer.Failure is not null || answer.Status is not (HttpStatusCode.OK or HttpStatusCode.SeeOther))
        {
            return DaliAnswerRules.Judge(answer);
        }

        var kind = ((int)answer.Status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (answer.Status == HttpStatusCode.SeeOther)
        {
            return (kind, null);
        }

        try
        {
            XDocument.Parse(answer.Body);
            return (kind, null);
        }
        catch (XmlException malformed)
        {
            return (kind, "the UWS document is not well-formed XML: " + malformed.Message);
        }
    }

    private static void AssertClean(AnswerTally tally, LoopbackService service, IReadOnlyList<string> changes)
    {
        Assert.True(tally.Violations.Count == 0, tally.FirstViolations());
        Assert.True(service.Errors.Entries.Count == 0, $"The service logged {service.Errors.Entries.Count} errors:\n{service.Errors.First()}");
        Assert.True(changes.Count == 0, "The database changed:\n" + string.Join("\n", changes.Take(20)));
        Assert.True(tally.Slowest < SleptIfLonger, $"{tally.SlowestRequest} took {tally.Slowest.TotalSeconds:0.0} s: as long as a payload's pg_sleep");
    }

    private async Task<DatabaseFingerprint> FingerprintAsync()
    {
        await using var connection = await tap.Database.OpenAsync();
        return await DatabaseFingerprint.TakeAsync(connection);
    }

    private async Task<string> KnownDatasetAsync()
    {
        await using var connection = await tap.Database.OpenAsync();
        return await connection.QueryFirstAsync<string>("SELECT obs_publisher_did FROM ivoa.obscore ORDER BY obs_publisher_did LIMIT 1");
    }
}
