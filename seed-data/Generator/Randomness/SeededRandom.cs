namespace SeedData.Generator.Randomness;

/// <summary>
/// A counter-based stream of random numbers (SplitMix64): each stream is fully decided by its key, so
/// a sky cell, a detector or an image row gets its own stream from the seed and its index, and rows
/// can be drawn in any order or in parallel with the same result.
/// </summary>
public struct SeededRandom(ulong key)
{
    private const ulong Increment = 0x9E3779B97F4A7C15;
    private const float TwoPi = 2 * MathF.PI;

    private ulong _counter = key;

    /// <summary>A key for part <paramref name="index"/> of what <paramref name="parent"/> keys, e.g. a row of an image.</summary>
    public static ulong Key(ulong parent, long index) => Mix(parent ^ Mix(unchecked((ulong)index + Increment)));

    /// <summary>A key from text (an identifier), the same on every platform and run, unlike string.GetHashCode.</summary>
    public static ulong Key(ulong parent, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = parent;
        foreach (var character in text)
        {
            key = Key(key, character);
        }

        return key;
    }

    public ulong NextUInt64() => Mix(_counter += Increment);

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, <paramref name="count"/>).</summary>
    public int NextInt(int count) => (int)(NextDouble() * count);

    /// <summary>A standard normal deviate (Box–Muller).</summary>
    public double NextGaussian() => Math.Sqrt(-2 * Math.Log(1 - NextDouble())) * Math.Cos(2 * Math.PI * NextDouble());

    /// <summary>
    /// Fills <paramref name="deviates"/> with standard normal deviates in single precision, two from
    /// each 64-bit draw (Box–Muller on two 24-bit uniforms): the noise of a whole image row.
    /// </summary>
    public void FillGaussian(Span<float> deviates)
    {
        const float unit = 1f / (1 << 24);
        for (var i = 0; i < deviates.Length; i += 2)
        {
            var bits = NextUInt64();
            // (0, 1]: the logarithm stays finite.
            var u1 = ((uint)(bits >> 40) + 1) * unit;
            var u2 = (uint)((bits >> 8) & 0xFFFFFF) * unit;
            var radius = MathF.Sqrt(-2 * MathF.Log(u1));
            var (sin, cos) = MathF.SinCos(TwoPi * u2);
            deviates[i] = radius * cos;
            if (i + 1 < deviates.Length)
            {
                deviates[i + 1] = radius * sin;
            }
        }
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
