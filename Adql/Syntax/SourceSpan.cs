namespace Adql.Syntax;

/// <summary>
/// Where a piece of ADQL stands in the query text: 1-based line and column of its first character
/// (what users read in error messages) and the 0-based character offsets [Start, End) for highlighting.
/// </summary>
public readonly record struct SourceSpan(int Line, int Column, int Start, int End)
{
    public static readonly SourceSpan None = new(0, 0, 0, 0);

    public override string ToString() => $"line {Line}, column {Column}";
}

/// <summary>Base of every AST node: immutable, and always knows where it came from.</summary>
public abstract record SyntaxNode(SourceSpan Span);
