using System.Net;
using System.Xml.Linq;
using Integration.Tests.Database;
using static TestSupport.UwsClient;

namespace Integration.Tests.Uws;

[Collection(UwsTests.Name)]
public sealed class JobLifecycleTests(DatabaseFixture database) : UwsHostTests(database)
{
    private static readonly XNamespace VoTable = "http://www.ivoa.net/xml/VOTable/v1.3";

    [Fact]
    public async Task Created_job_runs_to_completion_and_serves_its_result()
    {
        var job = await Client.CreateAsync(
            ("query", "SELECT n, n * 0.5 AS half FROM generate_series(1, 3) AS n"), ("Phase", "RUN"), ("RunId", "mine"),
            ("extra", "one"), ("EXTRA", "two"));

        var completed = await Client.WaitForPhaseAsync(job, "COMPLETED");

        Assert.Equal("mine", completed.Element(UwsNamespace + "runId")!.Value);
        Assert.NotEmpty(completed.Element(UwsNamespace + "startTime")!.Value);
        Assert.NotEmpty(completed.Element(UwsNamespace + "endTime")!.Value);
        var result = Assert.Single(completed.Element(UwsNamespace + "results")!.Elements(UwsNamespace + "result"));
        Assert.Equal("result", result.Attribute("id")!.Value);
        Assert.Equal(job + "/results/result", result.Attribute(Xlink + "href")!.Value);
        Assert.Equal("application/x-votable+xml", result.Attribute("mime-type")!.Value);

        using var response = await Client.Http.GetAsync(result.Attribute(Xlink + "href")!.Value);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-votable+xml", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(long.Parse(result.Attribute("size")!.Value, System.Globalization.CultureInfo.InvariantCulture), response.Content.Headers.ContentLength);
        var rows = XDocument.Parse(body).Descendants(VoTable + "TR").Select(tr => tr.Elements(VoTable + "TD").First().Value);
        Assert.Equal(["1", "2", "3"], rows);
    }

    [Fact]
    public async Task Parameters_are_kept_as_given_with_repeated_values()
    {
        var job = await Client.CreateAsync(("Query", "SELECT 1"), ("pos", "CIRCLE 1 2 3"), ("POS", "CIRCLE 4 5 6"));

        var parameters = (await Client.GetDocumentAsync(job + "/parameters")).Elements(UwsNamespace + "parameter")
            .Select(p => (p.Attribute("id")!.Value, p.Value));

        Assert.Equal([("pos", "CIRCLE 1 2 3"), ("pos", "CIRCLE 4 5 6"), ("Query", "SELECT 1")], parameters);
        Assert.Equal("PENDING", await Client.PhaseAsync(job));
    }

    [Fact]
    public async Task Pending_job_takes_new_parameters_and_refuses_them_once_queued()
    {
        var job = await Client.CreateAsync(("QUERY", "SELECT 1"), ("MAXREC", "10"));

        await PostRedirectsToAsync(job + "/parameters", job, ("query", "SELECT 2"), ("RUNID", "second try"));

        var pending = await Client.GetDocumentAsync(job);
        Assert.Equal("second try", pending.Element(UwsNamespace + "runId")!.Value);
        var parameters = pending.Element(UwsNamespace + "parameters")!.Elements().Select(p => (p.Attribute("id")!.Value, p.Value));
        Assert.Equal([("MAXREC", "10"), ("query", "SELECT 2")], parameters);
        await PostRedirectsToAsync(job + "/phase", job, ("PHASE", "RUN"));
        await AssertFaultAsync(await Client.PostAsync(job + "/parameters", ("QUERY", "SELECT 3")), HttpStatusCode.BadRequest, "only a PENDING job accepts changes");
    }

    [Fact]
    public async Task Job_resources_answer_their_values()
    {
        var job = await Client.CreateAsync(("QUERY", "SELECT 1"), ("EXECUTIONDURATION", "30"));

        Assert.Equal("30", await TextAsync(job + "/executionduration"));
        Assert.Equal(string.Empty, await TextAsync(job + "/quote"));
        Assert.Equal(string.Empty, await TextAsync(job + "/owner"));
        Assert.Equal("PENDING", await TextAsync(job + "/phase"));

        await PostRedirectsToAsync(job + "/executionduration", job, ("EXECUTIONDURATION", "0"));
        Assert.Equal("3600", await TextAsync(job + "/executionduration"));

        await PostRedirectsToAsync(job + "/destruction", job, ("DESTRUCTION", "2030-01-02T03:04:05Z"));
        var destruction = DateTime.Parse(await TextAsync(job + "/destruction"), System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();
        Assert.True(destruction <= DateTime.UtcNow.AddDays(30), $"Destruction {destruction:O} is later than the maximum retention allows.");
    }

    [Fact]
    public async Task Job_list_filters_by_phase_after_and_last()
    {
        // Signed in: the list holds only the caller's own jobs, and anonymous callers are listed none.
        using var lister = Host.SignedIn("lister-" + Guid.NewGuid().ToString("N"), []);
        var first = JobId(await lister.CreateAsync(("QUERY", "SELECT 1")));
        await Task.Delay(20);
        var second = JobId(await lister.CreateAsync(("QUERY", "SELECT 2")));
        var third = await lister.CreateAsync(("QUERY", "SELECT 3"), ("PHASE", "RUN"));
        await lister.WaitForPhaseAsync(third, "COMPLETED");
        var firstCreated = (await lister.GetDocumentAsync("/tap/async/" + first)).Element(UwsNamespace + "creationTime")!.Value;

        var pending = await ListAsync(lister, "?PHASE=PENDING");
        Assert.All(pending, job => Assert.Equal("PENDING", job.Phase));
        Assert.Contains(pending, job => job.Id == first);
        Assert.DoesNotContain(pending, job => job.Id == JobId(third));

        var pendingOrCompleted = await ListAsync(lister, "?phase=PENDING&PHASE=COMPLETED&LAST=3");
        Assert.Equal([JobId(third), second, first], pendingOrCompleted.Select(job => job.Id));

        var after = await ListAsync(lister, "?AFTER=" + Uri.EscapeDataString(firstCreated));
        Assert.DoesNotContain(after, job => job.Id == first);
        Assert.Contains(after, job => job.Id == second);

        Assert.Equal([JobId(third)], (await ListAsync(lister, "?LAST=1")).Select(job => job.Id));
        for (var more = 3; more <= TapServiceInstance.DefaultListSize; more++)
        {
            await lister.CreateAsync(("QUERY", "SELECT 4"));
        }

        Assert.Equal(TapServiceInstance.DefaultListSize, (await ListAsync(lister, string.Empty)).Count);
    }

    [Fact]
    public async Task Bad_job_list_filters_are_usage_errors()
    {
        await AssertFaultAsync(await Client.Http.GetAsync("/tap/async?PHASE=FINISHED"), HttpStatusCode.BadRequest, "'FINISHED' is not a UWS phase");
        await AssertFaultAsync(await Client.Http.GetAsync("/tap/async?LAST=0"), HttpStatusCode.BadRequest, "LAST must be a positive integer");
        await AssertFaultAsync(await Client.Http.GetAsync("/tap/async?AFTER=yesterday"), HttpStatusCode.BadRequest, "AFTER must be an ISO-8601 time");
    }

    [Fact]
    public async Task Wait_returns_when_the_phase_changes()
    {
        var job = await Client.CreateAsync(("QUERY", "SELECT 1"));
        var started = DateTime.UtcNow;

        var waiting = Client.GetDocumentAsync(job + "?WAIT=" + TapServiceInstance.MaxWaitSeconds);
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted, "WAIT returned before the phase changed.");
        (await Client.PostAsync(job + "/phase", ("PHASE", "ABORT"))).Dispose();

        Assert.Equal("ABORTED", (await waiting).Element(UwsNamespace + "phase")!.Value);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(TapServiceInstance.MaxWaitSeconds - 1), "WAIT did not return when the job was aborted.");
    }

    [Fact]
    public async Task Wait_ends_at_the_services_maximum()
    {
        var job = await Client.CreateAsync(("QUERY", "SELECT 1"));
        var started = DateTime.UtcNow;

        var document = await Client.GetDocumentAsync(job + "?WAIT=600");

        var waited = DateTime.UtcNow - started;
        Assert.Equal("PENDING", document.Element(UwsNamespace + "phase")!.Value);
        Assert.InRange(waited, TimeSpan.FromSeconds(TapServiceInstance.MaxWaitSeconds - 0.5), TimeSpan.FromSeconds(TapServiceInstance.MaxWaitSeconds + 5));
    }

    [Fact]
    public async Task Wait_returns_at_once_when_the_job_is_not_in_the_given_phase()
    {
        var job = await Client.CreateAsync(("QUERY", "SELECT 1"));
        var started = DateTime.UtcNow;

        var document = await Client.GetDocumentAsync(job + "?WAIT=" + TapServiceInstance.MaxWaitSeconds + "&PHASE=EXECUTING");

        Assert.Equal("PENDING", document.Element(UwsNamespace + "phase")!.Value);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(TapServiceInstance.MaxWaitSeconds - 1), "WAIT blocked although the job was not EXECUTING.");
    }

    /// <summary>A form body cannot carry NUL (ASP.NET refuses it), a multipart one can; a job cannot keep it.</summary>
    [Theory]
    [InlineData("QUERY", "SELECT 'a\0b'")]
    [InlineData("RUNID", "a\0b")]
    public async Task A_nul_character_is_refused_with_the_parameter_it_is_in(string name, string value)
    {
        MultipartFormDataContent Form() => new() { { new StringContent("ADQL"), "LANG" }, { new StringContent(value), name } };
        using var creation = Form();
        await AssertFaultAsync(await Client.Http.PostAsync("/tap/async", creation), HttpStatusCode.BadRequest, $"Parameter {name} contains a NUL character");

        var job = await Client.CreateAsync(("LANG", "ADQL"), ("QUERY", "SELECT 1"));
        using var change = Form();
        await AssertFaultAsync(await Client.Http.PostAsync(job + "/parameters", change), HttpStatusCode.BadRequest, $"Parameter {name} contains a NUL character");
    }

    [Fact]
    public async Task Illegal_phase_changes_are_usage_errors()
    {
        var job = await Client.CreateAsync(("QUERY", "SELECT 1"), ("PHASE", "RUN"));
        await Client.WaitForPhaseAsync(job, "COMPLETED");

        await AssertFaultAsync(await Client.PostAsync(job + "/phase", ("PHASE", "RUN")), HttpStatusCode.BadRequest, "cannot run: it is COMPLETED");
        await AssertFaultAsync(await Client.PostAsync(job + "/phase", ("PHASE", "ABORT")), HttpStatusCode.BadRequest, "cannot abort: it is COMPLETED");
        await AssertFaultAsync(await Client.PostAsync(job + "/phase", ("PHASE", "SUSPEND")), HttpStatusCode.BadRequest, "PHASE=SUSPEND is not one of them");
        await AssertFaultAsync(
            await Client.PostAsync(job + "/executionduration", ("EXECUTIONDURATION", "10")), HttpStatusCode.BadRequest, "only a PENDING job accepts changes");
        await AssertFaultAsync(await Client.PostAsync("/tap/async", ("QUERY", "SELECT 1"), ("PHASE", "ABORT")), HttpStatusCode.BadRequest, "PHASE=ABORT is not allowed");
        Assert.Equal("COMPLETED", await Client.PhaseAsync(job));
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("GET", "/phase")]
    [InlineData("GET", "/results/result")]
    [InlineData("GET", "/error")]
    [InlineData("POST", "/phase")]
    [InlineData("DELETE", "")]
    public async Task Unknown_job_is_not_found(string method, string resource)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/tap/async/0123456789abcdef01234567" + resource);
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent([KeyValuePair.Create("PHASE", "RUN")]);
        }

        await AssertFaultAsync(await Client.Http.SendAsync(request), HttpStatusCode.NotFound, "There is no job 0123456789abcdef01234567");
    }

    [Fact]
    public async Task Delete_removes_the_job_and_its_result_file()
    {
        var job = await Client.CreateAsync(("QUERY", "SELECT 1"), ("PHASE", "RUN"));
        await Client.WaitForPhaseAsync(job, "COMPLETED");
        Assert.Contains(Host.ResultFiles(), file => Path.GetFileName(file).StartsWith(JobId(job), StringComparison.Ordinal));

        using var response = await Client.Http.DeleteAsync(job);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("http://localhost/tap/async", response.Headers.Location!.AbsoluteUri);
        Assert.DoesNotContain(Host.ResultFiles(), file => Path.GetFileName(file).StartsWith(JobId(job), StringComparison.Ordinal));
        await AssertFaultAsync(await Client.Http.GetAsync(job), HttpStatusCode.NotFound, "There is no job");
    }

    [Fact]
    public async Task Post_action_delete_deletes_the_job()
    {
        var job = await Client.CreateAsync(("QUERY", "SELECT 1"));

        using var response = await Client.PostAsync(job, ("ACTION", "DELETE"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("http://localhost/tap/async", response.Headers.Location!.AbsoluteUri);
        await AssertFaultAsync(await Client.Http.GetAsync(job + "/phase"), HttpStatusCode.NotFound, "There is no job");
    }

    [Fact]
    public async Task Job_past_its_destruction_time_is_removed_with_its_result()
    {
        var job = await Client.CreateAsync(("QUERY", "SELECT 1"), ("PHASE", "RUN"));
        await Client.WaitForPhaseAsync(job, "COMPLETED");

        (await Client.PostAsync(job + "/destruction", ("DESTRUCTION", DateTime.UtcNow.AddSeconds(-1).ToString("O")))).Dispose();

        var deadline = DateTime.UtcNow.AddSeconds(10);
        HttpStatusCode status;
        do
        {
            await Task.Delay(100);
            using var response = await Client.Http.GetAsync(job + "/phase");
            status = response.StatusCode;
        }
        while (status == HttpStatusCode.OK && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain(Host.ResultFiles(), file => Path.GetFileName(file).StartsWith(JobId(job), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Failed_query_ends_in_error_with_its_error_document()
    {
        var job = await Client.CreateAsync(("QUERY", "SELECT 1 / (n - 2) FROM generate_series(1, 3) AS n"), ("PHASE", "RUN"));

        var failed = await Client.WaitForPhaseAsync(job, "ERROR");

        var summary = failed.Element(UwsNamespace + "errorSummary")!;
        Assert.Equal("fatal", summary.Attribute("type")!.Value);
        Assert.Equal("division by zero", summary.Element(UwsNamespace + "message")!.Value);
        Assert.Empty(failed.Element(UwsNamespace + "results")!.Elements());
        using var error = await Client.Http.GetAsync(job + "/error");
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        var info = XDocument.Parse(await error.Content.ReadAsStringAsync()).Descendants(VoTable + "INFO").Single();
        Assert.Equal(("QUERY_STATUS", "ERROR", "division by zero"), (info.Attribute("name")!.Value, info.Attribute("value")!.Value, info.Value));
        Assert.DoesNotContain(Host.ResultFiles(), file => Path.GetFileName(file).StartsWith(JobId(job), StringComparison.Ordinal));
    }

    internal static string JobId(string jobUrl) => jobUrl[(jobUrl.LastIndexOf('/') + 1)..];

    internal static async Task AssertFaultAsync(HttpResponseMessage response, HttpStatusCode status, string message)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/x-votable+xml", response.Content.Headers.ContentType?.MediaType);
            var info = XDocument.Parse(await response.Content.ReadAsStringAsync()).Descendants(VoTable + "INFO").Single();
            Assert.Equal("ERROR", info.Attribute("value")!.Value);
            Assert.Contains(message, info.Value, StringComparison.Ordinal);
        }
    }

    private async Task<string> TextAsync(string url)
    {
        using var response = await Client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task PostRedirectsToAsync(string url, string location, params (string Name, string Value)[] parameters)
    {
        using var response = await Client.PostAsync(url, parameters);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.AbsoluteUri);
    }

    private static async Task<List<(string Id, string Phase)>> ListAsync(UwsClient client, string query)
    {
        var list = await client.GetDocumentAsync("/tap/async" + query);
        return list.Elements(UwsNamespace + "jobref").Select(job => (job.Attribute("id")!.Value, job.Element(UwsNamespace + "phase")!.Value)).ToList();
    }
}
