using Adql;
using Adql.Semantics;
using static Sia.Service.Tests.Builders;

namespace Sia.Service.Tests;

/// <summary>String values reach ADQL as one literal whatever they contain.</summary>
public class QuotingTests
{
    [Theory]
    [InlineData("TARGET", "Barnard's Star", "target_name = 'Barnard''s Star'")]
    [InlineData("COLLECTION", "x' OR 1=1 --", "obs_collection = 'x'' OR 1=1 --'")]
    [InlineData("LSST_RAFT", "'", "lsst_raft = ''''")]
    public void A_quote_is_doubled(string name, string value, string expected) =>
        Assert.Equal(expected, Where((name, value)));

    [Fact]
    public void An_injection_attempt_stays_one_comparison_of_the_whole_text()
    {
        const string hostile = "x') = 1 OR 1=1 OR ('";
        var compiled = AdqlCompiler.Compile(
            Build(("TARGET", hostile)).Query, ObsCoreCatalogue.Instance, new CompileOptions(StandardUserFunctions.Create()));

        Assert.True(compiled.Succeeded, string.Join("; ", compiled.Diagnostics));
        Assert.EndsWith("WHERE \"ivoa\".\"obscore\".\"target_name\" = 'x'') = 1 OR 1=1 OR ('''", compiled.Sql);
    }
}
