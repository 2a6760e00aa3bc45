using Adql.Syntax;

namespace Adql.Diagnostics;

/// <summary>Texts of the binder's diagnostics (names, types, grouping, unsupported features).</summary>
public static partial class DiagnosticMessages
{
    public static Diagnostic UnknownSchema(string schema, string? suggestion, SourceSpan span) =>
        new(DiagnosticCode.UnknownSchema, $"unknown schema '{schema}'{DidYouMean(suggestion)}", span);

    public static Diagnostic AmbiguousTable(string table, IEnumerable<string> candidates, SourceSpan span) =>
        new(DiagnosticCode.UnknownTable, $"table '{table}' is ambiguous: there are {string.Join(" and ", candidates)}; qualify it with its schema", span);

    public static Diagnostic AmbiguousColumn(string column, IEnumerable<string> tables, SourceSpan span) =>
        new(DiagnosticCode.AmbiguousColumn, $"column '{column}' is ambiguous: it is in {string.Join(" and ", tables)}; qualify it with a table name or alias", span);

    public static Diagnostic DuplicateAlias(string name, SourceSpan span) =>
        new(DiagnosticCode.DuplicateAlias, $"the table name or alias '{name}' is used more than once in FROM; give each table its own alias", span);

    public static Diagnostic UnknownTableQualifier(string qualifier, string column, string? suggestion, SourceSpan span) =>
        new(DiagnosticCode.UnknownTableQualifier, $"unknown table '{qualifier}' in {qualifier}.{column}: no table or alias of that name in FROM{DidYouMean(suggestion)}", span);

    public static Diagnostic UnknownFunction(string name, string? suggestion, SourceSpan span) =>
        new(DiagnosticCode.UnknownFunction, $"unknown function '{name}'{DidYouMean(suggestion)}", span);

    public static Diagnostic WrongArgumentCount(string function, string expected, int actual, SourceSpan span) =>
        new(DiagnosticCode.WrongArgumentCount, $"{function} takes {expected}, not {actual}", span);

    public static Diagnostic WrongArgumentType(string function, int position, string expected, string actual, SourceSpan span) =>
        new(DiagnosticCode.WrongArgumentType, $"argument {position} of {function} must be {expected}, not {actual}", span);

    public static Diagnostic TypeMismatch(string operation, string left, string right, SourceSpan span) =>
        new(DiagnosticCode.TypeMismatch, $"cannot {operation} {left} and {right}", span);

    public static Diagnostic MixedTypes(string construct, string first, string other, SourceSpan span) =>
        new(DiagnosticCode.TypeMismatch, $"{construct} cannot mix {first} and {other}: give its values one type (CAST converts)", span);

    public static Diagnostic OperandType(string operation, string expected, string actual, SourceSpan span) =>
        new(DiagnosticCode.TypeMismatch, $"{operation} needs {expected}, not {actual}", span);

    public static Diagnostic AggregateNotAllowed(string function, string clause, SourceSpan span) =>
        new(DiagnosticCode.AggregateNotAllowed, $"aggregate function {function} is not allowed in {clause}", span);

    public static Diagnostic NotGroupedColumn(string column, SourceSpan span) =>
        new(DiagnosticCode.NotGroupedColumn, $"column '{column}' must appear in GROUP BY or be used inside an aggregate function", span);

    public static Diagnostic OrderByPositionOutOfRange(long position, int count, SourceSpan span) =>
        new(DiagnosticCode.OrderByPositionOutOfRange, $"ORDER BY position {position} is out of range: the query selects {count} column{(count == 1 ? "" : "s")}", span);

    public static Diagnostic ConstantSortOrGroupKey(string clause, SourceSpan span) =>
        new(
            DiagnosticCode.ConstantSortOrGroupKey,
            clause == "ORDER BY"
                ? "ORDER BY a constant orders nothing: name a column, give a column's position (1, 2, ...), or write an expression of columns"
                : "GROUP BY a constant groups nothing: name a column or write an expression of columns",
            span);

    public static Diagnostic UnknownOrderByColumn(string name, string? suggestion, SourceSpan span) =>
        new(DiagnosticCode.UnknownColumn, $"unknown column '{name}' in ORDER BY: it is not one of the selected columns{DidYouMean(suggestion)}", span);

    public static Diagnostic SetOrderByNeedsColumn(string operation, SourceSpan span) =>
        new(DiagnosticCode.UnknownColumn, $"ORDER BY after {operation} can only name a selected column or give its position", span);

    public static Diagnostic SubqueryMustReturnOneColumn(int count, SourceSpan span) =>
        new(DiagnosticCode.SubqueryMustReturnOneColumn, $"this subquery must select exactly one column, not {count}", span);

    public static Diagnostic SetOperandColumnCountMismatch(string operation, int left, int right, SourceSpan span) =>
        new(DiagnosticCode.SetOperandColumnCountMismatch, $"both sides of {operation} must select the same number of columns, not {left} and {right}", span);

    public static Diagnostic CommonTableColumnCountMismatch(string name, int declared, int selected, SourceSpan span) =>
        new(DiagnosticCode.SetOperandColumnCountMismatch, $"WITH {name} names {declared} columns but its query selects {selected}", span);

    public static Diagnostic UnknownUsingColumn(string column, string side, SourceSpan span) =>
        new(DiagnosticCode.UnknownColumn, $"unknown column '{column}' in USING: the {side} side of the join has no such column", span);

    public static Diagnostic MissingJoinCondition(SourceSpan span) =>
        new(DiagnosticCode.MissingJoinCondition, "this JOIN needs a condition: add ON ... or USING (...), or write NATURAL JOIN or CROSS JOIN", span);

    public static Diagnostic UnsupportedCoordinateSystem(string system, SourceSpan span) =>
        new(DiagnosticCode.UnsupportedCoordinateSystem, $"coordinate system '{system}' is not supported: positions here are ICRS; write 'ICRS' or leave the coordinate system out", span);

    public static Diagnostic InvalidGeometry(string problem, SourceSpan span) =>
        new(DiagnosticCode.InvalidGeometry, problem, span);

    public static Diagnostic NulCharacter(SourceSpan span) =>
        new(DiagnosticCode.InvalidCharacter, "a string or identifier contains a NUL character, which the database cannot store", span);
}
