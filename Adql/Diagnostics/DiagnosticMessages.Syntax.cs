using System.Globalization;
using Adql.Syntax;

namespace Adql.Diagnostics;

/// <summary>Texts of syntax problems. Positions are added by <see cref="Diagnostic.ToString"/>.</summary>
public static partial class DiagnosticMessages
{
    /// <param name="found">What stands in the way, already quoted or described ("'FORM'").</param>
    /// <param name="expected">What would fit there ("an expression", "',' or ')'"), if it can be said briefly.</param>
    /// <param name="keyword">A keyword the user probably meant, if the word is a near miss.</param>
    public static Diagnostic UnexpectedToken(string found, string? expected, string? keyword, SourceSpan span) =>
        new(
            DiagnosticCode.UnexpectedToken,
            $"unexpected {found}{(expected is null ? string.Empty : ", expected " + expected)}"
                + (keyword is null ? string.Empty : $" (did you mean {keyword}?)"),
            span);

    /// <param name="expected">The missing piece, e.g. "')'".</param>
    /// <param name="place">Where it is missing, e.g. "after argument 3 of POLYGON" or "before 'WHERE'".</param>
    public static Diagnostic MissingToken(string expected, string place, SourceSpan span) =>
        new(DiagnosticCode.MissingToken, $"expected {expected} {place}", span);

    public static Diagnostic UnexpectedEndOfQuery(string? expected, string? lastWord, SourceSpan span) =>
        new(
            DiagnosticCode.UnexpectedEndOfQuery,
            "the query ends too early"
                + (expected is null ? string.Empty : ": expected " + expected)
                + (lastWord is null ? string.Empty : $" after {lastWord}"),
            span);

    /// <summary>A value where a condition belongs: "WHERE CONTAINS(p, c)" without "= 1".</summary>
    public static Diagnostic IncompleteCondition(string found, SourceSpan span) =>
        new(
            DiagnosticCode.UnexpectedToken,
            $"incomplete condition: expected a comparison such as = 1, or BETWEEN, LIKE, IN or IS NULL, but found {found}",
            span);

    /// <summary>Something after a query that could have ended there.</summary>
    public static Diagnostic NothingMayFollow(string found, SourceSpan span) =>
        new(DiagnosticCode.UnexpectedToken, $"unexpected {found} (a comma, an operator or a keyword may be missing before it)", span);

    public static Diagnostic WithOnlyAtStart(SourceSpan span) =>
        new(DiagnosticCode.UnexpectedToken, "WITH may only begin the whole query, not a subquery or a part of a set operation", span);

    public static Diagnostic SubqueryNeedsName(SourceSpan span) =>
        new(DiagnosticCode.MissingToken, "a subquery in FROM needs a name: write AS and a name after its closing parenthesis", span);

    public static Diagnostic TooManyNameParts(SourceSpan span) =>
        new(
            DiagnosticCode.UnexpectedToken,
            "too many parts in this name: a table is at most catalog.schema.table and a column at most catalog.schema.table.column",
            span);

    /// <summary>A keyword used where a name is needed, e.g. a column called DISTANCE.</summary>
    /// <param name="isFunction">Whether the keyword names a function, which the user may have meant to call.</param>
    public static Diagnostic ReservedWordAsName(string word, bool isFunction, SourceSpan span) =>
        new(
            DiagnosticCode.UnexpectedToken,
            (isFunction
                ? $"{word.ToUpperInvariant()} is an ADQL function, written {word.ToUpperInvariant()}(...); "
                : $"{word.ToUpperInvariant()} is a reserved word of ADQL; ")
                + $"to use it as a name, write it in double quotes: \"{word}\"",
            span);

    public static Diagnostic UnterminatedString(SourceSpan span) =>
        new(DiagnosticCode.UnterminatedString, "this string has no closing quote (')", span);

    public static Diagnostic UnterminatedDelimitedIdentifier(SourceSpan span) =>
        new(DiagnosticCode.UnterminatedDelimitedIdentifier, "this quoted name has no closing double quote (\")", span);

    /// <summary>A character outside strings and quoted names that ADQL does not know.</summary>
    /// <remarks>Spaces and quotes pasted from word processors look right, so they get their own words.</remarks>
    public static Diagnostic InvalidCharacter(string character, SourceSpan span) =>
        new(
            DiagnosticCode.InvalidCharacter,
            character switch
            {
                "_" => "a name must start with a letter; write names like _x in double quotes: \"_x\"",
                "\u2018" or "\u2019" or "\u201C" or "\u201D" =>
                    $"the typographic quote {character} is not an ADQL quote; use ' for strings and \" for quoted names",
                _ when character.All(char.IsWhiteSpace) =>
                    string.Create(CultureInfo.InvariantCulture, $"an unusual space character (U+{(int)character[0]:X4}) cannot be used; replace it with a plain space"),
                _ => $"the character '{character}' cannot be used here (only inside strings and quoted names)",
            },
            span);

    public static Diagnostic NumberOutOfRange(string number, SourceSpan span) =>
        new(DiagnosticCode.NumberOutOfRange, $"the number {number} is too large here", span);

    public static Diagnostic NestingTooDeep(int limit, SourceSpan span) =>
        new(
            DiagnosticCode.NestingTooDeep,
            $"the query is nested too deeply here; this service accepts at most {limit} levels of parentheses, CASE expressions and prefix operators in a row (NOT, +, -, ~)",
            span);

    public static Diagnostic ExpressionTooDeep(int limit, SourceSpan span) =>
        new(
            DiagnosticCode.NestingTooDeep,
            $"the query is too deeply nested from here on (more than {limit} levels of operators, conditions and subqueries); split it into simpler parts",
            span);

    /// <summary>E.g. "(SELECT TOP 5 ... ORDER BY a) ORDER BY b": two orderings or limits of one result.</summary>
    public static Diagnostic OrderingAroundLimitedQuery(SourceSpan span) =>
        new(
            DiagnosticCode.UnsupportedFeature,
            "ORDER BY or OFFSET after a parenthesised query with its own TOP, ORDER BY or OFFSET is not supported; "
                + "select from it as a subquery instead: SELECT * FROM (...) AS q ORDER BY ...",
            span);
}
