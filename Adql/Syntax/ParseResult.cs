using Adql.Diagnostics;

namespace Adql.Syntax;

/// <summary>
/// What parsing yields: the AST when the text is valid ADQL, and every syntax problem found.
/// The parser facade (built over the ANTLR grammar) returns this; later stages never see ANTLR types.
/// </summary>
public sealed record ParseResult(QueryExpression? Query, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Query is not null && Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}
