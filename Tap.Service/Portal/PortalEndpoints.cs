namespace Tap.Service.Portal;

/// <summary>
/// The portal page at "/": static HTML, CSS and JavaScript modules in wwwroot, with no build step;
/// the page asks the public endpoints (TAP, SIAv2, DataLink) for everything it shows.
/// </summary>
internal static class PortalEndpoints
{
    public static WebApplication UsePortalPage(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }
}
