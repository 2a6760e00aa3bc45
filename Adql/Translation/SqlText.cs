using System.Text;

namespace Adql.Translation;

/// <summary>Quoting of identifiers and string literals: the only way names and user text reach the SQL.</summary>
internal static class SqlText
{
    /// <summary>A delimited identifier: always quoted, so case is kept and reserved words work.</summary>
    public static void AppendIdentifier(StringBuilder sql, string name)
    {
        RejectNul(name);
        sql.Append('"').Append(name.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    public static string Identifier(string name)
    {
        var sql = new StringBuilder(name.Length + 2);
        AppendIdentifier(sql, name);
        return sql.ToString();
    }

    /// <summary>
    /// A string constant with quotes doubled. A value with a backslash goes out as an E'' literal with
    /// backslashes doubled, so it means the same whatever standard_conforming_strings says.
    /// </summary>
    public static void AppendString(StringBuilder sql, string value)
    {
        RejectNul(value);
        var escaped = value.Replace("'", "''", StringComparison.Ordinal);
        if (value.Contains('\\', StringComparison.Ordinal))
        {
            sql.Append("E'").Append(escaped.Replace("\\", "\\\\", StringComparison.Ordinal)).Append('\'');
        }
        else
        {
            sql.Append('\'').Append(escaped).Append('\'');
        }
    }

    /// <summary>The binder reports NUL characters; reaching here with one is a bug, not a user error.</summary>
    private static void RejectNul(string text)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new InvalidOperationException("NUL character in SQL text; the binder should have rejected it");
        }
    }
}
