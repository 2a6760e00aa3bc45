using System.Diagnostics.CodeAnalysis;
using Adql.Diagnostics;
using Adql.Translation;

namespace Adql;

/// <summary>
/// What compiling a query yields: the SQL and the result columns when it succeeded, and every problem
/// found (syntax, names, types, unsupported features), each with its line and column.
/// </summary>
public sealed record CompileResult(string? Sql, IReadOnlyList<OutputColumn> Columns, IReadOnlyList<Diagnostic> Diagnostics)
{
    [MemberNotNullWhen(true, nameof(Sql))]
    public bool Succeeded => Sql is not null;
}
