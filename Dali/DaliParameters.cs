using System.Globalization;

namespace Dali;

/// <summary>
/// The parameters of one DALI request, with DALI's rules for reading them: names are
/// case-insensitive, repeated values are kept in the order given, a single-valued parameter may be
/// repeated only with the same value, and MAXREC is a non-negative integer. Every protocol (TAP,
/// SIAv2, DataLink, UWS) reads its parameters through this one set, so the rules and their error
/// texts are the same everywhere.
/// </summary>
public sealed class DaliParameters
{
    public const string MaxRec = "MAXREC";
    public const string ResponseFormat = "RESPONSEFORMAT";

    private static readonly IReadOnlyList<string> NoValues = [];

    private readonly Dictionary<string, List<string>> _values;

    private DaliParameters(Dictionary<string, List<string>> values) => _values = values;

    /// <summary>Names as first given.</summary>
    public IEnumerable<string> Names => _values.Keys;

    /// <summary>Parameters in request order, each name with its values (a query string, a form, a kept job).</summary>
    public static DaliParameters FromValues(IEnumerable<KeyValuePair<string, string[]>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var byName = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, given) in values)
        {
            if (!byName.TryGetValue(name, out var list))
            {
                byName[name] = list = [];
            }

            list.AddRange(given);
        }

        return new DaliParameters(byName);
    }

    /// <summary>Parameters as name–value pairs in request order, a name repeated for each of its values.</summary>
    public static DaliParameters FromPairs(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return FromValues(pairs.Select(pair => KeyValuePair.Create(pair.Key, new[] { pair.Value })));
    }

    public bool Contains(string name) => _values.ContainsKey(name);

    /// <summary>Every value given for <paramref name="name"/>, in request order; empty when absent.</summary>
    public IReadOnlyList<string> GetValues(string name) => _values.TryGetValue(name, out var values) ? values : NoValues;

    /// <summary>The value of a single-valued parameter, or null when absent; different values are a usage error.</summary>
    public string? GetSingle(string name)
    {
        var values = GetValues(name);
        if (values.Count > 1 && values.Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            throw new DaliParameterException(name, "given more than once with different values");
        }

        return values.Count == 0 ? null : values[0];
    }

    /// <summary>A single non-negative integer, or null when absent or empty.</summary>
    public int? GetNonNegativeInt32(string name) =>
        GetNonNegativeInt64(name) is { } value
            ? value <= int.MaxValue ? (int)value : throw new DaliParameterException(name, $"{value} is larger than {int.MaxValue}")
            : null;

    /// <summary>
    /// MAXREC, or null when absent or empty. A value above the service's limit is no error: the host
    /// lowers it to the limit (TAP 1.1 §2.7.1), so it is read as a 64-bit number.
    /// </summary>
    public long? GetMaxRec() => GetNonNegativeInt64(MaxRec);

    private long? GetNonNegativeInt64(string name)
    {
        var text = GetSingle(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DaliParameterException(name, $"'{text}' is not a non-negative integer");
    }
}
