using Dali;
using Adql;
using Adql.Semantics;
using Integration.Tests.Tap;
using Sia.Service;
using Sia.Service.Validation;

namespace Integration.Tests.Sia;

/// <summary>The portal's requests are answered from the indexes: the plan of the SQL compiled from the SIAv2 ADQL.</summary>
[Collection(TapTests.Name)]
public sealed class SiaIndexTests(TapFixture tap)
{
    private static readonly SiaQueryBuilder Builder = new(new SiaLimits(20, ["votable"]));

    [Theory]
    [InlineData("LSST_VISIT", "2026103100001", "LSST_RAFT", "R22", "obscore_lsst_")]
    [InlineData("LSST_VISIT", "2026103100001", "LSST_DETECTOR", "94", "obscore_lsst_visit_idx")]
    [InlineData("LSST_CCD", "S11", "LSST_CCD", "S12", "obscore_lsst_")]
    [InlineData("POS", "CIRCLE 117.2 -42.0 0.3", "CALIB", "2", "obscore_s_region_idx")]
    public async Task A_portal_request_uses_an_index(string name1, string value1, string name2, string value2, string index)
    {
        var plan = await PlanAsync([KeyValuePair.Create(name1, value1), KeyValuePair.Create(name2, value2)]);

        Assert.DoesNotContain(plan, line => line.Contains("Seq Scan", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains(index, StringComparison.Ordinal));
    }

    /// <summary>
    /// A BitmapAnd with a second, unselective index (a third of the table has one product type) cost
    /// 40 times one index scan at 1M rows (schema/0007): each portal filter has an index of its own.
    /// </summary>
    [Theory]
    [InlineData("LSST_RAFT=R22&LSST_CCD=S11&DPSUBTYPE=lsst.calexp", "obscore_lsst_raft_idx")]
    [InlineData("LSST_VISIT=2026103100001&LSST_RAFT=R22", "obscore_lsst_visit_idx")]
    public async Task A_portal_filter_is_answered_by_one_index(string parameters, string index)
    {
        var plan = await PlanAsync([.. parameters.Split('&').Select(pair => pair.Split('=')).Select(pair => KeyValuePair.Create(pair[0], pair[1]))]);

        Assert.DoesNotContain(plan, line => line.Contains("Seq Scan", StringComparison.Ordinal) || line.Contains("BitmapAnd", StringComparison.Ordinal));
        Assert.Single(plan, line => line.Contains("Index", StringComparison.Ordinal) && line.Contains(" on ", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains(index, StringComparison.Ordinal));
    }

    private async Task<List<string>> PlanAsync(IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var query = Builder.Build(DaliParameters.FromPairs(parameters)).Query;
        var compiled = AdqlCompiler.Compile(query, ObsCoreCatalogue.Instance, new CompileOptions(StandardUserFunctions.Create()));
        Assert.True(compiled.Succeeded, string.Join("; ", compiled.Diagnostics));

        await using var connection = await tap.Database.OpenAsync();
        // The sample is small enough that a sequential scan can cost less; forbidding it shows whether an index can answer.
        await using (var off = new Npgsql.NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using var explain = new Npgsql.NpgsqlCommand("EXPLAIN " + compiled.Sql, connection);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        return plan;
    }
}
