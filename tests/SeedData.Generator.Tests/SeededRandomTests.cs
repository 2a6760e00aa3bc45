using SeedData.Generator.Randomness;

namespace SeedData.Generator.Tests;

public class SeededRandomTests
{
    [Fact]
    public void The_same_key_gives_the_same_numbers_and_other_keys_other_numbers()
    {
        var key = SeededRandom.Key(SeededRandom.Key(42, 7), "calexp");
        var first = new SeededRandom(key);
        var again = new SeededRandom(key);
        var otherIndex = new SeededRandom(SeededRandom.Key(SeededRandom.Key(42, 8), "calexp"));
        var otherText = new SeededRandom(SeededRandom.Key(SeededRandom.Key(42, 7), "calexq"));

        var values = Enumerable.Range(0, 5).Select(_ => first.NextUInt64()).ToList();

        Assert.Equal(values, Enumerable.Range(0, 5).Select(_ => again.NextUInt64()));
        Assert.NotEqual(values[0], otherIndex.NextUInt64());
        Assert.NotEqual(values[0], otherText.NextUInt64());
    }

    [Fact]
    public void Uniform_numbers_fill_the_unit_interval_evenly()
    {
        var random = new SeededRandom(SeededRandom.Key(1, 1));
        var bins = new int[10];
        for (var i = 0; i < 100_000; i++)
        {
            var value = random.NextDouble();
            Assert.InRange(value, 0, 0.9999999999);
            bins[(int)(value * 10)]++;
        }

        Assert.All(bins, count => Assert.InRange(count, 9_700, 10_300));
    }

    [Fact]
    public void Gaussian_deviates_of_a_row_have_mean_0_and_standard_deviation_1()
    {
        var deviates = new float[1_000_001];
        new SeededRandom(SeededRandom.Key(3, 9)).FillGaussian(deviates);

        var mean = deviates.Average(d => (double)d);
        var variance = deviates.Average(d => (d - mean) * (d - mean));
        var beyondThreeSigma = deviates.Count(d => Math.Abs(d) > 3) / (double)deviates.Length;

        Assert.Equal(0, mean, 0.005);
        Assert.Equal(1, variance, 0.005);
        Assert.Equal(0.0027, beyondThreeSigma, 0.0003);
        Assert.NotEqual(0, deviates[^1]);
    }
}
