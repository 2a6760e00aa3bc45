using Adql.Generated;
using Antlr4.Runtime;

namespace Adql.Syntax;

/// <summary>
/// ANTLR's error recovery, adjusted to the mistakes people make in ADQL so that one mistake
/// yields one message rather than a trail of follow-up complaints.
/// </summary>
internal sealed class AdqlErrorStrategy : DefaultErrorStrategy
{
    /// <summary>
    /// Never skips a clause keyword as a stray token. In "SELECT FROM t" the default strategy
    /// drops FROM to read t as the select list and then complains that FROM is missing.
    /// </summary>
    protected override IToken? SingleTokenDeletion(Parser recognizer) =>
        IsClauseKeyword(recognizer.CurrentToken.Type) ? null : base.SingleTokenDeletion(recognizer);

    /// <summary>
    /// A keyword where only a name fits ("SELECT x AS from FROM t") is most likely meant as that
    /// name: report it and read it as one, instead of inventing a name and stumbling on.
    /// </summary>
    public override IToken RecoverInline(Parser recognizer)
    {
        var current = recognizer.CurrentToken;
        if (!AdqlTokens.IsKeyword(current.Type) || !AdqlTokens.OnlyANameFits(recognizer.GetExpectedTokens()))
        {
            return base.RecoverInline(recognizer);
        }

        recognizer.NotifyErrorListeners(current, "keyword used as a name", null);
        recognizer.Consume();
        return current;
    }

    private static bool IsClauseKeyword(int type) => type is
        AdqlLexer.SELECT or AdqlLexer.FROM or AdqlLexer.WHERE or AdqlLexer.GROUP or AdqlLexer.HAVING
        or AdqlLexer.ORDER or AdqlLexer.OFFSET or AdqlLexer.UNION or AdqlLexer.INTERSECT or AdqlLexer.EXCEPT
        or AdqlLexer.JOIN or AdqlLexer.ON or AdqlLexer.USING or AdqlLexer.WITH;
}
