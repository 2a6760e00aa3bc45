using Adql.Diagnostics;
using Adql.Generated;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using static Adql.Syntax.AdqlTokens;

namespace Adql.Syntax;

/// <summary>
/// Turns ANTLR's syntax errors into diagnostics an astronomer can act on: what was found, what
/// would fit (in words such as "an expression", never a list of token names), the keyword a
/// misspelt word probably meant, and the function argument being written. ANTLR's own message
/// text is never shown.
/// </summary>
internal sealed class SyntaxErrorReporter : BaseErrorListener
{
    // Above this many alternatives a list of expected tokens stops helping.
    private const int MaxListedAlternatives = 4;

    // Shorter words are too often real names (aliases such as "a" or "t") to suggest a keyword.
    private const int MinMisspeltLength = 3;

    private static readonly string[] ClauseKeywords = ["FROM", "WHERE", "GROUP", "HAVING", "ORDER", "OFFSET", "JOIN", "UNION", "INTERSECT", "EXCEPT"];

    private readonly List<Diagnostic> _diagnostics;

    public SyntaxErrorReporter(List<Diagnostic> diagnostics) => _diagnostics = diagnostics;

    public override void SyntaxError(
        TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line, int charPositionInLine, string msg, RecognitionException e)
    {
        var parser = (Parser)recognizer;
        var error = new ErrorSite(
            (ITokenStream)parser.InputStream,
            e?.OffendingToken ?? offendingSymbol,
            e?.GetExpectedTokens() ?? parser.GetExpectedTokens(),
            // A failed choice between alternatives knows what was expected where the choice began,
            // not at the offending token: such a list would mislead.
            ExpectedIsReliable: e is not NoViableAltException noViableAlternative || noViableAlternative.StartToken.TokenIndex == e.OffendingToken.TokenIndex,
            // Recovery by inserting a token is reported without an exception, as "missing ...".
            IsMissingToken: e is null && msg.StartsWith("missing", StringComparison.Ordinal));
        _diagnostics.Add(Describe(error));
    }

    private sealed record ErrorSite(ITokenStream Tokens, IToken Offending, IntervalSet Expected, bool ExpectedIsReliable, bool IsMissingToken)
    {
        public IToken? Previous { get; } = PreviousToken(Tokens, Offending.TokenIndex);
    }

    private static Diagnostic Describe(ErrorSite error)
    {
        var (offending, previous, expected) = (error.Offending, error.Previous, error.Expected);

        // A function keyword used as a name: "SELECT distance FROM t".
        if (previous is not null && IsFunctionKeyword(previous.Type) && offending.Type != AdqlLexer.LEFT_PAREN)
        {
            return DiagnosticMessages.ReservedWordAsName(previous.Text, isFunction: true, SpanOf(previous));
        }

        if (offending.Type == AdqlLexer.WITH)
        {
            return DiagnosticMessages.WithOnlyAtStart(SpanOf(offending));
        }

        // Any other keyword where only a name fits: "FROM distinct", "t.area".
        if (IsKeyword(offending.Type) && (previous?.Type == AdqlLexer.PERIOD || OnlyANameFits(expected)))
        {
            return DiagnosticMessages.ReservedWordAsName(offending.Text, IsFunctionKeyword(offending.Type), SpanOf(offending));
        }

        var keywords = expected.ToList().Where(IsKeyword).Select(t => AdqlLexer.DefaultVocabulary.GetSymbolicName(t)).Concat(ClauseKeywords).ToList();
        if (offending.Type == AdqlLexer.REGULAR_IDENTIFIER && offending.Text.Length >= MinMisspeltLength
            && NameSuggestions.Closest(offending.Text, keywords) is { } meant)
        {
            return DiagnosticMessages.UnexpectedToken(Quote(offending), null, meant, SpanOf(offending));
        }

        // A misspelt clause keyword is often taken for an alias ("SELECT x FORM t"), so the error
        // only shows at the next word; blame the misspelt word itself.
        if (previous?.Type == AdqlLexer.REGULAR_IDENTIFIER && previous.Text.Length >= MinMisspeltLength
            && NameSuggestions.Closest(previous.Text, keywords) is { } meantBefore)
        {
            return DiagnosticMessages.UnexpectedToken(Quote(previous), null, meantBefore, SpanOf(previous));
        }

        if (previous?.Type == AdqlLexer.IN && offending.Type != AdqlLexer.LEFT_PAREN)
        {
            return DiagnosticMessages.MissingToken("'(' with a list of values or a subquery", "after IN", SpanOf(offending));
        }

        if (offending.Type == AdqlLexer.PERIOD && NamePartsBefore(error) >= 3)
        {
            return DiagnosticMessages.TooManyNameParts(SpanOf(offending));
        }

        if (error.ExpectedIsReliable && OnlyPredicateCanFollow(expected))
        {
            return DiagnosticMessages.IncompleteCondition(Quote(offending), SpanOf(offending));
        }

        if (previous?.Type == AdqlLexer.RIGHT_PAREN && expected.Contains(AdqlLexer.AS) && !expected.Contains(AdqlLexer.UNSIGNED_INTEGER))
        {
            return DiagnosticMessages.SubqueryNeedsName(SpanOf(offending));
        }

        var description = error.ExpectedIsReliable ? DescribeExpected(expected) : null;
        if (offending.Type == TokenConstants.EOF)
        {
            return DiagnosticMessages.UnexpectedEndOfQuery(description, previous is null ? null : Quote(previous), SpanOf(offending));
        }

        if (expected.ToList() is [TokenConstants.EOF])
        {
            return DiagnosticMessages.NothingMayFollow(Quote(offending), SpanOf(offending));
        }

        var argumentPlace = FunctionArgumentPlace(error.Tokens, offending.TokenIndex);
        if (error.IsMissingToken && description is not null)
        {
            return DiagnosticMessages.MissingToken(description, argumentPlace ?? $"before {Quote(offending)}", SpanOf(offending));
        }

        if (argumentPlace is not null && description is not null && (expected.Contains(AdqlLexer.COMMA) || expected.Contains(AdqlLexer.RIGHT_PAREN)))
        {
            return DiagnosticMessages.MissingToken(description, $"{argumentPlace}, not {Quote(offending)}", SpanOf(offending));
        }

        return DiagnosticMessages.UnexpectedToken(Quote(offending), description, null, SpanOf(offending));
    }

    /// <summary>
    /// What would fit, in words: "an expression", "a name", "')'", "',' or FROM"; null when the
    /// alternatives are too many to help.
    /// </summary>
    private static string? DescribeExpected(IntervalSet expected)
    {
        // AND without OR is BETWEEN's, not a logical operator: it is what is missing.
        var betweenAnd = expected.Contains(AdqlLexer.AND) && !expected.Contains(AdqlLexer.OR);
        var types = expected.ToList().Where(t => !IsOperator(t) || (betweenAnd && t == AdqlLexer.AND)).ToList();
        var words = new List<string>();
        if (types.Contains(AdqlLexer.EXISTS))
        {
            words.Add("a condition");
            types.RemoveAll(t => ExpressionStarts.Contains(t) || t == AdqlLexer.EXISTS);
        }
        else if (types.Contains(AdqlLexer.UNSIGNED_INTEGER) && types.Contains(AdqlLexer.REGULAR_IDENTIFIER))
        {
            words.Add("an expression");
            types.RemoveAll(ExpressionStarts.Contains);
        }
        else if (types.Contains(AdqlLexer.REGULAR_IDENTIFIER))
        {
            words.Add("a name");
            types.RemoveAll(t => t is AdqlLexer.REGULAR_IDENTIFIER or AdqlLexer.DELIMITED_IDENTIFIER);
        }
        else if (types.Contains(AdqlLexer.SMALLINT))
        {
            words.Add("a type such as INTEGER, DOUBLE PRECISION, VARCHAR, TIMESTAMP or POINT");
            types.Clear();
        }
        else if (types is [AdqlLexer.UNSIGNED_INTEGER])
        {
            words.Add("a whole number");
            types.Clear();
        }
        else if (types is [AdqlLexer.STRING_LITERAL])
        {
            words.Add("a string in single quotes");
            types.Clear();
        }

        words.AddRange(types.Select(DisplayName));
        if (words.Count == 0 || words.Count > MaxListedAlternatives)
        {
            return null;
        }

        return words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1];
    }

    /// <summary>
    /// "after argument 3 of POLYGON" when the error is inside a function's parentheses, found by
    /// walking back over the tokens to the unclosed '(' and counting the commas at its level.
    /// </summary>
    private static string? FunctionArgumentPlace(ITokenStream tokens, int errorIndex)
    {
        var depth = 0;
        var commas = 0;
        IToken? last = null;
        for (var i = errorIndex - 1; i >= 0; i--)
        {
            var token = tokens.Get(i);
            if (token.Channel != TokenConstants.DefaultChannel)
            {
                continue;
            }

            last ??= token;
            switch (token.Type)
            {
                case AdqlLexer.RIGHT_PAREN:
                    depth++;
                    break;
                case AdqlLexer.COMMA when depth == 0:
                    commas++;
                    break;
                case AdqlLexer.LEFT_PAREN when depth > 0:
                    depth--;
                    break;
                case AdqlLexer.LEFT_PAREN:
                    if (PreviousToken(tokens, i) is not { } name || !(IsFunctionKeyword(name.Type) || name.Type == AdqlLexer.REGULAR_IDENTIFIER))
                    {
                        return null;
                    }

                    var functionName = name.Type == AdqlLexer.REGULAR_IDENTIFIER ? name.Text : name.Text.ToUpperInvariant();
                    return last.Type is AdqlLexer.COMMA or AdqlLexer.LEFT_PAREN
                        ? $"as argument {commas + 1} of {functionName}"
                        : $"after argument {commas + 1} of {functionName}";
                case AdqlLexer.SELECT when depth == 0:
                    return null;
            }
        }

        return null;
    }

    /// <summary>How many name parts (a.b.c) end just before the error token.</summary>
    private static int NamePartsBefore(ErrorSite error)
    {
        var parts = 0;
        for (var token = error.Previous; token is not null && token.Type is AdqlLexer.REGULAR_IDENTIFIER or AdqlLexer.DELIMITED_IDENTIFIER;)
        {
            parts++;
            var period = PreviousToken(error.Tokens, token.TokenIndex);
            token = period?.Type == AdqlLexer.PERIOD ? PreviousToken(error.Tokens, period.TokenIndex) : null;
        }

        return parts;
    }

    // After a complete value in a condition only a comparison or another predicate can come.
    private static bool OnlyPredicateCanFollow(IntervalSet expected) =>
        expected.Contains(AdqlLexer.EQUALS) && expected.Contains(AdqlLexer.BETWEEN) && expected.ToList().All(IsOperator);

    private static IToken? PreviousToken(ITokenStream tokens, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var token = tokens.Get(i);
            if (token.Channel == TokenConstants.DefaultChannel)
            {
                return token;
            }
        }

        return null;
    }

    /// <summary>Operators that may follow a complete value; listing them never helps.</summary>
    private static bool IsOperator(int type) => type is
        AdqlLexer.PLUS or AdqlLexer.MINUS or AdqlLexer.ASTERISK or AdqlLexer.SOLIDUS or AdqlLexer.CONCAT
        or AdqlLexer.AMPERSAND or AdqlLexer.VERTICAL_BAR or AdqlLexer.CIRCUMFLEX
        or AdqlLexer.EQUALS or AdqlLexer.NOT_EQUALS or AdqlLexer.LESS or AdqlLexer.LESS_EQUAL
        or AdqlLexer.GREATER or AdqlLexer.GREATER_EQUAL or AdqlLexer.AND or AdqlLexer.OR or AdqlLexer.NOT
        or AdqlLexer.BETWEEN or AdqlLexer.LIKE or AdqlLexer.ILIKE or AdqlLexer.IN or AdqlLexer.IS
        or AdqlLexer.ASC or AdqlLexer.DESC or AdqlLexer.AS or AdqlLexer.PERIOD;

    private static string DisplayName(int type)
    {
        if (type == TokenConstants.EOF)
        {
            return "the end of the query";
        }

        var literal = AdqlLexer.DefaultVocabulary.GetLiteralName(type);
        return literal is null ? AdqlLexer.DefaultVocabulary.GetSymbolicName(type).ToLowerInvariant().Replace('_', ' ')
            : IsKeyword(type) ? literal.Trim('\'')
            : literal;
    }

    private static string Quote(IToken token) =>
        token.Type == TokenConstants.EOF ? "the end of the query" : $"'{token.Text}'";

    internal static SourceSpan SpanOf(IToken token) =>
        new(token.Line, token.Column + 1, token.StartIndex, Math.Max(token.StartIndex, token.StopIndex + 1));
}
