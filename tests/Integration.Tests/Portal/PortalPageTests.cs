using System.Globalization;
using System.Net;
using Integration.Tests.Tap;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace Integration.Tests.Portal;

/// <summary>
/// The portal page at "/" in headless Chromium against the service on the sample, as an anonymous
/// caller: it sees only released visits, so the tests ask TAP which visits those are.
/// </summary>
[Collection(TapTests.Name)]
public sealed class PortalPageTests(TapFixture tap) : IAsyncLifetime
{
    private PortalBrowser _browser = null!;

    public Task InitializeAsync()
    {
        _browser = PortalBrowser.Start(tap);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    private async Task<IReadOnlyList<IReadOnlyList<string>>> SiaRows(params (string Name, string Value)[] parameters)
    {
        var answer = await TapResponse.GetAsync(_browser.Client, "/sia/query", [.. parameters, ("MAXREC", "5000")]);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(["OK"], answer.Statuses);
        var names = answer.FieldNames.ToList();
        return answer.Rows.Select(row => (IReadOnlyList<string>)[row[names.IndexOf("obs_publisher_did")], row[names.IndexOf("s_region")]]).ToList();
    }

    private async Task<string> FirstReleasedVisit()
    {
        var answer = await TapResponse.GetAsync(_browser.Client, ("LANG", "ADQL"),
            ("QUERY", "SELECT MIN(lsst_visit) FROM ivoa.obscore WHERE lsst_visit IS NOT NULL"));
        return Assert.Single(answer.Rows)[0];
    }

    private void Search(params (string Field, string Value)[] fields)
    {
        foreach (var (field, value) in fields)
        {
            var input = _browser.Find("#" + field);
            if (input.TagName == "select")
            {
                input.Choose(value);
            }
            else
            {
                input.Clear();
                input.SendKeys(value);
            }
        }

        _browser.Script("document.getElementById('status').removeAttribute('data-count')");
        _browser.Find("#search button[type=submit]").Click();
        _browser.WaitForAttribute("#status[data-count]", "data-count");
    }

    /// <summary>The IDs of every result row, page after page.</summary>
    private List<string> ListedIds()
    {
        _browser.Find("#page-size").Choose("100");
        var ids = new List<string>();
        while (true)
        {
            ids.AddRange(_browser.FindAll("#results tbody tr[data-row]").Select(row => row.Attribute("data-id")));
            var next = _browser.Find("#pager [data-page=next]");
            if (!next.Displayed || !next.Enabled)
            {
                return ids;
            }

            next.Click();
        }
    }

    private static readonly string[] ProjectionAttributes = ["ra0", "dec0", "scale", "pixel", "mode"];

    private Dictionary<string, string> SkyParameters() =>
        ProjectionAttributes.ToDictionary(name => name, name => _browser.Find("#sky").Attribute("data-" + name));

    [Fact]
    public async Task The_home_page_loads_without_console_errors_and_shows_what_the_caller_may_see()
    {
        _browser.Open();
        var shown = _browser.WaitForAttribute("#obscore-count[data-count]", "data-count");

        var count = await TapResponse.GetAsync(_browser.Client, ("LANG", "ADQL"), ("QUERY", "SELECT COUNT(*) FROM ivoa.obscore"));
        Assert.Equal(Assert.Single(count.Rows)[0], shown);
        var vosi = _browser.FindAll("a[data-vosi]").Select(a => new Uri(a.Attribute("href")).PathAndQuery).ToList();
        Assert.Equal(10, vosi.Count);
        Assert.Contains("/tap/tables", vosi);
        foreach (var document in vosi)
        {
            using var response = await _browser.Client.GetAsync(new Uri(document, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{document}: {response.StatusCode}");
        }

        Assert.Contains(_browser.FindAll("a"), a => a.Attribute("href").EndsWith("/api", StringComparison.Ordinal));
        Assert.Contains("lsst.calexp", _browser.FindAll("#subtype option").Select(o => o.Attribute("value")));
        _browser.Screenshot("home");
        Assert.Empty(_browser.ConsoleErrors());
    }

    [Fact]
    public async Task A_visit_and_raft_search_lists_exactly_the_SIAv2_rows_and_draws_the_raft_then_the_focal_plane()
    {
        var visit = await FirstReleasedVisit();
        var expected = await SiaRows(("LSST_VISIT", visit), ("LSST_RAFT", "R22"));
        _browser.Open();

        Search(("visits", visit), ("raft", "R22"));

        Assert.Equal(expected.Select(row => row[0]).Order(), ListedIds().Order());
        Assert.Contains($"lsst_visit = {visit}", _browser.Find("#adql").Attribute("textContent"), StringComparison.Ordinal);
        var footprints = _browser.FindAll("#sky polygon.footprint");
        Assert.Equal(9, footprints.Count);
        var labels = _browser.FindAll("#sky .labels text").Select(t => t.Attribute("textContent")).ToList();
        Assert.Equal(["R22S00", "R22S01", "R22S02", "R22S10", "R22S11", "R22S12", "R22S20", "R22S21", "R22S22"], labels.Order());
        _browser.Screenshot("raft-result", "#results-title");

        // Pointing at a footprint marks its rows, and pointing at a row marks its footprint.
        new Actions(_browser.Driver).MoveToElement(footprints[0]).Perform();
        var marked = _browser.FindAll("#results tbody tr.highlighted").Select(tr => tr.Attribute("data-row")).Order().ToList();
        Assert.Equal(footprints[0].Attribute("data-rows").Split(' ').Order(), marked);
        var row = _browser.FindAll("#results tbody tr[data-row]")[^1];
        new Actions(_browser.Driver).MoveToElement(row).Perform();
        var lit = Assert.Single(_browser.FindAll("#sky polygon.highlighted"));
        Assert.Contains(row.Attribute("data-row"), lit.Attribute("data-rows").Split(' '));

        // A row's "files" lists what its DataLink document links to.
        row.FindElement(By.CssSelector("td.links button")).Click();
        _browser.WaitUntil(() => _browser.FindAll(".files-row a").Count > 0);
        var files = _browser.FindAll(".files-row a").Select(a => a.Attribute("textContent")).ToList();
        Assert.Contains(files, text => text.StartsWith("#this", StringComparison.Ordinal));
        Assert.Contains(files, text => text.StartsWith("#preview", StringComparison.Ordinal));

        _browser.Find("#focal-visit").Choose(visit);
        _browser.WaitUntil(() => _browser.Find("#sky").GetAttribute("data-mode") == "focal-plane");
        Assert.Equal(189, _browser.FindAll("#sky polygon.footprint").Count);
        Assert.Equal(9, _browser.FindAll("#sky polygon.footprint:not(.dimmed)").Count);
        var names = _browser.FindAll("#sky .labels text").Select(t => t.Attribute("textContent")).ToHashSet();
        Assert.Equal(189, names.Count);
        Assert.Contains("R01S00", names);
        Assert.Contains("R43S22", names);
        _browser.Screenshot("focal-plane", "#results-title");
        Assert.Empty(_browser.ConsoleErrors());
    }

    [Fact]
    public async Task A_cone_search_draws_each_footprint_where_its_s_region_says()
    {
        var visit = await FirstReleasedVisit();
        var centre = await TapResponse.GetAsync(_browser.Client, ("LANG", "ADQL"),
            ("QUERY", $"SELECT s_ra, s_dec FROM ivoa.obscore WHERE lsst_visit = {visit} AND lsst_detector = 94 AND dataproduct_subtype = 'lsst.calexp'"));
        var (ra, dec) = (Assert.Single(centre.Rows)[0], centre.Rows[0][1]);
        var expected = await SiaRows(("POS", $"CIRCLE {ra} {dec} 0.4"), ("DPSUBTYPE", "lsst.calexp"));
        _browser.Open();
        _browser.WaitForAttribute("#subtype option[value='lsst.calexp']", "value");

        Search(("ra", ra), ("dec", dec), ("radius", "0.4"), ("subtype", "lsst.calexp"));

        Assert.Equal(expected.Select(row => row[0]).Order(), ListedIds().Order());
        var regions = expected.Select(row => row[1]).Distinct().ToList();
        Assert.True(regions.Count > 10, $"only {regions.Count} footprints in the cone");
        var svg = SkyParameters();
        Assert.Equal("footprints", svg["mode"]);
        var drawn = _browser.FindAll("#sky polygon.footprint")
            .Select(p => DrawnFootprint.Read(svg, p.Attribute("points"), p.Attribute("data-rows")))
            .ToList();

        // Each footprint read back lies on one s_region, within 3.6 arcseconds at every corner, and each region is drawn once.
        var matched = drawn.Select(footprint => regions.Single(region => footprint.LargestOffsetFrom(DrawnFootprint.CornersOf(region)) < 1e-3));
        Assert.Equal(regions.Order(), matched.Order());
        double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
        var offCentre = Adql.SphereMath.Distance(Number(svg["ra0"]), Number(svg["dec0"]), Number(ra), Number(dec));
        Assert.True(offCentre < 0.5, $"the view is centred {offCentre}° from the cone");
        _browser.Screenshot("cone-result", "#results-title");
        Assert.Empty(_browser.ConsoleErrors());
    }

    [Fact]
    public async Task On_a_narrow_window_the_form_and_the_results_stack_without_sideways_scrolling()
    {
        var visit = await FirstReleasedVisit();
        _browser.Driver.Manage().Window.Size = new System.Drawing.Size(480, 900);
        _browser.Open();

        Search(("visits", visit), ("raft", "R22"), ("ccd", "S11"));

        var form = _browser.Find("#search");
        var results = _browser.Find("#results-title");
        Assert.True(results.Location.Y >= form.Location.Y + form.Size.Height, "the results are not below the form");
        Assert.Equal(form.Location.X, results.Location.X);
        var overflow = Convert.ToInt64(_browser.Script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"), CultureInfo.InvariantCulture);
        Assert.Equal(0, overflow);
        Assert.Equal(3, _browser.FindAll("#results tbody tr[data-row]").Count);
        _browser.Screenshot("narrow", "#results-title");
        Assert.Empty(_browser.ConsoleErrors());
    }
}
