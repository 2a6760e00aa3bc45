using System.Net;
using Integration.Tests.Database;
using Tap.Service.Security;
using Tap.Service.Uws;
using static TestSupport.UwsClient;

namespace Integration.Tests.Uws;

/// <summary>
/// Jobs belong to their users, over HTTP on /tap/async and /soda/async: another user is refused
/// every UWS resource of a job (403), an anonymous caller is told it does not exist (404), the list
/// holds only the caller's own jobs, and an anonymous job is reached by whoever holds its id.
/// </summary>
[Collection(UwsTests.Name)]
public sealed class OwnerTests(DatabaseFixture database) : UwsHostTests(database)
{
    public static TheoryData<string> JobLists => new() { "/tap/async", "/soda/async" };

    /// <summary>Every UWS request on a job: the method, the resource under the job's URL and the form of a POST.</summary>
    private static readonly (HttpMethod Method, string Resource, (string Name, string Value)[] Form)[] JobRequests =
    [
        (HttpMethod.Get, "", []),
        (HttpMethod.Get, "/phase", []),
        (HttpMethod.Get, "/executionduration", []),
        (HttpMethod.Get, "/destruction", []),
        (HttpMethod.Get, "/quote", []),
        (HttpMethod.Get, "/owner", []),
        (HttpMethod.Get, "/error", []),
        (HttpMethod.Get, "/parameters", []),
        (HttpMethod.Get, "/results", []),
        (HttpMethod.Get, "/results/result", []),
        (HttpMethod.Get, "?WAIT=5", []),
        (HttpMethod.Post, "/parameters", [("MAXREC", "1")]),
        (HttpMethod.Post, "/executionduration", [("EXECUTIONDURATION", "7")]),
        (HttpMethod.Post, "/destruction", [("DESTRUCTION", "2001-01-01T00:00:00Z")]),
        (HttpMethod.Post, "/phase", [("PHASE", "RUN")]),
        (HttpMethod.Post, "/phase", [("PHASE", "ABORT")]),
        (HttpMethod.Post, "", [("ACTION", "DELETE")]),
        (HttpMethod.Delete, "", []),
    ];

    [Theory]
    [MemberData(nameof(JobLists))]
    public async Task Another_user_is_refused_every_resource_of_a_job_and_an_anonymous_caller_finds_none(string jobList)
    {
        using var alice = Host.SignedIn("alice", ["staff"]);
        using var bob = Host.SignedIn("bob", ["staff"]);
        var job = await CreatePendingAsync(alice, jobList);
        var before = await alice.GetDocumentAsync(job);

        foreach (var (method, resource, form) in JobRequests)
        {
            using var asBob = await SendAsync(bob, method, job + resource, form);
            using var asAnonymous = await SendAsync(Client, method, job + resource, form);

            Assert.True(asBob.StatusCode == HttpStatusCode.Forbidden, $"{method} {resource} as another user answered {asBob.StatusCode}.");
            Assert.Contains("belongs to another user", await asBob.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.True(asAnonymous.StatusCode == HttpStatusCode.NotFound, $"{method} {resource} anonymously answered {asAnonymous.StatusCode}.");
            Assert.DoesNotContain("another user", await asAnonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var after = await alice.GetDocumentAsync(job);
        Assert.Equal("PENDING", Phase(after));
        Assert.Equal(before.ToString(), after.ToString());
    }

    [Theory]
    [MemberData(nameof(JobLists))]
    public async Task The_owner_reaches_every_resource_of_their_job(string jobList)
    {
        using var alice = Host.SignedIn("alice", []);
        var job = await CreatePendingAsync(alice, jobList);

        foreach (var (method, resource, form) in JobRequests)
        {
            using var response = await SendAsync(alice, method, job + resource, form);
            Assert.True(
                response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.InternalServerError),
                $"{method} {resource} as the owner answered {response.StatusCode}.");
        }

        using var deleted = await alice.Http.GetAsync(job);
        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
    }

    [Fact]
    public async Task Another_user_cannot_read_the_result_of_a_completed_job()
    {
        using var alice = Host.SignedIn("alice", []);
        using var bob = Host.SignedIn("bob", []);
        var job = await CreateAsync(alice, "/tap/async", ("QUERY", "SELECT 1 AS one"), ("PHASE", "RUN"));
        var completed = await alice.WaitForPhaseAsync(job, "COMPLETED");
        var result = ResultUrl(completed);

        using var asBob = await bob.Http.GetAsync(result);
        using var asAnonymous = await Client.Http.GetAsync(result);
        using var asAlice = await alice.Http.GetAsync(result);

        Assert.Equal(
            (HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.OK),
            (asBob.StatusCode, asAnonymous.StatusCode, asAlice.StatusCode));
    }

    [Theory]
    [MemberData(nameof(JobLists))]
    public async Task The_list_holds_only_the_callers_own_jobs(string jobList)
    {
        using var alice = Host.SignedIn("alice", []);
        using var bob = Host.SignedIn("bob", []);
        var alicesJob = JobLifecycleTests.JobId(await CreatePendingAsync(alice, jobList));
        var bobsJob = JobLifecycleTests.JobId(await CreatePendingAsync(bob, jobList));
        var anonymousJob = JobLifecycleTests.JobId(await CreatePendingAsync(Client, jobList));

        var alicesList = await ListAsync(alice, jobList);
        var bobsList = await ListAsync(bob, jobList);
        var anonymousList = await ListAsync(Client, jobList);

        Assert.Contains(alicesJob, alicesList);
        Assert.DoesNotContain(bobsJob, alicesList);
        Assert.DoesNotContain(anonymousJob, alicesList);
        Assert.Equal([bobsJob], bobsList);
        Assert.Empty(anonymousList);
    }

    [Theory]
    [MemberData(nameof(JobLists))]
    public async Task An_anonymous_job_is_reached_by_anyone_who_holds_its_id(string jobList)
    {
        using var bob = Host.SignedIn("bob", []);
        using var stranger = Host.Anonymous();
        var job = await CreatePendingAsync(Client, jobList);

        var asStranger = await stranger.GetDocumentAsync(job);
        var asBob = await bob.GetDocumentAsync(job);
        using var owner = await bob.Http.GetAsync(job + "/owner");

        Assert.Equal("PENDING", Phase(asStranger));
        Assert.Equal("true", asBob.Element(UwsNamespace + "ownerId")!.Attribute(Xsi + "nil")?.Value);
        Assert.Equal(string.Empty, await owner.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_job_keeps_its_owner_and_the_owners_groups_for_its_runner()
    {
        using var alice = Host.SignedIn("alice", ["staff", "survey"]);
        var job = await CreatePendingAsync(alice, "/tap/async");

        using var ownerResource = await alice.Http.GetAsync(job + "/owner");
        var document = await alice.GetDocumentAsync(job);
        var stored = await Host.Service<JobStore>().GetAsync(
            new JobScope(UwsService.Tap) { Caller = JobOwners.PrincipalOf("alice", []) }, JobLifecycleTests.JobId(job), CancellationToken.None);

        Assert.Equal("alice", await ownerResource.Content.ReadAsStringAsync());
        Assert.Equal("alice", document.Element(UwsNamespace + "ownerId")!.Value);
        Assert.Equal("alice", stored.Owner.UserName());
        Assert.Equal(["staff", "survey"], stored.OwnerGroups);
        Assert.True(stored.Owner.SeesEmbargoed(new AccessOptions()));
    }

    private static Task<string> CreatePendingAsync(UwsClient client, string jobList) =>
        jobList == "/soda/async"
            ? CreateAsync(client, jobList, ("ID", "ivo://nowhere/none"))
            : CreateAsync(client, jobList, ("QUERY", "SELECT 1 AS one"));

    private static async Task<string> CreateAsync(UwsClient client, string jobList, params (string Name, string Value)[] form)
    {
        using var created = await client.PostAsync(jobList, form);
        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        return created.Headers.Location!.AbsoluteUri;
    }

    private static async Task<HttpResponseMessage> SendAsync(UwsClient client, HttpMethod method, string url, (string Name, string Value)[] form)
    {
        using var request = new HttpRequestMessage(method, url);
        if (method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent(form.Select(p => KeyValuePair.Create(p.Name, p.Value)));
        }

        return await client.Http.SendAsync(request);
    }

    private static async Task<List<string>> ListAsync(UwsClient client, string jobList) =>
        (await client.GetDocumentAsync(jobList + "?LAST=100")).Elements(UwsNamespace + "jobref").Select(job => job.Attribute("id")!.Value).ToList();
}
