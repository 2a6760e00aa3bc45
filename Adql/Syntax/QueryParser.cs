using Adql.Diagnostics;
using Adql.Generated;
using Antlr4.Runtime;

namespace Adql.Syntax;

/// <summary>The way into the front end: ADQL text in, AST and every syntax problem out.</summary>
public static class QueryParser
{
    // Every later stage walks the tree recursively, and so does ANTLR while parsing: bounding the
    // nesting keeps a hostile or generated query from overflowing a request thread's stack.
    private const int MaxParenthesisDepth = 100;

    /// <summary>
    /// Parses one ADQL query. The AST is returned only when the text has no syntax errors; the
    /// diagnostics then list all of them, not only the first.
    /// </summary>
    public static ParseResult Parse(string adql)
    {
        ArgumentNullException.ThrowIfNull(adql);
        var diagnostics = new List<Diagnostic>();

        var lexer = new AdqlLexer(new AntlrInputStream(adql));
        lexer.RemoveErrorListeners();
        var tokens = new CommonTokenStream(lexer);
        tokens.Fill();
        ReportNonAdqlText(tokens.GetTokens(), diagnostics);
        if (TooDeeplyParenthesized(tokens.GetTokens()) is { } tooDeep)
        {
            diagnostics.Add(DiagnosticMessages.ParenthesesTooDeep(MaxParenthesisDepth, SyntaxErrorReporter.SpanOf(tooDeep)));
            return new ParseResult(null, diagnostics);
        }

        var parser = new AdqlParser(tokens) { ErrorHandler = new AdqlErrorStrategy() };
        parser.RemoveErrorListeners();
        var parserDiagnostics = new List<Diagnostic>();
        parser.AddErrorListener(new SyntaxErrorReporter(parserDiagnostics));
        var tree = parser.query();

        // An unclosed quote swallows the rest of the query, so what the parser then misses is
        // no mistake of its own.
        var unclosedQuoteStart = diagnostics
            .Where(d => d.Code is DiagnosticCode.UnterminatedString or DiagnosticCode.UnterminatedDelimitedIdentifier)
            .Select(d => d.Span.Start)
            .DefaultIfEmpty(int.MaxValue)
            .Min();
        diagnostics.AddRange(parserDiagnostics.Where(d => d.Span.Start < unclosedQuoteStart));

        if (diagnostics.Count > 0)
        {
            return new ParseResult(null, diagnostics);
        }

        var query = new AstBuilder(diagnostics).Build(tree);
        return new ParseResult(diagnostics.Count == 0 ? query : null, diagnostics);
    }

    private static IToken? TooDeeplyParenthesized(IEnumerable<IToken> tokens)
    {
        var depth = 0;
        foreach (var token in tokens)
        {
            depth += token.Type switch
            {
                AdqlLexer.LEFT_PAREN => 1,
                AdqlLexer.RIGHT_PAREN => -1,
                _ => 0,
            };
            if (depth > MaxParenthesisDepth)
            {
                return token;
            }
        }

        return null;
    }

    // The lexer sets such text aside (see the end of AdqlLexer.g4) so that the parser reads on.
    private static void ReportNonAdqlText(IEnumerable<IToken> tokens, List<Diagnostic> diagnostics)
    {
        foreach (var token in tokens)
        {
            var span = SyntaxErrorReporter.SpanOf(token);
            switch (token.Type)
            {
                case AdqlLexer.UNTERMINATED_STRING:
                    diagnostics.Add(DiagnosticMessages.UnterminatedString(span));
                    break;
                case AdqlLexer.UNTERMINATED_DELIMITED_IDENTIFIER:
                    diagnostics.Add(DiagnosticMessages.UnterminatedDelimitedIdentifier(span));
                    break;
                case AdqlLexer.INVALID_CHARACTER:
                    diagnostics.Add(DiagnosticMessages.InvalidCharacter(token.Text, span));
                    break;
            }
        }
    }
}
