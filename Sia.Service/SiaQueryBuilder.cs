using System.Globalization;
using FluentValidation;
using Sia.Service.Parameters;
using Sia.Service.Validation;

namespace Sia.Service;

/// <summary>
/// Turns a request's parameters into one ADQL query: the values of one parameter are OR-ed, different
/// parameters AND-ed. Names are case-insensitive; names the service does not know are ignored, as SIAv2 says.
/// </summary>
public sealed class SiaQueryBuilder
{
    public const string MaxRec = "MAXREC";
    public const string ResponseFormat = "RESPONSEFORMAT";
    public const string Table = "ivoa.obscore";

    private readonly IValidator<string> _responseFormats;

    public SiaQueryBuilder(SiaLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Limits = limits;
        Parameters = SiaParameterList.Create(limits);
        _responseFormats = ValueChecks.Accepted(limits.AcceptsResponseFormat, limits.ResponseFormats);
    }

    public SiaLimits Limits { get; }

    public IReadOnlyList<SiaParameter> Parameters { get; }

    public SiaQuery Build(IEnumerable<KeyValuePair<string, string>> request)
    {
        var values = request
            .GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Value).ToList(), StringComparer.OrdinalIgnoreCase);

        var conditions = Parameters
            .Where(p => values.ContainsKey(p.Name))
            .Select(p => Disjunction(values[p.Name].Select(p.Predicate).ToList()))
            .OfType<string>()
            .ToList();

        var adql = $"SELECT * FROM {Table}" + (conditions.Count == 0 ? "" : "\nWHERE " + string.Join("\n  AND ", conditions));
        return new SiaQuery(adql, MaxRecords(values), Format(values));
    }

    /// <summary>The values' predicates OR-ed; null when one of them is no constraint, since then the OR is always true.</summary>
    private static string? Disjunction(List<string?> predicates)
    {
        if (predicates.Any(p => p is null))
        {
            return null;
        }

        return predicates.Count == 1
            ? predicates[0]
            : "(" + string.Join(" OR ", predicates.Select(p => p!.Contains(" AND ", StringComparison.Ordinal) ? $"({p})" : p)) + ")";
    }

    private static long? MaxRecords(Dictionary<string, List<string>> values) =>
        Single(values, MaxRec) is not { } text ? null
        : long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count
        : throw new SiaUsageException(MaxRec, $"'{text}' is not a non-negative integer");

    private string? Format(Dictionary<string, List<string>> values) =>
        Single(values, ResponseFormat) is { } format ? _responseFormats.Checked(ResponseFormat, format.Trim()) : null;

    private static string? Single(Dictionary<string, List<string>> values, string name) =>
        values.TryGetValue(name, out var given)
            ? given.Distinct(StringComparer.Ordinal).Count() == 1 ? given[0] : throw new SiaUsageException(name, "given more than once with different values")
            : null;
}
