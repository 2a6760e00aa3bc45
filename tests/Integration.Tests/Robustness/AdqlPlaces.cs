namespace Integration.Tests.Robustness;

/// <summary>A place in an ADQL query where a client puts a value it was given.</summary>
/// <param name="Quoted">The client quotes the value as ADQL says (doubling the quote), so the value must stay a value.</param>
internal sealed record AdqlPlace(string Name, bool Quoted, Func<string, string> Query)
{
    /// <summary>Written by a careful client: the value quoted, in a literal, a LIKE pattern, a function's argument and a column alias.</summary>
    public static readonly IReadOnlyList<AdqlPlace> Careful =
    [
        new("string literal", true, v => $"SELECT TOP 3 obs_id FROM ivoa.obscore WHERE obs_id = '{Doubled(v, '\'')}'"),
        new("LIKE pattern", true, v => $"SELECT TOP 3 obs_id FROM ivoa.obscore WHERE obs_title LIKE '{Doubled(v, '\'')}'"),
        new("function argument", true, v => $"SELECT TOP 3 obs_id FROM ivoa.obscore WHERE ivo_hasword(obs_title, '{Doubled(v, '\'')}') = 1"),
        new("column alias", true, v => $"SELECT TOP 3 obs_id AS \"{Doubled(v, '"')}\" FROM ivoa.obscore"),
    ];

    /// <summary>Written by a careless client: the value pasted as it is, where it may end the literal or the name.</summary>
    public static readonly IReadOnlyList<AdqlPlace> Careless =
    [
        new("pasted into a literal", false, v => $"SELECT TOP 3 obs_id FROM ivoa.obscore WHERE obs_id = '{v}'"),
        new("pasted into a delimited name", false, v => $"SELECT TOP 3 \"{v}\" FROM ivoa.obscore"),
        new("pasted as a column", false, v => $"SELECT TOP 3 {v} FROM ivoa.obscore"),
        new("pasted as a table", false, v => $"SELECT TOP 3 * FROM {v}"),
    ];

    public static IReadOnlyList<AdqlPlace> All => [.. Careful, .. Careless];

    private static string Doubled(string value, char quote) => value.Replace(quote.ToString(), new string(quote, 2), StringComparison.Ordinal);
}
