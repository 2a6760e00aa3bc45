using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Tests.Security;

/// <summary>
/// Signs test callers in until the service authenticates them itself: a request with the header
/// <see cref="Header"/> = "name" or "name;group,group" runs as that user, in those groups, as
/// HttpContext.User (the contract of Tap.Service.Security.Callers); one without it stays anonymous.
/// </summary>
internal sealed class EmbargoTestCallers : IStartupFilter
{
    public const string Header = "X-Test-Caller";

    public static void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter, EmbargoTestCallers>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (context.Request.Headers[Header].ToString() is { Length: > 0 } caller)
            {
                context.User = Principal(caller);
            }

            return following(context);
        });
        next(app);
    };

    private static ClaimsPrincipal Principal(string caller)
    {
        var parts = caller.Split(';', 2);
        var claims = new List<Claim> { new(ClaimTypes.Name, parts[0]) };
        if (parts.Length == 2)
        {
            claims.AddRange(parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(group => new Claim(ClaimTypes.Role, group)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType: "test"));
    }
}
