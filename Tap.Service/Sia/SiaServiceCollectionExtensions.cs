using Microsoft.Extensions.Options;
using Sia.Service;
using Sia.Service.Description;
using Sia.Service.Validation;
using Tap.Service.Configuration;
using Tap.Service.Query;
using Tap.Service.VoTable.Results;

namespace Tap.Service.Sia;

internal static class SiaServiceCollectionExtensions
{
    /// <summary>Registers SIAv2 on the query execution (<see cref="QueryServiceCollectionExtensions.AddQueryExecution"/>); limits from the "Sia" section.</summary>
    public static IServiceCollection AddSia(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SiaOptions>(configuration, SiaOptions.Section);
        services.AddSingleton(provider => new SiaQueryBuilder(new SiaLimits(
            provider.GetRequiredService<IOptions<SiaOptions>>().Value.MaxRegionDiameter, ResultFormats.Accepted)
        {
            AcceptsResponseFormat = ResultFormats.IsKnown,
        }));
        services.AddSingleton(provider => new SiaDescriber(
            provider.GetRequiredService<SiaQueryBuilder>(), provider.GetRequiredService<QueryExecutor>().ReadColumnAsync));
        return services;
    }
}
