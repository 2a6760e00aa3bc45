using Adql.Syntax;
using Dali;
using Sia.Service.Parameters;

namespace Sia.Service.Description;

/// <summary>
/// Builds the self-description once: the values of the listed columns come from the data (SELECT
/// DISTINCT, run by the host's <paramref name="readColumn"/>), cached for the service's lifetime since
/// products are only added by loads.
/// </summary>
/// <param name="readColumn">Runs a query and returns the values of its first column as text, nulls left out.</param>
public sealed class SiaDescriber(SiaQueryBuilder builder, Func<QueryExpression, CancellationToken, Task<IReadOnlyList<string>>> readColumn)
{
    public const string QueryStandardId = "ivo://ivoa.net/std/SIA#query-2.0";

    private Task<SiaServiceDescription>? _description;

    public static IReadOnlyList<SiaCapability> Capabilities { get; } =
    [
        new(VosiStandards.Capabilities, "capabilities"),
        new(VosiStandards.Availability, "availability"),
        new(QueryStandardId, "query"),
    ];

    /// <summary>
    /// The description, built on first use by a request-independent task (one client leaving must not
    /// cancel it for others) and built again after a failure. Two first requests may both build it: harmless.
    /// </summary>
    public Task<SiaServiceDescription> DescribeAsync(CancellationToken cancellationToken)
    {
        var description = _description;
        if (description is null || description.IsFaulted || description.IsCanceled)
        {
            description = BuildAsync();
            _description = description;
        }

        return description.WaitAsync(cancellationToken);
    }

    private async Task<SiaServiceDescription> BuildAsync()
    {
        var parameters = new List<DescribedParameter>();
        foreach (var parameter in builder.Parameters)
        {
            parameters.Add(new DescribedParameter(parameter, await ValuesAsync(parameter).ConfigureAwait(false)));
        }

        return new SiaServiceDescription(QueryStandardId, parameters, builder.Limits.MaxRegionDiameter);
    }

    private async Task<IReadOnlyList<string>> ValuesAsync(SiaParameter parameter) =>
        parameter.Options ?? (parameter.ValuesColumn is { } column
            ? await readColumn(SyntaxFactory.DistinctValues(SiaQueryBuilder.Table, column), CancellationToken.None).ConfigureAwait(false)
            : []);
}
