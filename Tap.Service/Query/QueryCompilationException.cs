using Adql.Diagnostics;

namespace Tap.Service.Query;

/// <summary>The ADQL did not compile; the message lists every problem with its line and column.</summary>
internal sealed class QueryCompilationException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(Describe(diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    private static string Describe(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return errors.Count == 1
            ? $"The ADQL query is not valid: {errors[0]}."
            : $"The ADQL query is not valid ({errors.Count} problems): {string.Join("; ", errors)}.";
    }
}
