namespace Tap.Service.Protocol;

/// <summary>
/// Endpoint metadata for a protocol whose errors are not DALI's VOTable document (SODA answers
/// text/plain): <see cref="DaliFaultMiddleware"/> writes a fault with it when the endpoint has one.
/// </summary>
internal sealed record FaultForm(Func<HttpResponse, DaliException, CancellationToken, Task> WriteAsync);
