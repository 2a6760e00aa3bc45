using System.Net;
using Dapper;
using Integration.Tests.Tap;

namespace Integration.Tests.Security;

/// <summary>
/// The leak corpus over HTTP through /tap/sync: anonymous and ordinary callers get no embargoed row,
/// count or value by any form, staff get them all.
/// </summary>
[Collection(EmbargoTests.Name)]
public sealed class EmbargoTapTests(EmbargoFixture embargo)
{
    [Theory]
    [MemberData(nameof(EmbargoLeakCorpus.Indexes), MemberType = typeof(EmbargoLeakCorpus))]
    public async Task An_anonymous_caller_gets_nothing_under_embargo_by_any_form(int form)
    {
        var cells = await QueryAsync(null, EmbargoLeakCorpus.Forms[form]);

        Assert.All(cells, cell => Assert.True(cell is "" or "0", $"'{cell}' leaked by {EmbargoLeakCorpus.Forms[form]}"));
    }

    [Theory]
    [MemberData(nameof(EmbargoLeakCorpus.Indexes), MemberType = typeof(EmbargoLeakCorpus))]
    public async Task An_ordinary_user_gets_nothing_under_embargo_by_any_form(int form)
    {
        var cells = await QueryAsync(EmbargoFixture.Ordinary, EmbargoLeakCorpus.Forms[form]);

        Assert.All(cells, cell => Assert.True(cell is "" or "0", $"'{cell}' leaked by {EmbargoLeakCorpus.Forms[form]}"));
    }

    [Theory]
    [MemberData(nameof(EmbargoLeakCorpus.Indexes), MemberType = typeof(EmbargoLeakCorpus))]
    public async Task Staff_see_what_is_under_embargo_by_every_form(int form)
    {
        var cells = await QueryAsync(EmbargoFixture.Staff, EmbargoLeakCorpus.Forms[form]);

        Assert.Contains(cells, cell => cell is not ("" or "0"));
    }

    [Fact]
    public async Task Everyone_sees_the_released_products()
    {
        const string Released = "SELECT COUNT(*) FROM ivoa.obscore WHERE data_rights = 'public'";

        var anonymous = await QueryAsync(null, Released);
        var staff = await QueryAsync(EmbargoFixture.Staff, Released);

        Assert.Equal(staff, anonymous);
        Assert.True(long.Parse(anonymous.Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData(EmbargoFixture.Ordinary, 0)]
    [InlineData(EmbargoFixture.Staff, 1)]
    public async Task An_uploaded_list_of_embargoed_ids_joins_to_nothing_unless_the_caller_is_staff(string? caller, int expected)
    {
        var votable = TargetLists.Document(
            """<FIELD name="did" datatype="char" arraysize="*"/>""",
            $"<TABLEDATA><TR><TD>{embargo.EmbargoedCalexp}</TD></TR></TABLEDATA>");
        using var form = TargetLists.UploadForm(
            "SELECT o.obs_publisher_did FROM ivoa.obscore AS o JOIN TAP_UPLOAD.t AS u ON o.obs_publisher_did = u.did", votable,
            ("RESPONSEFORMAT", "csv"));
        using var client = embargo.Client(caller);

        using var response = await client.PostAsync("/tap/sync", form);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal(expected, Rows(body).Count);
    }

    [Fact]
    public async Task Data_rights_follow_the_clock_whatever_the_loaded_value_says()
    {
        // Loaded as proprietary, released a minute ago: everyone reads it as public.
        const string Did = "ivo://example.org/embargo-test?released-a-minute-ago";
        await using var owner = await embargo.Database.OpenAsync();
        await owner.ExecuteAsync("""
            INSERT INTO ivoa.obscore (dataproduct_type, calib_level, obs_collection, obs_id, obs_publisher_did, data_rights, obs_release_date)
            VALUES ('image', 2, 'embargo-test', 'released-a-minute-ago', @Did, 'proprietary', now() AT TIME ZONE 'UTC' - interval '1 minute')
            """, new { Did });
        try
        {
            var anonymous = await QueryAsync(null, $"SELECT data_rights FROM ivoa.obscore WHERE obs_publisher_did = '{Did}'");
            var embargoed = await QueryAsync(EmbargoFixture.Staff, $"SELECT data_rights FROM ivoa.obscore WHERE obs_publisher_did = '{embargo.EmbargoedCalexp}'");

            Assert.Equal(["public"], anonymous);
            Assert.Equal(["proprietary"], embargoed);
        }
        finally
        {
            await owner.ExecuteAsync("DELETE FROM ivoa.obscore WHERE obs_publisher_did = @Did", new { Did });
        }
    }

    /// <summary>The cells of the CSV result's rows (the header left out); fails unless the query succeeded.</summary>
    private async Task<IReadOnlyList<string>> QueryAsync(string? caller, string form)
    {
        using var client = embargo.Client(caller);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["LANG"] = "ADQL",
            ["QUERY"] = EmbargoLeakCorpus.Resolve(form, embargo),
            ["RESPONSEFORMAT"] = "csv",
            ["MAXREC"] = "20",
        });
        using var response = await client.PostAsync("/tap/sync", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{form}: {body}");
        return [.. Rows(body).SelectMany(row => row.Split(','))];
    }

    private static List<string> Rows(string csv) =>
        [.. csv.Split('\n').Select(line => line.TrimEnd('\r')).Skip(1).Where(line => line.Length > 0)];
}
