using System.Data.Common;
using System.IO.Pipelines;
using System.Text;
using Tap.Service.VoTable.Results;

namespace Tap.Service.Tests.Support;

/// <summary>Runs a result writer into memory.</summary>
internal static class ResultOutput
{
    public static async Task<(string Text, ResultOutcome Outcome)> WriteAsync(ResultFormat format, DbDataReader reader, ResultMetadata metadata)
    {
        using var memory = new MemoryStream();
        var pipe = PipeWriter.Create(memory, new StreamPipeWriterOptions(leaveOpen: true));
        var outcome = await ResultWriter.WriteAsync(format, reader, metadata, pipe, CancellationToken.None);
        await pipe.CompleteAsync();
        return (Encoding.UTF8.GetString(memory.ToArray()), outcome);
    }
}
