using Dali;
using Soda.Service.Faults;
using static Soda.Service.Tests.RequestBuilder;

namespace Soda.Service.Tests;

/// <summary>Sync makes one cutout; async makes one result per combination of ID, region, BAND and TIME (SODA 1.0 §3.1, §6).</summary>
public class MultiplicityTests
{
    [Theory]
    [InlineData("ID", "ivo://x?2")]
    [InlineData("POS", "CIRCLE 13 34 0.5")]
    [InlineData("BAND", "6e-7 7e-7")]
    [InlineData("TIME", "60001 60002")]
    public void Sync_refuses_a_second_value_as_MultiValuedParamNotSupported(string name, string second)
    {
        var first = new Dictionary<string, string> { ["ID"] = "ivo://x?1", ["POS"] = "CIRCLE 12 34 0.5", ["BAND"] = "5e-7 6e-7", ["TIME"] = "60000 60001" };
        var parameters = first.Select(p => (p.Key, p.Value)).Append((name.ToLowerInvariant(), second)).ToArray();

        var error = Assert.Throws<MultiValuedParamNotSupportedException>(() => Sync(parameters));

        Assert.Equal(name, error.Parameter);
        Assert.Equal(2, error.Count);
        Assert.StartsWith($"{name}: 2 values given; a synchronous request takes one", error.Message, StringComparison.Ordinal);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal("MultiValuedParamNotSupported", SodaErrorLabel.For(error));
    }

    [Theory]
    [InlineData("CIRCLE", "12 34 0.5", "13 34 0.5")]
    [InlineData("POLYGON", "12 34 14 34 14 36", "22 34 24 34 24 36")]
    public void Sync_names_the_spatial_parameter_that_repeats(string name, string first, string second) =>
        Assert.Equal(name, Assert.Throws<MultiValuedParamNotSupportedException>(() => Sync(("ID", "ivo://x?1"), (name, first), (name, second))).Parameter);

    [Fact]
    public void Sync_takes_a_value_repeated_as_it_was_as_one_value_as_DALI_does()
    {
        var request = Sync(("ID", "ivo://x?1"), ("id", "ivo://x?1"), ("CIRCLE", "12 34 0.5"), ("CIRCLE", "12 34 0.5"), ("TIME", "1 2"), ("TIME", "1 2"));

        Assert.Equal("ID=ivo://x?1; POS=CIRCLE 12 34 0.5; TIME=1 2", Assert.Single(request.Cuts()).ToString());
        Assert.Throws<MultiValuedParamNotSupportedException>(() => Sync(("ID", "ivo://x?1"), ("CIRCLE", "12 34 0.5"), ("CIRCLE", "12 34  0.5")));
    }

    [Fact]
    public void Sync_takes_several_POL_values_as_one_filter()
    {
        var request = Sync(("ID", "ivo://x?1"), ("POL", "I"), ("POL", "Q"), ("POL", "U"));

        var cut = Assert.Single(request.Cuts());
        Assert.Equal(["I", "Q", "U"], cut.PolarisationStates);
    }

    [Fact]
    public void A_malformed_value_is_reported_before_the_count()
    {
        var error = Assert.Throws<DaliParameterException>(() => Sync(("ID", "ivo://x?1"), ("CIRCLE", "12 34 0.5"), ("CIRCLE", "12 34")));

        Assert.Equal("CIRCLE", error.Parameter);
    }

    [Fact]
    public void Async_gives_one_cut_per_combination_of_ID_region_BAND_and_TIME_IDs_outermost()
    {
        var request = Async(
            ("ID", "ivo://x?1"), ("ID", "ivo://x?2"),
            ("CIRCLE", "12 34 0.5"), ("CIRCLE", "13 34 0.25"),
            ("BAND", "5e-7 6e-7"), ("BAND", "6e-7 7e-7"),
            ("TIME", "60000 60001"),
            ("POL", "I"), ("POL", "V"));

        var cuts = request.Cuts().ToList();

        Assert.Equal(8, request.CutCount);
        Assert.Equal(8, cuts.Count);
        Assert.Equal(8, cuts.Select(c => c.ToString()).Distinct().Count());
        Assert.Equal("ID=ivo://x?1; POS=CIRCLE 12 34 0.5; BAND=5E-07 6E-07; TIME=60000 60001; POL=I V", cuts[0].ToString());
        Assert.Equal("ID=ivo://x?1; POS=CIRCLE 12 34 0.5; BAND=6E-07 7E-07; TIME=60000 60001; POL=I V", cuts[1].ToString());
        Assert.Equal("ID=ivo://x?1; POS=CIRCLE 13 34 0.25; BAND=5E-07 6E-07; TIME=60000 60001; POL=I V", cuts[2].ToString());
        Assert.Equal("ID=ivo://x?2; POS=CIRCLE 13 34 0.25; BAND=6E-07 7E-07; TIME=60000 60001; POL=I V", cuts[7].ToString());
        Assert.All(cuts, c => Assert.Equal(["I", "V"], c.PolarisationStates));
    }

    [Fact]
    public void Two_IDs_and_two_circles_give_four_results_as_the_issue_asks()
    {
        var request = Async(("ID", "a"), ("ID", "b"), ("POS", "CIRCLE 12 34 0.5"), ("POS", "RANGE 12 13 34 35"));

        Assert.Equal(
            [("a", "CIRCLE 12 34 0.5"), ("a", "RANGE 12 13 34 35"), ("b", "CIRCLE 12 34 0.5"), ("b", "RANGE 12 13 34 35")],
            request.Cuts().Select(c => (c.Id, c.Shape!.ToString())));
    }

    [Fact]
    public void A_request_without_cuts_on_an_axis_has_none_in_its_combinations()
    {
        var cut = Assert.Single(Async(("ID", "ivo://x?1")).Cuts());

        Assert.Equal(new[] { (object?)null, null, null }, new object?[] { cut.Shape, cut.Band, cut.Time });
        Assert.Empty(cut.PolarisationStates);
        Assert.Equal("ID=ivo://x?1", cut.ToString());
    }

    [Fact]
    public void The_count_is_known_before_the_cuts_are_made()
    {
        var parameters = Enumerable.Range(0, 300).Select(i => ("ID", $"ivo://x?{i}"))
            .Concat(Enumerable.Range(0, 300).Select(i => ("CIRCLE", $"12 34 {0.001 * (i + 1)}")))
            .Concat(Enumerable.Range(0, 300).Select(i => ("TIME", $"{60000 + i} {60001 + i}")))
            .ToArray();

        Assert.Equal(27_000_000, Async(parameters).CutCount);
    }
}
