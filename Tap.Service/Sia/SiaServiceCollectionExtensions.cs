using Microsoft.Extensions.Options;
using Sia.Service;
using Sia.Service.Description;
using Sia.Service.Hosting;
using Sia.Service.Validation;
using Tap.Service.VoTable.Results;

namespace Tap.Service.Sia;

public static class SiaServiceCollectionExtensions
{
    /// <summary>Registers SIAv2 on the query execution (<see cref="Query.QueryServiceCollectionExtensions.AddQueryExecution"/>); limits from the "Sia" section.</summary>
    public static IServiceCollection AddSia(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiaOptions>().Bind(configuration.GetSection(SiaOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => new SiaQueryBuilder(new SiaLimits(
            provider.GetRequiredService<IOptions<SiaOptions>>().Value.MaxRegionDiameter,
            [.. ResultFormats.All.SelectMany(format => format.Aliases.Prepend(format.MimeType))])
        {
            AcceptsResponseFormat = ResultFormats.IsKnown,
        }));
        services.AddSingleton<ISiaQueryEngine, SiaQueryEngine>();
        services.AddSingleton<SiaDescriber>();
        return services;
    }
}
