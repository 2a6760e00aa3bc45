namespace Dali.Tests;

/// <summary>DALI's parameter rules as every protocol reads them, without HTTP.</summary>
public sealed class DaliParametersTests
{
    private static DaliParameters Parameters(params (string Name, string Value)[] pairs) =>
        DaliParameters.FromPairs(pairs.Select(pair => KeyValuePair.Create(pair.Name, pair.Value)));

    [Fact]
    public void Names_are_case_insensitive_and_values_keep_their_order() =>
        Assert.Equal(["1", "2", "3"], Parameters(("id", "1"), ("ID", "2"), ("Id", "3")).GetValues("iD"));

    [Theory]
    [InlineData("0", 0L)]
    [InlineData(" 25 ", 25L)]
    [InlineData("5000000000", 5_000_000_000L)]
    public void Maxrec_is_read_as_a_64_bit_count_for_the_host_to_lower(string given, long expected) =>
        Assert.Equal(expected, Parameters(("maxrec", given)).GetMaxRec());

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_maxrec_is_no_maxrec(string given) =>
        Assert.Null(Parameters(("MAXREC", given)).GetMaxRec());

    [Theory]
    [InlineData("-1", "MAXREC: '-1' is not a non-negative integer")]
    [InlineData("1e3", "MAXREC: '1e3' is not a non-negative integer")]
    public void A_bad_maxrec_names_the_parameter_and_the_value(string given, string message)
    {
        var error = Assert.Throws<DaliParameterException>(() => Parameters(("maxrec", given)).GetMaxRec());

        Assert.Equal(message, error.Message);
        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public void A_32_bit_parameter_beyond_its_range_says_so() =>
        Assert.Equal(
            "LAST: 3000000000 is larger than 2147483647",
            Assert.Throws<DaliParameterException>(() => Parameters(("LAST", "3000000000")).GetNonNegativeInt32("LAST")).Message);

    [Fact]
    public void A_single_valued_parameter_may_repeat_only_its_value()
    {
        Assert.Equal("ADQL", Parameters(("LANG", "ADQL"), ("lang", "ADQL")).GetSingle("LANG"));
        Assert.Equal(
            "LANG: given more than once with different values",
            Assert.Throws<DaliParameterException>(() => Parameters(("LANG", "ADQL"), ("lang", "SQL")).GetSingle("LANG")).Message);
    }

    [Fact]
    public void A_value_outside_a_fixed_set_lists_the_accepted_ones() =>
        Assert.Equal(
            "RESPONSEFORMAT: 'fits' is not one of votable, csv",
            DaliParameterException.NotOneOf(DaliParameters.ResponseFormat, "fits", ["votable", "csv"]).Message);
}
