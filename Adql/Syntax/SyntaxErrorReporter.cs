using Adql.Diagnostics;
using Adql.Generated;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

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

    private readonly List<Diagnostic> diagnostics;

    public SyntaxErrorReporter(List<Diagnostic> diagnostics) => this.diagnostics = diagnostics;

    public override void SyntaxError(
        TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line, int charPositionInLine, string msg, RecognitionException e)
    {
        var parser = (Parser)recognizer;
        var tokens = (ITokenStream)parser.InputStream;
        var offending = e?.OffendingToken ?? offendingSymbol;
        var expected = e?.GetExpectedTokens() ?? parser.GetExpectedTokens();
        var previous = PreviousToken(tokens, offending.TokenIndex);

        diagnostics.Add(Describe(offending, previous, expected, tokens, isMissing: e is null && msg.StartsWith("missing", StringComparison.Ordinal)));
    }

    private static Diagnostic Describe(IToken offending, IToken? previous, IntervalSet expected, ITokenStream tokens, bool isMissing)
    {
        // A keyword where a name belongs ("SELECT distance FROM t", "FROM distinct").
        if (previous is not null && IsReservedWord(previous) && expected.Count == 1 && expected.Contains(AdqlLexer.LEFT_PAREN))
        {
            return DiagnosticMessages.ReservedWordAsName(previous.Text, SpanOf(previous));
        }

        if (IsReservedWord(offending) && expected.Contains(AdqlLexer.REGULAR_IDENTIFIER) && !expected.Contains(AdqlLexer.UNSIGNED_INTEGER))
        {
            return DiagnosticMessages.ReservedWordAsName(offending.Text, SpanOf(offending));
        }

        // A misspelt keyword is often taken for an alias ("SELECT x FORM t"), so the error only
        // shows at the next word; blame the misspelt word itself.
        var keywords = ExpectedKeywords(expected).ToList();
        if (previous is not null && previous.Type == AdqlLexer.REGULAR_IDENTIFIER && NameSuggestions.Closest(previous.Text, keywords) is { } meantBefore)
        {
            return DiagnosticMessages.UnexpectedToken(Quote(previous), null, meantBefore, SpanOf(previous));
        }

        var description = DescribeExpected(expected);
        if (offending.Type == TokenConstants.EOF)
        {
            return DiagnosticMessages.UnexpectedEndOfQuery(description, previous is null ? null : Quote(previous), SpanOf(offending));
        }

        var argumentPlace = FunctionArgumentPlace(tokens, offending.TokenIndex);
        if (isMissing && description is not null)
        {
            return DiagnosticMessages.MissingToken(description, argumentPlace ?? $"before {Quote(offending)}", SpanOf(offending));
        }

        if (argumentPlace is not null && description is not null && (expected.Contains(AdqlLexer.COMMA) || expected.Contains(AdqlLexer.RIGHT_PAREN)))
        {
            return DiagnosticMessages.MissingToken(description, $"{argumentPlace}, not {Quote(offending)}", SpanOf(offending));
        }

        var meant = offending.Type == AdqlLexer.REGULAR_IDENTIFIER ? NameSuggestions.Closest(offending.Text, keywords) : null;
        return DiagnosticMessages.UnexpectedToken(Quote(offending), description, meant, SpanOf(offending));
    }

    /// <summary>
    /// What would fit, in words: "an expression", "a name", "')'", "',' or FROM"; null when the
    /// alternatives are too many to help.
    /// </summary>
    private static string? DescribeExpected(IntervalSet expected)
    {
        var types = expected.ToList().Where(t => !IsContinuation(t)).ToList();
        var words = new List<string>();
        if (types.Contains(AdqlLexer.UNSIGNED_INTEGER) && types.Contains(AdqlLexer.REGULAR_IDENTIFIER))
        {
            words.Add("an expression");
            types.RemoveAll(StartsExpression);
        }
        else if (types.Contains(AdqlLexer.REGULAR_IDENTIFIER))
        {
            words.Add("a name");
            types.RemoveAll(t => t is AdqlLexer.REGULAR_IDENTIFIER or AdqlLexer.DELIMITED_IDENTIFIER);
        }
        else if (types.Contains(AdqlLexer.UNSIGNED_INTEGER) && types.Count == 1)
        {
            words.Add("a whole number");
            types.Clear();
        }
        else if (types.Contains(AdqlLexer.STRING_LITERAL) && types.Count == 1)
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
                    var name = PreviousToken(tokens, i);
                    if (name is null || !(IsReservedWord(name) || name.Type == AdqlLexer.REGULAR_IDENTIFIER))
                    {
                        return null;
                    }

                    var argument = commas + 1;
                    var functionName = name.Type == AdqlLexer.REGULAR_IDENTIFIER ? name.Text : name.Text.ToUpperInvariant();
                    return last!.Type is AdqlLexer.COMMA or AdqlLexer.LEFT_PAREN
                        ? $"as argument {argument} of {functionName}"
                        : $"after argument {argument} of {functionName}";
                case AdqlLexer.SELECT when depth == 0:
                    return null;
            }
        }

        return null;
    }

    private static IEnumerable<string> ExpectedKeywords(IntervalSet expected) =>
        expected.ToList().Where(t => IsKeyword(t)).Select(t => AdqlLexer.DefaultVocabulary.GetSymbolicName(t));

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

    // Keywords are the tokens whose literal name is a word, e.g. 'SELECT'.
    private static bool IsKeyword(int type) =>
        AdqlLexer.DefaultVocabulary.GetLiteralName(type) is { Length: > 2 } literal && char.IsLetter(literal[1]);

    private static bool IsReservedWord(IToken token) => IsKeyword(token.Type);

    /// <summary>Operators that may follow a complete expression; listing them never helps.</summary>
    private static bool IsContinuation(int type) => type is
        AdqlLexer.PLUS or AdqlLexer.MINUS or AdqlLexer.ASTERISK or AdqlLexer.SOLIDUS or AdqlLexer.CONCAT
        or AdqlLexer.AMPERSAND or AdqlLexer.VERTICAL_BAR or AdqlLexer.CIRCUMFLEX
        or AdqlLexer.EQUALS or AdqlLexer.NOT_EQUALS or AdqlLexer.LESS or AdqlLexer.LESS_EQUAL
        or AdqlLexer.GREATER or AdqlLexer.GREATER_EQUAL or AdqlLexer.AND or AdqlLexer.OR or AdqlLexer.NOT
        or AdqlLexer.BETWEEN or AdqlLexer.LIKE or AdqlLexer.ILIKE or AdqlLexer.IN or AdqlLexer.IS
        or AdqlLexer.ASC or AdqlLexer.DESC or AdqlLexer.AS or AdqlLexer.PERIOD;

    /// <summary>Tokens that can begin a value: literals, names, functions, '(', signs.</summary>
    private static bool StartsExpression(int type) => ExpressionStarts.Contains(type);

    private static readonly IntervalSet ExpressionStarts =
        AdqlParser._ATN.NextTokens(AdqlParser._ATN.ruleToStartState[AdqlParser.RULE_valueExpression]);

    private static string DisplayName(int type) => type switch
    {
        TokenConstants.EOF => "the end of the query",
        _ => AdqlLexer.DefaultVocabulary.GetLiteralName(type) is { } literal
            ? IsKeyword(type) ? literal.Trim('\'') : literal
            : AdqlLexer.DefaultVocabulary.GetSymbolicName(type).ToLowerInvariant().Replace('_', ' '),
    };

    private static string Quote(IToken token) =>
        token.Type == TokenConstants.EOF ? "the end of the query" : $"'{token.Text}'";

    internal static SourceSpan SpanOf(IToken token) =>
        new(token.Line, token.Column + 1, token.StartIndex, Math.Max(token.StartIndex, token.StopIndex + 1));
}
