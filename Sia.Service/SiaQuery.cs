using Adql.Syntax;

namespace Sia.Service;

/// <summary>What a SIAv2 request asks for: one query over ivoa.obscore and how to deliver its rows.</summary>
/// <param name="Conditions">One condition per constraining parameter, AND-ed in the query.</param>
/// <param name="MaxRecords">MAXREC, if given; 0 asks for the self-description.</param>
/// <param name="ResponseFormat">RESPONSEFORMAT, if given (one of the host's formats).</param>
public sealed record SiaQuery(IReadOnlyList<Expression> Conditions, long? MaxRecords, string? ResponseFormat)
{
    /// <summary>The query as a syntax tree, for the host to compile.</summary>
    public SelectQuery Query => SyntaxFactory.SelectAll(SiaQueryBuilder.Table, SyntaxFactory.AllOf(Conditions));

    /// <summary>The query as a user can paste it into a TAP client, one condition a line.</summary>
    public string Adql => AdqlPrinter.Print(SyntaxFactory.SelectAll(SiaQueryBuilder.Table, null), Conditions);
}
