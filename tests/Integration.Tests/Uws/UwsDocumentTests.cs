using Integration.Tests.Database;

namespace Integration.Tests.Uws;

/// <summary>The UWS documents as clients receive them, against expected files.</summary>
[Collection(UwsTests.Name)]
public sealed class UwsDocumentTests(DatabaseFixture database) : UwsHostTests(database)
{
    [Fact]
    public async Task Completed_job_list_and_results()
    {
        // Signed in, as anonymous callers are listed no jobs.
        using var owner = Host.SignedIn("documents-owner", []);
        var job = await owner.CreateAsync(("QUERY", "SELECT 1 AS one"), ("lang", "ADQL"), ("RUNID", "documents"), ("PHASE", "RUN"));
        await owner.WaitForPhaseAsync(job, "COMPLETED");
        var id = JobLifecycleTests.JobId(job);

        await ExpectedDocument.AssertMatchesAsync("completed-job.xml", await owner.Http.GetStringAsync(job), id);
        await ExpectedDocument.AssertMatchesAsync("results.xml", await owner.Http.GetStringAsync(job + "/results"), id);
        await ExpectedDocument.AssertMatchesAsync("job-list.xml", await owner.Http.GetStringAsync("/tap/async?LAST=1"), id);
    }

    [Fact]
    public async Task Text_xml_cannot_carry_becomes_a_replacement_character_not_a_failure()
    {
        var job = await Client.CreateAsync(("QUERY", "SELECT 1 AS one"), ("LANG", "ADQL"), ("RUNID", "run\u001b[2J\b"), ("PHASE", "RUN"));
        await Client.WaitForPhaseAsync(job, "COMPLETED");

        var document = await Client.GetDocumentAsync(job);

        Assert.Equal("run\uFFFD[2J\uFFFD", document.Element(UwsClient.UwsNamespace + "runId")!.Value);
    }

    [Fact]
    public async Task Failed_job_and_parameters()
    {
        var job = await Client.CreateAsync(("QUERY", "SELECT 1 / 0"), ("POS", "CIRCLE 10 20 1"), ("pos", "CIRCLE 30 40 1"), ("PHASE", "RUN"));
        await Client.WaitForPhaseAsync(job, "ERROR");
        var id = JobLifecycleTests.JobId(job);

        await ExpectedDocument.AssertMatchesAsync("failed-job.xml", await Client.Http.GetStringAsync(job), id);
        await ExpectedDocument.AssertMatchesAsync("parameters.xml", await Client.Http.GetStringAsync(job + "/parameters"), id);
    }
}
