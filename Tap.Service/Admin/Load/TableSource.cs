using ObsCore.Model;

namespace Tap.Service.Admin.Load;

/// <summary>Rows to load into one table, in model column order, and where to learn of rows that could not be read.</summary>
/// <param name="Problems">Read after the rows are enumerated: any entry rejects the whole load.</param>
internal sealed record TableSource(TableDefinition Table, IEnumerable<object?[]> Rows, Func<IReadOnlyList<string>>? Problems = null);

/// <summary>The input is wrong; nothing was loaded. Each problem is one line for the user.</summary>
internal sealed class LoadRejectedException(IReadOnlyList<string> problems)
    : Exception($"Nothing was loaded: {problems.Count} problem(s) in the input.")
{
    public IReadOnlyList<string> Problems => problems;
}
