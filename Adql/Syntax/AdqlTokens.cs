using Adql.Generated;
using Antlr4.Runtime.Misc;

namespace Adql.Syntax;

/// <summary>Kinds of tokens that error reporting and recovery reason about.</summary>
internal static class AdqlTokens
{
    /// <summary>Tokens that can begin a value: literals, names, functions, '(', signs.</summary>
    public static readonly IntervalSet ExpressionStarts =
        AdqlParser._ATN.NextTokens(AdqlParser._ATN.ruleToStartState[AdqlParser.RULE_valueExpression]);

    // Keywords are the tokens whose literal name is a word, e.g. 'SELECT'.
    public static bool IsKeyword(int type) =>
        AdqlLexer.DefaultVocabulary.GetLiteralName(type) is { Length: > 2 } literal && char.IsLetter(literal[1]);

    /// <summary>Keywords always followed by '(': ABS, COUNT, POINT, CAST, ...</summary>
    public static bool IsFunctionKeyword(int type) =>
        IsKeyword(type) && ExpressionStarts.Contains(type) && type is not (AdqlLexer.NULL or AdqlLexer.CASE);

    /// <summary>Whether the parser wants a table or column name (or a subquery in FROM) and nothing else.</summary>
    public static bool OnlyANameFits(IntervalSet expected) =>
        expected.Contains(AdqlLexer.REGULAR_IDENTIFIER)
        && expected.ToList().All(t => t is AdqlLexer.REGULAR_IDENTIFIER or AdqlLexer.DELIMITED_IDENTIFIER or AdqlLexer.LEFT_PAREN);
}
