using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Integration.Tests.Security;

/// <summary>
/// SIAv2, DataLink, the files, previews and SODA for an embargoed product: nothing of it, not even
/// that it exists, for anonymous and ordinary callers; all of it for staff.
/// </summary>
[Collection(EmbargoTests.Name)]
public sealed partial class EmbargoImageAccessTests(EmbargoFixture embargo)
{
    [Theory]
    [InlineData(null, false)]
    [InlineData(EmbargoFixture.Ordinary, false)]
    [InlineData(EmbargoFixture.Staff, true)]
    public async Task A_siav2_search_finds_an_embargoed_image_only_for_staff(string? caller, bool found)
    {
        using var client = embargo.Client(caller);
        var (ra, dec) = embargo.EmbargoedPosition;
        var byId = await client.GetStringAsync($"/sia/query?ID={Uri.EscapeDataString(embargo.EmbargoedCalexp)}");
        var byPosition = await client.GetStringAsync(string.Create(CultureInfo.InvariantCulture, $"/sia/query?POS=CIRCLE {ra} {dec} 0.001&MAXREC=1000"));

        // In rows: the query echoed in INFO QUERY holds the ID the caller gave.
        Assert.Equal(found, Rows(byId).Any(row => row.Contains(embargo.EmbargoedCalexp, StringComparison.Ordinal)));
        Assert.Equal(found, Rows(byPosition).Any(row => row.Contains(embargo.EmbargoedCalexp, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_siav2_self_description_lists_values_of_released_data_to_everyone()
    {
        using var anonymous = embargo.Client(null);
        using var staff = embargo.Client(EmbargoFixture.Staff);

        var staffFirst = await staff.GetStringAsync("/sia/query?MAXREC=0");
        var anonymousAfter = await anonymous.GetStringAsync("/sia/query?MAXREC=0");

        Assert.Equal(Values(staffFirst), Values(anonymousAfter));
        Assert.DoesNotContain(embargo.FirstEmbargoedVisit.ToString(CultureInfo.InvariantCulture), staffFirst, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(EmbargoFixture.Ordinary)]
    public async Task Datalink_answers_not_found_for_an_embargoed_id_as_for_one_that_never_existed(string? caller)
    {
        using var client = embargo.Client(caller);

        var embargoed = await client.GetStringAsync($"/datalink/links?ID={Uri.EscapeDataString(embargo.EmbargoedCalexp)}");
        var unknown = await client.GetStringAsync($"/datalink/links?ID={Uri.EscapeDataString(embargo.EmbargoedCalexp + "-unknown")}");

        Assert.Contains("NotFoundFault", embargoed, StringComparison.Ordinal);
        Assert.DoesNotContain("/files/", embargoed, StringComparison.Ordinal);
        Assert.Equal(unknown.Replace("-unknown", "", StringComparison.Ordinal), embargoed);
    }

    [Fact]
    public async Task Datalink_gives_staff_the_links_of_an_embargoed_image_as_authorised_ones_needing_credentials()
    {
        using var client = embargo.Client(EmbargoFixture.Staff);

        var links = await client.GetStringAsync($"/datalink/links?ID={Uri.EscapeDataString(embargo.EmbargoedCalexp)}");

        Assert.DoesNotContain("NotFoundFault", links, StringComparison.Ordinal);
        var thisRow = Rows(links).Single(row => row.Contains("<TD>#this</TD>", StringComparison.Ordinal));
        Assert.Contains("/files/", thisRow, StringComparison.Ordinal);
        Assert.Contains("<TD>true</TD>", thisRow, StringComparison.Ordinal);
        Assert.Contains("<TD>T</TD>", thisRow, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(EmbargoFixture.Ordinary)]
    public async Task The_file_preview_and_cutout_of_an_embargoed_image_are_not_found(string? caller)
    {
        using var staff = embargo.Client(EmbargoFixture.Staff);
        var links = await staff.GetStringAsync($"/datalink/links?ID={Uri.EscapeDataString(embargo.EmbargoedCalexp)}");
        var path = FilePath().Match(links).Groups[1].Value;
        var (ra, dec) = embargo.EmbargoedPosition;
        using var client = embargo.Client(caller);

        using var file = await client.GetAsync("/files/" + path);
        using var preview = await client.GetAsync("/previews/" + path + ".png");
        using var cutout = await client.GetAsync(string.Create(CultureInfo.InvariantCulture,
            $"/soda/sync?ID={Uri.EscapeDataString(embargo.EmbargoedCalexp)}&CIRCLE={ra} {dec} 0.01"));

        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, preview.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, cutout.StatusCode);
    }

    private static IEnumerable<string> Rows(string votable) =>
        votable.Split("<TR>", StringSplitOptions.RemoveEmptyEntries).Skip(1);

    private static List<string> Values(string votable) =>
        [.. ValuesElement().Matches(votable).Select(match => match.Value)];

    [GeneratedRegex(@"/files/([^<""]+)")]
    private static partial Regex FilePath();

    [GeneratedRegex(@"<VALUES>.*?</VALUES>", RegexOptions.Singleline)]
    private static partial Regex ValuesElement();
}
