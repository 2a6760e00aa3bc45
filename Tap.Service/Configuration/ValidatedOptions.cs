using Microsoft.Extensions.Options;

namespace Tap.Service.Configuration;

internal static class ValidatedOptions
{
    /// <summary>
    /// Binds a configuration section to <typeparamref name="T"/>, checked by its data annotations and
    /// by any rules added to the returned builder, at start-up: a bad setting stops the service
    /// before it serves a request.
    /// </summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class =>
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
}
