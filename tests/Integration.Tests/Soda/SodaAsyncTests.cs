using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Integration.Tests.Tap;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Integration.Tests.Soda;

/// <summary>SODA async on the UWS machinery: one result per (ID, region), in order; a cut that gives nothing is a labelled text result.</summary>
[Collection(TapTests.Name)]
public sealed class SodaAsyncTests(TapFixture tap)
{
    [Fact]
    public async Task Two_IDs_and_two_circles_give_four_cutouts_in_order()
    {
        var first = await SodaImages.FindAsync(tap.Database.AdminConnectionString, "public", skip: 10);
        var second = await SodaImages.FindAsync(tap.Database.AdminConnectionString, "public", skip: 11);
        SodaImages.Write(tap.ImagesRoot, first);
        SodaImages.Write(tap.ImagesRoot, second);
        // One circle inside the first image only, one inside the second only: each image overlaps one of them.
        var inFirst = Circle(first.SkyAt(20, 20));
        var inSecond = Circle(second.SkyAt(30, 30));
        using var uws = Uws();

        using var created = await uws.PostAsync(
            "/soda/async", ("ID", first.Id), ("ID", second.Id), ("CIRCLE", inFirst), ("CIRCLE", inSecond), ("PHASE", "RUN"));
        var job = await uws.WaitUntilEndedAsync(JobPath(created));

        Assert.Equal("COMPLETED", UwsClient.Phase(job));
        var results = job.Element(UwsClient.UwsNamespace + "results")!.Elements(UwsClient.UwsNamespace + "result").ToList();
        Assert.Equal(["cutout-1", "cutout-2", "cutout-3", "cutout-4"], results.Select(r => r.Attribute("id")!.Value));
        var types = new List<string?>();
        foreach (var result in results)
        {
            using var response = await uws.Http.GetAsync(PathOnTestServer(result.Attribute(UwsClient.Xlink + "href")!.Value));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            types.Add(response.Content.Headers.ContentType?.MediaType);
            if (response.Content.Headers.ContentType?.MediaType == "text/plain")
            {
                Assert.StartsWith("UsageError: ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        // (first, inFirst), (first, inSecond), (second, inFirst), (second, inSecond)
        Assert.Equal(["application/fits", "text/plain", "text/plain", "application/fits"], types);
    }

    [Fact]
    public async Task A_SODA_job_is_listed_and_reached_only_under_soda_async()
    {
        // Signed in, as anonymous callers are listed no jobs.
        using var uws = Uws();
        Integration.Tests.Uws.OwnerTestCallers.SignIn(uws.Http, "soda-lister");

        using var created = await uws.PostAsync("/soda/async", ("ID", "ivo://nowhere/none"));
        var jobUrl = created.Headers.Location!.AbsoluteUri;
        var jobId = created.Headers.Location!.Segments[^1];
        using var asTap = await uws.Http.GetAsync("/tap/async/" + jobId);
        var sodaList = await uws.GetDocumentAsync("/soda/async");
        var tapList = await uws.GetDocumentAsync("/tap/async");

        Assert.Contains("/soda/async/" + jobId, jobUrl, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, asTap.StatusCode);
        Assert.Contains(jobId, Ids(sodaList));
        Assert.DoesNotContain(jobId, Ids(tapList));
    }

    [Fact]
    public async Task A_job_whose_request_cannot_be_read_ends_in_error_with_the_SODA_label()
    {
        using var uws = Uws();

        using var created = await uws.PostAsync("/soda/async", ("ID", "ivo://nowhere/none"), ("POS", "CIRCLE 1 2"), ("PHASE", "RUN"));
        var job = await uws.WaitUntilEndedAsync(JobPath(created));

        Assert.Equal("ERROR", UwsClient.Phase(job));
        Assert.StartsWith("POS:", UwsClient.ErrorMessage(job), StringComparison.Ordinal);
    }

    /// <summary>A client that sees UWS's redirects; the jobs run on the fixture's own host, whose image store is the fixture's.</summary>
    private UwsClient Uws() =>
        new(tap.Host().CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), waitSeconds: 30);

    /// <summary>Links are on the public base URL (…/api/…); the test server answers the same path without its prefix.</summary>
    private static string PathOnTestServer(string url) => new Uri(url).AbsolutePath["/api".Length..];

    private static string JobPath(HttpResponseMessage created) => PathOnTestServer(created.Headers.Location!.AbsoluteUri);

    private static IEnumerable<string> Ids(XElement list) =>
        list.Elements(UwsClient.UwsNamespace + "jobref").Select(job => job.Attribute("id")!.Value);

    private static string Circle((double Ra, double Dec) centre) =>
        string.Create(CultureInfo.InvariantCulture, $"{centre.Ra:R} {centre.Dec:R} 0.004");
}
