using System.Globalization;
using Adql.Syntax;

namespace Adql.Diagnostics;

/// <summary>
/// The one place where diagnostic texts are written. Each factory returns a <see cref="Diagnostic"/>
/// with its code, so call sites never format messages themselves. Texts speak the astronomer's
/// language (tables, columns, functions), not the parser's (tokens, rules).
/// </summary>
public static partial class DiagnosticMessages
{
    public static Diagnostic UnknownTable(string table, string? suggestion, SourceSpan span) =>
        new(DiagnosticCode.UnknownTable, $"unknown table '{table}'{DidYouMean(suggestion)}", span);

    public static Diagnostic UnknownColumn(string column, string inTables, string? suggestion, SourceSpan span) =>
        new(DiagnosticCode.UnknownColumn, $"unknown column '{column}' in {inTables}{DidYouMean(suggestion)}", span);

    public static Diagnostic UnsupportedFeature(string feature, SourceSpan span) =>
        new(DiagnosticCode.UnsupportedFeature, $"{feature} is not supported by this service", span);

    private static string DidYouMean(string? suggestion) =>
        suggestion is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" (did you mean '{suggestion}'?)");
}
