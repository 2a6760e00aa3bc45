using System.IO.Pipelines;
using Tap.Service.Results;

namespace Tap.Service.Query;

/// <summary>The HTTP response as the executor's output, for /tap/sync and /sia/query.</summary>
internal sealed class ResponseSink(HttpResponse response) : IResultSink
{
    public ResultFormat? Format { get; private set; }

    public PipeWriter Open(ResultFormat format)
    {
        Format = format;
        return ResultResponse.Begin(response, format);
    }
}
