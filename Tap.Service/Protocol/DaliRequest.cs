using Dali;

namespace Tap.Service.Protocol;

/// <summary>
/// One DALI request as an endpoint receives it: its parameters, read once from the query string and,
/// for POST, from an <c>application/x-www-form-urlencoded</c> or <c>multipart/form-data</c> body, and
/// the multipart file parts (for TAP_UPLOAD). Every endpoint of every protocol binds it the same way;
/// a body that cannot be read as a form is a usage error, whichever endpoint it was sent to.
/// </summary>
internal sealed class DaliRequest(DaliParameters parameters, IFormFileCollection files)
{
    public DaliParameters Parameters { get; } = parameters;

    /// <summary>File parts of a multipart body, looked up by part name (case-insensitive).</summary>
    public IFormFileCollection Files { get; } = files;

    /// <summary>Binds an endpoint parameter; the request is read once and shared.</summary>
    public static async ValueTask<DaliRequest> BindAsync(HttpContext context)
    {
        if (context.Features.Get<DaliRequest>() is { } known)
        {
            return known;
        }

        var request = await ReadAsync(context.Request, context.RequestAborted);
        context.Features.Set(request);
        return request;
    }

    private static async Task<DaliRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var values = request.Query.Select(Values).ToList();
        IFormFileCollection files = new FormFileCollection();
        if (request.HasFormContentType)
        {
            var form = await ReadFormAsync(request, cancellationToken);
            values.AddRange(form.Select(Values));
            files = form.Files;
        }

        return new DaliRequest(DaliParameters.FromValues(values), files);
    }

    private static async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception unreadable) when (unreadable is InvalidDataException or IOException && !cancellationToken.IsCancellationRequested)
        {
            // A multipart body that ends before its boundary says so with an IOException; the client
            // sent it, so it is the client's to fix, not a failure of ours.
            throw new DaliUsageException("The request body is not a readable form: " + unreadable.Message, unreadable);
        }
    }

    private static KeyValuePair<string, string[]> Values(KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> given) =>
        KeyValuePair.Create(given.Key, given.Value.Select(value => value ?? string.Empty).ToArray());
}
