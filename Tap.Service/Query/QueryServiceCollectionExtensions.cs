using Adql;
using Adql.Semantics;
using Tap.Service.Catalogue;
using Tap.Service.Configuration;
using Tap.Service.Query.Upload;
using Tap.Service.Uws;

namespace Tap.Service.Query;

internal static class QueryServiceCollectionExtensions
{
    /// <summary>
    /// Registers the query path shared by /tap/sync and the UWS workers: the limits ("Query"
    /// section), the user-defined functions, the TAP_SCHEMA catalogue and the executor as the
    /// <see cref="IQueryRunner"/>. Needs the service data source and the DataLink descriptors.
    /// </summary>
    public static IServiceCollection AddQueryExecution(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<QueryLimitsOptions>(configuration, QueryLimitsOptions.Section)
            .Validate(
                options => options.DefaultMaxRec <= options.HardMaxRec,
                "Query:DefaultMaxRec must be at most Query:HardMaxRec.")
            .Validate(
                options => options.SyncExecutionDuration > TimeSpan.Zero && options.AsyncStatementTimeout >= TimeSpan.Zero && options.UploadUrlTimeout > TimeSpan.Zero,
                "Query:SyncExecutionDuration and Query:UploadUrlTimeout must be positive, Query:AsyncStatementTimeout not negative.");
        services.AddSingleton<IReadOnlyList<UserFunction>>(StandardUserFunctions.Create());
        services.AddSingleton<TapSchemaCatalogue>();
        services.AddHttpClient(UploadDownloader.ClientName);
        services.AddSingleton<UploadDownloader>();
        services.AddSingleton<QueryExecutor>();
        services.AddSingleton<SyncQuerySlots>();
        services.AddSingleton<IQueryRunner>(provider => provider.GetRequiredService<QueryExecutor>());
        services.AddSingleton<IJobRunner, TapJobRunner>();
        return services;
    }
}
