using Adql.Diagnostics;
using Adql.Generated;
using Antlr4.Runtime;

namespace Adql.Syntax;

/// <summary>The way into the front end: ADQL text in, AST and every syntax problem out.</summary>
public static class QueryParser
{
    // Every later stage walks the tree recursively, and so does ANTLR while parsing: bounding the
    // nesting keeps a hostile or generated query from overflowing a request thread's stack, which
    // would end the whole process. The parser recurses for parentheses, for CASE … END, and for
    // every prefix operator of a run such as NOT NOT … or - - …, so all of them count.
    private const int MaxNestingDepth = 100;

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
        if (TooDeeplyNested(tokens.GetTokens()) is { } tooDeep)
        {
            diagnostics.Add(DiagnosticMessages.NestingTooDeep(MaxNestingDepth, SyntaxErrorReporter.SpanOf(tooDeep)));
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

    private static IToken? TooDeeplyNested(IEnumerable<IToken> tokens)
    {
        var enclosing = 0; // open parentheses and CASE expressions
        var prefixes = 0; // prefix operators in a row
        // Blanks and comments lie on a hidden channel: they separate the operators of a run, not end it.
        foreach (var token in tokens.Where(token => token.Channel == TokenConstants.DefaultChannel))
        {
            switch (token.Type)
            {
                case AdqlLexer.LEFT_PAREN or AdqlLexer.CASE:
                    enclosing++;
                    prefixes = 0;
                    break;
                case AdqlLexer.RIGHT_PAREN or AdqlLexer.END:
                    // Never below zero: surplus closings must not pay for deeper nesting later on.
                    enclosing = Math.Max(0, enclosing - 1);
                    prefixes = 0;
                    break;
                case AdqlLexer.NOT or AdqlLexer.PLUS or AdqlLexer.MINUS or AdqlLexer.TILDE:
                    prefixes++;
                    break;
                default:
                    prefixes = 0;
                    break;
            }

            if (enclosing + prefixes > MaxNestingDepth)
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
