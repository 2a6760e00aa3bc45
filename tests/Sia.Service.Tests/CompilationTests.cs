using Adql;
using Adql.Semantics;
using static Sia.Service.Tests.Builders;

namespace Sia.Service.Tests;

/// <summary>Every query built compiles against the published catalogue, and the spatial ones use the indexed columns.</summary>
public class CompilationTests
{
    private static readonly CompileOptions Options = new(StandardUserFunctions.Create());

    public static TheoryData<string, string> EveryParameter() => new()
    {
        { "POS", "CIRCLE 10 -20 0.5" }, { "POS", "RANGE 10 12 -5 -4" }, { "POS", "POLYGON 10 0 11 0 11 1" },
        { "BAND", "5E-07 6E-07" }, { "TIME", "60000 +Inf" }, { "POL", "I" }, { "FOV", "0.1 0.3" },
        { "SPATRES", "0 1" }, { "EXPTIME", "30" }, { "ID", "ivo://x?y" }, { "COLLECTION", "LSST.DP1" },
        { "FACILITY", "Rubin" }, { "INSTRUMENT", "LSSTCam" }, { "DPTYPE", "image" }, { "CALIB", "2" },
        { "TARGET", "M31" }, { "TIMERES", "15" }, { "SPECRP", "2 5" }, { "FORMAT", "application/fits" },
        { "LSST_VISIT", "1001" }, { "LSST_DETECTOR", "94" }, { "LSST_RAFT", "R22" }, { "LSST_CCD", "S11" },
        { "LSST_BAND", "r" }, { "LSST_TRACT", "9813" }, { "LSST_PATCH", "40" }, { "DPSUBTYPE", "lsst.calexp" },
    };

    [Theory]
    [MemberData(nameof(EveryParameter))]
    public void Each_parameter_compiles(string name, string value)
    {
        var compiled = AdqlCompiler.Compile(Build((name, value)).Query, ObsCoreCatalogue.Instance, Options);
        Assert.True(compiled.Succeeded, string.Join("; ", compiled.Diagnostics));
    }

    [Fact]
    public void Every_parameter_built_into_one_query_compiles()
    {
        var request = EveryParameter().Select(row => ((string)row[0], (string)row[1])).Append(("LSST_VISIT", "1002")).ToArray();
        var compiled = AdqlCompiler.Compile(Build(request).Query, ObsCoreCatalogue.Instance, Options);
        Assert.True(compiled.Succeeded, string.Join("; ", compiled.Diagnostics));
    }

    [Theory]
    [InlineData("CIRCLE 10 -20 0.5", "\"ivoa\".\"obscore\".\"s_region\" && scircle(spoint(radians(10), radians(-20)), radians(0.5))")]
    [InlineData("POLYGON 10 0 11 0 11 1", "\"ivoa\".\"obscore\".\"s_region\" && (SELECT spoly(vertex.p ORDER BY vertex.n)")]
    public void Position_uses_the_indexed_footprint(string pos, string expectedSql)
    {
        var compiled = AdqlCompiler.Compile(Build(("POS", pos)).Query, ObsCoreCatalogue.Instance, Options);
        Assert.Contains(expectedSql, compiled.Sql, StringComparison.Ordinal);
    }
}
