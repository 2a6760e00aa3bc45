using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Tests.Uws;

/// <summary>
/// Signs a test request in as the user its <see cref="UserHeader"/> names, with the groups of
/// <see cref="GroupsHeader"/> (comma-separated), the way the service's authentication presents a
/// caller: HttpContext.User with a name claim and a role claim per group. Without the header the
/// request stays anonymous. Test hosts only; it runs before the service's own middleware.
/// </summary>
internal sealed class OwnerTestCallers : IStartupFilter
{
    public const string UserHeader = "X-Test-User";
    public const string GroupsHeader = "X-Test-Groups";

    public static void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter, OwnerTestCallers>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (context.Request.Headers[UserHeader].ToString() is { Length: > 0 } user)
            {
                var groups = context.Request.Headers[GroupsHeader].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                context.User = new ClaimsPrincipal(new ClaimsIdentity(
                    [new Claim(ClaimTypes.Name, user), .. groups.Select(group => new Claim(ClaimTypes.Role, group))], "test"));
            }

            return following(context);
        });
        next(app);
    };

    /// <summary>Makes every request of <paramref name="http"/> come from <paramref name="user"/>.</summary>
    public static HttpClient SignIn(HttpClient http, string user, params string[] groups)
    {
        http.DefaultRequestHeaders.Add(UserHeader, user);
        if (groups.Length > 0)
        {
            http.DefaultRequestHeaders.Add(GroupsHeader, string.Join(',', groups));
        }

        return http;
    }
}
