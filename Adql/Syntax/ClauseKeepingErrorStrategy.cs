using Adql.Generated;
using Antlr4.Runtime;

namespace Adql.Syntax;

/// <summary>
/// ANTLR's recovery, except that it never skips a clause keyword as a stray token. In
/// "SELECT FROM t" the default strategy drops FROM to read t as the select list and then
/// complains that FROM is missing; keeping FROM yields the one error the user made.
/// </summary>
internal sealed class ClauseKeepingErrorStrategy : DefaultErrorStrategy
{
    protected override IToken? SingleTokenDeletion(Parser recognizer) =>
        IsClauseKeyword(recognizer.CurrentToken.Type) ? null : base.SingleTokenDeletion(recognizer);

    private static bool IsClauseKeyword(int type) => type is
        AdqlLexer.SELECT or AdqlLexer.FROM or AdqlLexer.WHERE or AdqlLexer.GROUP or AdqlLexer.HAVING
        or AdqlLexer.ORDER or AdqlLexer.OFFSET or AdqlLexer.UNION or AdqlLexer.INTERSECT or AdqlLexer.EXCEPT
        or AdqlLexer.JOIN or AdqlLexer.ON or AdqlLexer.USING or AdqlLexer.WITH;
}
