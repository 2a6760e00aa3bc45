using Adql.Syntax;

namespace Adql.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
}

/// <summary>One problem found in a query: what (code and message) and where (span).</summary>
public sealed record Diagnostic(DiagnosticCode Code, string Message, SourceSpan Span, DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    /// <summary>The message with its position, as shown to users: "... at line 2, column 41".</summary>
    public override string ToString() => Span == SourceSpan.None ? Message : $"{Message} at {Span}";
}
