using Dali;
using Soda.Service.Requests;

namespace Soda.Service.Tests;

internal static class RequestBuilder
{
    public static SodaRequest Parse(SodaMode mode, params (string Name, string Value)[] parameters) =>
        SodaRequestParser.Parse(DaliParameters.FromPairs(parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))), mode);

    public static SodaRequest Sync(params (string Name, string Value)[] parameters) => Parse(SodaMode.Sync, parameters);

    public static SodaRequest Async(params (string Name, string Value)[] parameters) => Parse(SodaMode.Async, parameters);
}
