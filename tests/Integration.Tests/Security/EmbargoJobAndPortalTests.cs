using System.Globalization;
using System.Net;
using Integration.Tests.SelfDescription;
using TestSupport;

namespace Integration.Tests.Security;

/// <summary>
/// The paths of the leak corpus beyond /tap/sync: async jobs (the corpus run as jobs, and a staff
/// job's results under a stolen job id), the TAP examples, and the portal's visit, raft and CCD
/// filters on SIAv2 for a visit under embargo.
/// </summary>
[Collection(EmbargoTests.Name)]
public sealed class EmbargoJobAndPortalTests(EmbargoFixture embargo)
{
    private const string PublicBase = "https://data.example.org/api";

    public static TheoryData<string?> NotStaff => new() { null, EmbargoFixture.Ordinary };

    /// <summary>The portal's filters (SIAv2 parameters), each narrowed to the first visit under embargo; {start} is its start (MJD).</summary>
    public static TheoryData<string> PortalFilters => new()
    {
        "LSST_VISIT={visit}",
        "LSST_VISIT={visit}&LSST_RAFT=R22",
        "LSST_VISIT={visit}&LSST_RAFT=R22&LSST_CCD=S11",
        "LSST_VISIT={visit}&LSST_DETECTOR=94",
        "LSST_VISIT={visit}&DPSUBTYPE=lsst.calexp",
        "LSST_VISIT={visit}&CALIB=1&CALIB=2&CALIB=3",
        "LSST_RAFT=R22&LSST_CCD=S11&TIME={start} +Inf",
        "TIME={start} +Inf&MAXREC=5",
    };

    [Theory]
    [MemberData(nameof(NotStaff))]
    public async Task The_leak_corpus_run_as_async_jobs_gives_nothing_under_embargo(string? caller)
    {
        var cells = await RunCorpusAsJobsAsync(caller);

        Assert.All(cells, form => Assert.All(form.Cells, cell => Assert.True(cell is "" or "0", $"'{cell}' leaked by async {form.Form}")));
    }

    [Fact]
    public async Task The_leak_corpus_run_as_async_jobs_by_staff_sees_what_is_under_embargo()
    {
        var cells = await RunCorpusAsJobsAsync(EmbargoFixture.Staff);

        Assert.All(cells, form => Assert.Contains(form.Cells, cell => cell is not ("" or "0")));
    }

    [Theory]
    [MemberData(nameof(NotStaff))]
    public async Task A_stolen_job_id_gives_no_one_else_a_staff_jobs_embargoed_results(string? thief)
    {
        using var staff = new UwsClient(embargo.Client(EmbargoFixture.Staff), 5);
        var job = await CreateJobAsync(staff, $"SELECT obs_publisher_did FROM ivoa.obscore WHERE obs_publisher_did = '{embargo.EmbargoedCalexp}'");
        var result = Local(UwsClient.ResultUrl(await staff.WaitForPhaseAsync(job, "COMPLETED")).AbsoluteUri);
        Assert.Contains(embargo.EmbargoedCalexp, await staff.Http.GetStringAsync(result), StringComparison.Ordinal);
        using var client = embargo.Client(thief);

        foreach (var resource in new[] { job, job + "/results", result, job + "/parameters", job + "/error", job + "/owner" })
        {
            using var response = await client.GetAsync(resource);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == (thief is null ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden), $"{resource}: {response.StatusCode}");
            Assert.DoesNotContain(embargo.EmbargoedCalexp, body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(NotStaff))]
    public async Task No_tap_example_names_or_finds_anything_under_embargo(string? caller)
    {
        using var client = embargo.Client(caller);
        var examples = await TapExamples.ReadAsync(client);

        foreach (var (id, _, query) in examples)
        {
            var cells = await SyncCellsAsync(client, query);
            Assert.DoesNotContain(query.Split([' ', '\'', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries), embargo.EmbargoedNames.Contains);
            Assert.DoesNotContain(cells, cell => embargo.EmbargoedNames.Contains(cell));
            Assert.True(cells.Count > 0 || id.Contains("embargo", StringComparison.OrdinalIgnoreCase), $"Example {id} found nothing at all.");
        }
    }

    [Fact]
    public async Task The_embargo_example_shows_staff_the_visits_under_embargo()
    {
        using var client = embargo.Client(EmbargoFixture.Staff);
        var examples = await TapExamples.ReadAsync(client);

        var found = new List<string>();
        foreach (var (_, _, query) in examples)
        {
            found.AddRange(await SyncCellsAsync(client, query));
        }

        Assert.Contains(embargo.FirstEmbargoedVisit.ToString(CultureInfo.InvariantCulture), found);
    }

    [Theory]
    [MemberData(nameof(PortalFilters))]
    public async Task The_portal_filters_find_nothing_of_an_embargoed_visit_for_anonymous_and_ordinary_callers(string filter)
    {
        foreach (var caller in new[] { null, EmbargoFixture.Ordinary })
        {
            using var client = embargo.Client(caller);
            var response = await client.GetStringAsync("/sia/query?" + Resolve(filter));

            Assert.Contains("""<INFO name="QUERY_STATUS" value="OK"/>""", response, StringComparison.Ordinal);
            Assert.Equal(0, RowCount(response));
        }
    }

    [Theory]
    [MemberData(nameof(PortalFilters))]
    public async Task The_portal_filters_find_an_embargoed_visit_for_staff(string filter)
    {
        using var client = embargo.Client(EmbargoFixture.Staff);

        var response = await client.GetStringAsync("/sia/query?" + Resolve(filter));

        Assert.True(RowCount(response) > 0, $"{filter}: no rows for staff");
    }

    /// <summary>Every form of the corpus submitted at once as async jobs of the caller, then read back: each form's result cells.</summary>
    private async Task<List<(string Form, List<string> Cells)>> RunCorpusAsJobsAsync(string? caller)
    {
        using var uws = new UwsClient(embargo.Client(caller), 5);
        var jobs = new List<(string Form, string Job)>();
        foreach (var form in EmbargoLeakCorpus.Forms)
        {
            jobs.Add((form, await CreateJobAsync(uws, EmbargoLeakCorpus.Resolve(form, embargo))));
        }

        var results = new List<(string, List<string>)>();
        foreach (var (form, job) in jobs)
        {
            var completed = await uws.WaitForPhaseAsync(job, "COMPLETED", 60);
            var csv = await uws.Http.GetStringAsync(Local(UwsClient.ResultUrl(completed).AbsoluteUri));
            results.Add((form, [.. CsvRows(csv).SelectMany(row => row.Split(','))]));
        }

        return results;
    }

    /// <summary>Creates and starts a CSV job; returns its URL on the test host.</summary>
    private static async Task<string> CreateJobAsync(UwsClient uws, string query)
    {
        using var response = await uws.PostAsync("/tap/async", ("LANG", "ADQL"), ("QUERY", query), ("RESPONSEFORMAT", "csv"), ("MAXREC", "20"), ("PHASE", "RUN"));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return Local(response.Headers.Location!.AbsoluteUri);
    }

    private static async Task<List<string>> SyncCellsAsync(HttpClient client, string query)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["LANG"] = "ADQL",
            ["QUERY"] = query,
            ["RESPONSEFORMAT"] = "csv",
        });
        using var response = await client.PostAsync("/tap/sync", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {body}");
        return [.. CsvRows(body).SelectMany(row => row.Split(','))];
    }

    /// <summary>The service's public URLs name the public host; the test host answers the same path.</summary>
    private static string Local(string url)
    {
        Assert.StartsWith(PublicBase, url, StringComparison.Ordinal);
        return url[PublicBase.Length..];
    }

    private string Resolve(string filter) => filter
        .Replace("{visit}", embargo.FirstEmbargoedVisit.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{start}", embargo.FirstEmbargoedStart.ToString("R", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace(" ", "%20", StringComparison.Ordinal)
        .Replace("+", "%2B", StringComparison.Ordinal);

    private static int RowCount(string votable) => votable.Split("<TR>").Length - 1;

    private static IEnumerable<string> CsvRows(string csv) =>
        csv.Split('\n').Select(line => line.TrimEnd('\r')).Skip(1).Where(line => line.Length > 0);
}
