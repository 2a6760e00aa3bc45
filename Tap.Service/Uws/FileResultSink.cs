using System.IO.Pipelines;
using Tap.Service.Query;
using Tap.Service.Results;

namespace Tap.Service.Uws;

/// <summary>Writes a job's result into its (partial) file in the results folder.</summary>
internal sealed class FileResultSink(JobResultFiles files, string fileName) : IResultSink, IAsyncDisposable
{
    private FileStream? _file;
    private PipeWriter? _writer;

    /// <summary>The format the runner chose; null until it opened the sink.</summary>
    public ResultFormat? Format { get; private set; }

    public PipeWriter Open(ResultFormat format)
    {
        if (_writer is not null)
        {
            throw new InvalidOperationException("A result sink is opened once.");
        }

        Format = format;
        _file = files.CreatePartial(fileName);
        _writer = PipeWriter.Create(_file, new StreamPipeWriterOptions(leaveOpen: true));
        return _writer;
    }

    /// <summary>Flushes and closes the file, so it can be published.</summary>
    public async ValueTask CloseAsync()
    {
        if (_writer is not null)
        {
            await _writer.CompleteAsync().ConfigureAwait(false);
            _writer = null;
        }

        if (_file is not null)
        {
            await _file.DisposeAsync().ConfigureAwait(false);
            _file = null;
        }
    }

    public ValueTask DisposeAsync() => CloseAsync();
}
