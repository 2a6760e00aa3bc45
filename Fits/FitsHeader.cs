using System.Globalization;

namespace Fits;

/// <summary>
/// The cards of one HDU's header in their order, with typed reads of the values CFITSIO returned
/// as text. Keywords compare case-insensitively, as FITS keywords are upper case by definition.
/// </summary>
public sealed class FitsHeader
{
    private readonly Dictionary<string, FitsCard> _valuedCards = new(StringComparer.OrdinalIgnoreCase);

    public FitsHeader(IEnumerable<FitsCard> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        Cards = cards.ToList();
        foreach (var card in Cards)
        {
            if (card.Value is not null)
            {
                _valuedCards.TryAdd(card.Keyword, card);
            }
        }
    }

    public IReadOnlyList<FitsCard> Cards { get; }

    public bool Contains(string keyword) => _valuedCards.ContainsKey(keyword);

    /// <summary>A string value without its quotes and trailing blanks ('' inside stands for ').</summary>
    public string? GetString(string keyword)
    {
        if (!_valuedCards.TryGetValue(keyword, out var card) || card.Value is null)
        {
            return null;
        }
        var text = card.Value.Trim();
        if (text.Length >= 2 && text[0] == '\'' && text[^1] == '\'')
        {
            return text[1..^1].Replace("''", "'", StringComparison.Ordinal).TrimEnd();
        }
        return text;
    }

    /// <summary>A numeric value; FITS allows a D exponent (1.5D-3), which .NET does not read.</summary>
    public double? GetDouble(string keyword)
    {
        var text = GetString(keyword);
        if (text is null)
        {
            return null;
        }
        text = text.Replace('D', 'E').Replace('d', 'e');
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public long? GetInteger(string keyword)
    {
        var text = GetString(keyword);
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public double GetDouble(string keyword, double whenAbsent) => GetDouble(keyword) ?? whenAbsent;
}
