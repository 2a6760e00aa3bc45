namespace Integration.Tests.Robustness;

/// <summary>
/// What the compiler may do with a value taken from a request: write it into the SQL as one string
/// constant or one quoted name holding exactly that text, and change nothing else of the statement.
/// </summary>
internal static class ConfinedValue
{
    /// <summary>What is wrong, or null: one SELECT, with no comment, dollar quote or second statement (the compiler writes none).</summary>
    public static string? OneSelect(string sql)
    {
        var tokens = SqlTokens.Read(sql);
        if (tokens.FirstOrDefault(t => t.Kind is SqlTokenKind.Comment or SqlTokenKind.DollarQuoted or SqlTokenKind.Semicolon) is { } odd)
        {
            return $"the SQL holds a {odd.Kind} ({odd.Text}): {sql}";
        }

        return tokens.Count > 0 && tokens[0].Text.ToUpperInvariant() is "SELECT" or "WITH" ? null : $"the SQL is not a query: {sql}";
    }

    /// <summary>
    /// What is wrong, or null when <paramref name="withPayload"/> is <paramref name="withPlaceholder"/>
    /// with exactly one string constant or quoted name changed from the placeholder to the payload.
    /// </summary>
    public static string? Confined(string withPayload, string withPlaceholder, string payload, string placeholder)
    {
        if (OneSelect(withPayload) is { } notOne)
        {
            return notOne;
        }

        var actual = SqlTokens.Read(withPayload);
        var expected = SqlTokens.Read(withPlaceholder);
        if (actual.Count != expected.Count)
        {
            return $"the payload changed the statement's shape ({actual.Count} tokens, not {expected.Count}): {withPayload}";
        }

        var changed = Enumerable.Range(0, actual.Count).Where(i => actual[i] != expected[i]).ToList();
        if (changed is not [var only])
        {
            return $"{changed.Count} tokens differ from the placeholder's statement, not one: {withPayload}";
        }

        var (token, original) = (actual[only], expected[only]);
        var holdsValue = token.Kind is SqlTokenKind.String or SqlTokenKind.QuotedIdentifier
            && token.Kind == original.Kind && original.Value == placeholder && token.Value == payload;
        return holdsValue ? null : $"the payload became {token.Kind} {token.Text} (decoded '{token.Value}'), not the placeholder's {original.Kind}: {withPayload}";
    }
}
