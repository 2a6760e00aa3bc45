using Soda.Service.Shapes;
using Soda.Service.Values;

namespace Soda.Service.Requests;

/// <summary>
/// A checked SODA request. Every value of ID, of the spatial parameter, of BAND and of TIME is one
/// choice, and each combination of choices is one result (SODA 1.0 §6); the POL values together
/// are one filter applied to every result.
/// </summary>
/// <param name="Shapes">The values of the one spatial parameter given (POS, CIRCLE or POLYGON); empty for none.</param>
public sealed record SodaRequest(
    IReadOnlyList<string> Ids,
    IReadOnlyList<SodaShape> Shapes,
    IReadOnlyList<Interval> Bands,
    IReadOnlyList<Interval> Times,
    IReadOnlyList<string> PolarisationStates)
{
    /// <summary>How many results <see cref="Cuts"/> gives, known before enumerating them (for a limit on async jobs).</summary>
    public long CutCount => (long)Ids.Count * Math.Max(1, Shapes.Count) * Math.Max(1, Bands.Count) * Math.Max(1, Times.Count);

    /// <summary>One cut per combination, IDs outermost, in request order: what an async job makes its results of.</summary>
    public IEnumerable<SodaCut> Cuts() =>
        from id in Ids
        from shape in OrNone(Shapes)
        from band in OrNone(Bands)
        from time in OrNone(Times)
        select new SodaCut(id, shape, band, time, PolarisationStates);

    private static IEnumerable<SodaShape?> OrNone(IReadOnlyList<SodaShape> values) => values.Count == 0 ? [null] : [.. values];

    private static IEnumerable<Interval?> OrNone(IReadOnlyList<Interval> values) =>
        values.Count == 0 ? [null] : values.Select(value => (Interval?)value);
}
