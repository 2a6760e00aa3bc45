using Dali;
using Sia.Service.Validation;

namespace Sia.Service.Tests;

internal static class Builders
{
    public static readonly SiaQueryBuilder Default = new(new SiaLimits(20, ["votable", "application/x-votable+xml", "csv"]));

    public static SiaQuery Build(params (string Name, string Value)[] request) =>
        Default.Build(DaliParameters.FromPairs(request.Select(p => KeyValuePair.Create(p.Name, p.Value))));

    /// <summary>The WHERE clause alone, which is what the parameters decide.</summary>
    public static string Where(params (string Name, string Value)[] request)
    {
        var adql = Build(request).Adql;
        var where = adql.IndexOf("\nWHERE ", StringComparison.Ordinal);
        return where < 0 ? "" : adql[(where + 7)..];
    }
}
