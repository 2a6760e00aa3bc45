using Sia.Service.Hosting;
using Sia.Service.Parameters;

namespace Sia.Service.Description;

/// <summary>
/// Builds the self-description once: the values of the listed columns come from the data through the
/// query engine (SELECT DISTINCT), cached for the service's lifetime since products are only added by loads.
/// </summary>
public sealed class SiaDescriber(SiaQueryBuilder builder, ISiaQueryEngine engine)
{
    public const string QueryStandardId = "ivo://ivoa.net/std/SIA#query-2.0";

    private Task<SiaServiceDescription>? _description;

    public static IReadOnlyList<SiaCapability> Capabilities { get; } =
    [
        new("ivo://ivoa.net/std/VOSI#capabilities", "capabilities"),
        new("ivo://ivoa.net/std/VOSI#availability", "availability"),
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
            ? await engine.ReadColumnAsync(
                $"SELECT DISTINCT {column} FROM {SiaQueryBuilder.Table} WHERE {column} IS NOT NULL ORDER BY {column}", CancellationToken.None).ConfigureAwait(false)
            : []);
}
