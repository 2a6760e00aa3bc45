using Adql.Syntax;
using VoTable;

namespace Sia.Service.Parameters;

/// <summary>
/// One query parameter: its description for the self-description document, and the ADQL predicate
/// one of its values adds as a syntax node (null when the value constrains nothing, e.g. BAND=-Inf +Inf).
/// </summary>
/// <param name="ValuesColumn">The ivoa.obscore column whose distinct values the self-description lists, if any.</param>
/// <param name="Options">The fixed values allowed, if the parameter is an enumeration.</param>
public sealed record SiaParameter(
    string Name,
    VoTableType Type,
    string? Unit,
    string Description,
    Func<string, Expression?> Predicate,
    string? ValuesColumn = null,
    IReadOnlyList<string>? Options = null);
