using Adql.Diagnostics;
using Adql.Generated;
using Antlr4.Runtime;

namespace Adql.Syntax;

/// <summary>The way into the front end: ADQL text in, AST and every syntax problem out.</summary>
public static class QueryParser
{
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

        var parser = new AdqlParser(tokens) { ErrorHandler = new ClauseKeepingErrorStrategy() };
        parser.RemoveErrorListeners();
        parser.AddErrorListener(new SyntaxErrorReporter(diagnostics));
        var tree = parser.query();

        if (diagnostics.Count > 0)
        {
            return new ParseResult(null, diagnostics);
        }

        var query = new AstBuilder(diagnostics).Build(tree);
        return new ParseResult(diagnostics.Count == 0 ? query : null, diagnostics);
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
