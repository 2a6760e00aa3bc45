namespace Sia.Service.Values;

/// <summary>User text as an ADQL character literal: doubling the quote is ADQL's only escape, so no value can end the literal.</summary>
internal static class AdqlText
{
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
