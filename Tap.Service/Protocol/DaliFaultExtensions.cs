namespace Tap.Service.Protocol;

internal static class DaliFaultExtensions
{
    /// <summary>
    /// Answers every failure with a DALI error VOTable: exceptions thrown by endpoints (classified
    /// by <see cref="FaultClassifier"/>) and bodiless error statuses such as an unknown path (404)
    /// or a wrong method (405). Register it first, so that it sees everything after it.
    /// </summary>
    public static IApplicationBuilder UseDaliFaults(this IApplicationBuilder app)
    {
        app.UseStatusCodePages(context =>
        {
            var http = context.HttpContext;
            var message = http.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => $"Nothing is published at {http.Request.Path}.",
                StatusCodes.Status405MethodNotAllowed => $"{http.Request.Path} does not accept {http.Request.Method} requests.",
                var status => $"The request was refused with HTTP status {status}.",
            };
            return DaliErrorDocument.WriteBodyAsync(http.Response, message, http.RequestAborted);
        });
        return app.UseMiddleware<DaliFaultMiddleware>();
    }
}
