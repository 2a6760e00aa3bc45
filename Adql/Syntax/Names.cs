namespace Adql.Syntax;

/// <summary>
/// A regular or delimited identifier. <see cref="Name"/> is the text without quotes (doubled quotes
/// unescaped). Regular identifiers match case-insensitively; delimited ones exactly, keeping their case.
/// </summary>
public sealed record Identifier(SourceSpan Span, string Name, bool Delimited) : SyntaxNode(Span)
{
    public bool Matches(string catalogueName) =>
        Delimited
            ? string.Equals(Name, catalogueName, StringComparison.Ordinal)
            : string.Equals(Name, catalogueName, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A possibly qualified table name: [catalog.][schema.]table. Also used for column qualifiers.</summary>
public sealed record TableName(SourceSpan Span, IReadOnlyList<Identifier> Parts) : SyntaxNode(Span)
{
    public Identifier Table => Parts[^1];

    public Identifier? Schema => Parts.Count > 1 ? Parts[^2] : null;

    public Identifier? Catalog => Parts.Count > 2 ? Parts[^3] : null;
}
