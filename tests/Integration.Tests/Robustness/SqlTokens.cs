using System.Globalization;
using System.Text;

namespace Integration.Tests.Robustness;

/// <summary>The lexical classes of PostgreSQL that decide where user text can end up.</summary>
internal enum SqlTokenKind
{
    /// <summary>A string constant, '…' or E'…'; its value decoded.</summary>
    String,

    /// <summary>A quoted identifier "…"; its name decoded.</summary>
    QuotedIdentifier,

    /// <summary>A dollar-quoted string $tag$…$tag$: the compiler never writes one.</summary>
    DollarQuoted,

    /// <summary>-- or /* */: the compiler never writes one.</summary>
    Comment,

    /// <summary>; ends a statement: the compiler never writes one.</summary>
    Semicolon,

    /// <summary>Keywords, names, numbers, operators and punctuation.</summary>
    Other,
}

internal sealed record SqlToken(SqlTokenKind Kind, string Text, string Value);

/// <summary>
/// A small PostgreSQL lexer (standard_conforming_strings on, PostgreSQL's default), written from the
/// PostgreSQL manual's lexical structure chapter, to see the statement the way the server will.
/// </summary>
internal static class SqlTokens
{
    public static IReadOnlyList<SqlToken> Read(string sql)
    {
        var tokens = new List<SqlToken>();
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            var next = i + 1 < sql.Length ? sql[i + 1] : '\0';
            var start = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '-' && next == '-')
            {
                i = sql.IndexOf('\n', i) is var end and >= 0 ? end + 1 : sql.Length;
                tokens.Add(new(SqlTokenKind.Comment, sql[start..i], string.Empty));
            }
            else if (c == '/' && next == '*')
            {
                i = BlockCommentEnd(sql, i);
                tokens.Add(new(SqlTokenKind.Comment, sql[start..i], string.Empty));
            }
            else if (c == '\'' || ((c is 'E' or 'e') && next == '\''))
            {
                var escapes = c != '\'';
                var (end, value) = StringConstant(sql, escapes ? i + 1 : i, escapes);
                i = end;
                tokens.Add(new(SqlTokenKind.String, sql[start..i], value));
            }
            else if (c == '"')
            {
                var (end, value) = Quoted(sql, i, '"');
                i = end;
                tokens.Add(new(SqlTokenKind.QuotedIdentifier, sql[start..i], value));
            }
            else if (c == '$' && DollarTag(sql, i) is { } tag)
            {
                var close = sql.IndexOf(tag, i + tag.Length, StringComparison.Ordinal);
                i = close < 0 ? sql.Length : close + tag.Length;
                tokens.Add(new(SqlTokenKind.DollarQuoted, sql[start..i], string.Empty));
            }
            else if (c == ';')
            {
                i++;
                tokens.Add(new(SqlTokenKind.Semicolon, ";", string.Empty));
            }
            else
            {
                // Words and numbers whole; each other character alone (operators need not be grouped here).
                i++;
                if (char.IsLetterOrDigit(c) || c is '_' or '.')
                {
                    while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] is '_' or '$' or '.'))
                    {
                        i++;
                    }
                }

                tokens.Add(new(SqlTokenKind.Other, sql[start..i], sql[start..i]));
            }
        }

        return tokens;
    }

    /// <summary>Block comments nest in PostgreSQL.</summary>
    private static int BlockCommentEnd(string sql, int i)
    {
        var depth = 0;
        while (i < sql.Length)
        {
            if (sql[i] == '/' && i + 1 < sql.Length && sql[i + 1] == '*')
            {
                depth++;
                i += 2;
            }
            else if (sql[i] == '*' && i + 1 < sql.Length && sql[i + 1] == '/')
            {
                depth--;
                i += 2;
                if (depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }

        return sql.Length;
    }

    /// <summary>'…' with '' for a quote; in E'…' also backslash escapes.</summary>
    private static (int End, string Value) StringConstant(string sql, int quote, bool escapes)
    {
        if (!escapes)
        {
            return Quoted(sql, quote, '\'');
        }

        var value = new StringBuilder();
        var i = quote + 1;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (c == '\'' && i + 1 < sql.Length && sql[i + 1] == '\'')
            {
                value.Append('\'');
                i += 2;
            }
            else if (c == '\'')
            {
                return (i + 1, value.ToString());
            }
            else if (c == '\\' && i + 1 < sql.Length)
            {
                i = Escape(sql, i + 1, value);
            }
            else
            {
                value.Append(c);
                i++;
            }
        }

        return (sql.Length, value.ToString());
    }

    /// <summary>The backslash escapes of E'' strings; returns the index after the escape.</summary>
    private static int Escape(string sql, int i, StringBuilder value)
    {
        var c = sql[i];
        switch (c)
        {
            case 'b': value.Append('\b'); return i + 1;
            case 'f': value.Append('\f'); return i + 1;
            case 'n': value.Append('\n'); return i + 1;
            case 'r': value.Append('\r'); return i + 1;
            case 't': value.Append('\t'); return i + 1;
            case 'x' when i + 1 < sql.Length && Uri.IsHexDigit(sql[i + 1]):
                return Digits(sql, i + 1, 2, 16, value);
            case 'u':
                return Digits(sql, i + 1, 4, 16, value);
            case 'U':
                return Digits(sql, i + 1, 8, 16, value);
            case >= '0' and <= '7':
                return Digits(sql, i, 3, 8, value);
            default:
                value.Append(c);
                return i + 1;
        }
    }

    private static int Digits(string sql, int i, int most, int radix, StringBuilder value)
    {
        var end = i;
        while (end < sql.Length && end - i < most && (radix == 16 ? Uri.IsHexDigit(sql[end]) : sql[end] is >= '0' and <= '7'))
        {
            end++;
        }

        var code = radix == 16
            ? int.Parse(sql.AsSpan(i, end - i), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : Convert.ToInt32(sql[i..end], 8);
        value.Append(char.ConvertFromUtf32(code));
        return end;
    }

    private static (int End, string Value) Quoted(string sql, int open, char quote)
    {
        var value = new StringBuilder();
        var i = open + 1;
        while (i < sql.Length)
        {
            if (sql[i] == quote && i + 1 < sql.Length && sql[i + 1] == quote)
            {
                value.Append(quote);
                i += 2;
            }
            else if (sql[i] == quote)
            {
                return (i + 1, value.ToString());
            }
            else
            {
                value.Append(sql[i++]);
            }
        }

        return (sql.Length, value.ToString());
    }

    /// <summary>$tag$ or $$ where a dollar quote may start (not $1, a parameter, nor inside a name).</summary>
    private static string? DollarTag(string sql, int i)
    {
        var end = i + 1;
        while (end < sql.Length && (char.IsLetterOrDigit(sql[end]) || sql[end] == '_'))
        {
            end++;
        }

        var isTag = end < sql.Length && sql[end] == '$' && (end == i + 1 || !char.IsDigit(sql[i + 1]));
        return isTag ? sql[i..(end + 1)] : null;
    }
}
