using System.Text;
using System.Text.RegularExpressions;

namespace Integration.Tests.Robustness;

/// <summary>
/// Mutations of ADQL text drawn from one seeded generator, so a seed always yields the same inputs: token
/// edits, inserted keywords, operators, quotes and comment markers, splices of two queries, extreme
/// numbers, deep nesting, huge names and strings, control characters and bytes that are not UTF-8.
/// </summary>
internal sealed partial class AdqlMutator(Random random, IReadOnlyList<string> corpus)
{
    private static readonly string[] Keywords =
    [
        "SELECT", "TOP", "DISTINCT", "ALL", "FROM", "WHERE", "AND", "OR", "NOT", "JOIN", "NATURAL", "LEFT OUTER JOIN", "ON", "USING",
        "GROUP BY", "HAVING", "ORDER BY", "ASC", "DESC", "OFFSET", "UNION", "INTERSECT", "EXCEPT", "WITH", "AS", "IN", "BETWEEN",
        "LIKE", "ILIKE", "IS NULL", "EXISTS", "CASE", "WHEN", "THEN", "ELSE", "END", "CAST", "COALESCE", "NULL", "TRUE",
        "POINT", "CIRCLE", "POLYGON", "BOX", "REGION", "CONTAINS", "INTERSECTS", "DISTANCE", "AREA", "CENTROID", "COORD1",
        "COUNT(*)", "AVG", "MAX", "SUM", "LOWER", "SQRT", "LOG10", "POWER", "MOD", "RAND", "TRUNCATE", "ivo_hasword",
        "ivo_interval_overlaps", "gavo_mjd_to_ts", "ivoa.obscore", "tap_schema.columns", "TAP_UPLOAD.t", "s_region", "s_ra",
        "lsst_visit", "*", "pg_sleep(5)", "DROP TABLE", "DELETE", ";",
    ];

    private static readonly string[] Operators =
        ["+", "-", "*", "/", "%", "||", "=", "<>", "!=", "<", ">", "<=", ">=", "(", ")", ",", ".", "::", "&", "|", "^", "~", "@"];

    private static readonly string[] Quotes = ["'", "\"", "''", "\"\"", "`", "’", "‘", "＇", "＂", "E'", "$$", "$tag$", "\\"];

    private static readonly string[] CommentMarkers = ["--", "/*", "*/", "/* x */", "-- x\n", "\n", "\r", "\t", "#"];

    private static readonly string[] ExtremeNumbers =
    [
        "1e308", "1e309", "-1e308", "1e-400", "4.9e-324", "-0", "-0.0", "NaN", "'NaN'", "Infinity", "-Infinity", "0x7fffffff",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "2147483648", "99999999999999999999999999999999999999",
        "0.000000000000000000000000000000000000001", "1.", ".5", "1e", "1e+", "00000000000000000000000000000001",
    ];

    private static readonly string[] Strange =
    [
        "\0", "\u0001", "\b", "\u001b[2J", "\u007f", "\u0085", "\u00a0", "\u2028", "\u202e", "\ufeff", "\ufffd", "\ufffe", "\uffff",
        "\ud800", "\udc00", "\ud83d\ude00", "\u0301", "ＳＥＬＥＣＴ", "İ", "ß", "\u0130\u0131",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE], [0x80], [0xC0, 0x80], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ];

    /// <summary>Openings that nest: each comes with the text that closes it (or none).</summary>
    private static readonly (string Open, string Close)[] Nestings =
    [
        ("(", ")"), ("NOT ", ""), ("- ", ""), ("+", ""), ("ABS(", ")"), ("CASE WHEN 1=1 THEN ", " END"),
        ("(SELECT ", " FROM ivoa.obscore)"), ("COALESCE(", ", 1)"), ("CAST(", " AS DOUBLE)"), ("EXISTS (SELECT * FROM ivoa.obscore WHERE ", ")"),
    ];

    private static readonly int[] NestingDepths = [10, 50, 99, 100, 101, 200, 500, 1000, 5000, 20000];

    private static readonly int[] HugeLengths = [64, 65, 1000, 10_000, 100_000];

    /// <summary>One to three mutations of a query, as bytes: the last step may break the UTF-8 itself.</summary>
    public byte[] Mutate(string query)
    {
        var tokens = Tokens(query);
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            MutateOnce(tokens);
        }

        var bytes = Encoding.UTF8.GetBytes(string.Concat(tokens));
        return random.Next(12) == 0 ? Insert(bytes, Pick(InvalidUtf8)) : bytes;
    }

    private void MutateOnce(List<string> tokens)
    {
        var at = random.Next(tokens.Count + 1);
        switch (random.Next(12))
        {
            case 0 when tokens.Count > 1:
                tokens.RemoveAt(Math.Min(at, tokens.Count - 1));
                break;
            case 1 when tokens.Count > 0:
                tokens.Insert(at, " " + tokens[Math.Min(at, tokens.Count - 1)] + " ");
                break;
            case 2 when tokens.Count > 1:
                var other = random.Next(tokens.Count);
                at = Math.Min(at, tokens.Count - 1);
                (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                break;
            case 3:
                tokens.Insert(at, " " + Pick(Keywords) + " ");
                break;
            case 4:
                tokens.Insert(at, Pick(Operators));
                break;
            case 5:
                tokens.Insert(at, Pick(Quotes));
                break;
            case 6:
                tokens.Insert(at, Pick(CommentMarkers));
                break;
            case 7:
                // The head of this query and the tail of another one.
                var donor = Tokens(Pick(corpus));
                tokens.RemoveRange(at, tokens.Count - at);
                tokens.AddRange(donor.Skip(random.Next(donor.Count + 1)));
                break;
            case 8:
                ReplaceOne(tokens, token => NumberPattern().IsMatch(token), Pick(ExtremeNumbers));
                break;
            case 9:
                var (open, close) = Pick(Nestings);
                var depth = Pick(NestingDepths);
                if (tokens.Count == 0)
                {
                    tokens.Add("1");
                }

                at = Math.Min(at, tokens.Count - 1);
                tokens[at] = Repeat(open, depth) + tokens[at] + Repeat(close, depth);
                break;
            case 10:
                var length = Pick(HugeLengths);
                var huge = random.Next(2) == 0
                    ? "n" + new string('x', length - 1)
                    : "'" + new string('s', length) + "'";
                ReplaceOne(tokens, token => WordPattern().IsMatch(token) || token.StartsWith('\''), huge);
                break;
            default:
                tokens.Insert(at, Pick(Strange));
                break;
        }
    }

    /// <summary>Replaces a random token that matches, or any token when none does.</summary>
    private void ReplaceOne(List<string> tokens, Func<string, bool> matches, string replacement)
    {
        var candidates = Enumerable.Range(0, tokens.Count).Where(i => matches(tokens[i])).ToList();
        if (candidates.Count == 0)
        {
            candidates = Enumerable.Range(0, tokens.Count).ToList();
        }

        if (candidates.Count == 0)
        {
            tokens.Add(replacement);
            return;
        }

        tokens[candidates[random.Next(candidates.Count)]] = replacement;
    }

    private T Pick<T>(IReadOnlyList<T> choices) => choices[random.Next(choices.Count)];

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    private byte[] Insert(byte[] bytes, byte[] inserted)
    {
        var at = random.Next(bytes.Length + 1);
        return [.. bytes.AsSpan(0, at), .. inserted, .. bytes.AsSpan(at)];
    }

    /// <summary>ADQL's lexical units, roughly: literals, names, numbers, two-character operators, blanks, anything else alone.</summary>
    private static List<string> Tokens(string query) => TokenPattern().Matches(query).Select(m => m.Value).ToList();

    [GeneratedRegex("""'(?:[^']|'')*'?|"(?:[^"]|"")*"?|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[A-Za-z_][A-Za-z0-9_]*|<>|<=|>=|!=|\|\||\s+|.""", RegexOptions.Singleline)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex WordPattern();
}
