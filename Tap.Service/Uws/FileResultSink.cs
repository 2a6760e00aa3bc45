using System.IO.Pipelines;
using Tap.Service.Query;
using Tap.Service.VoTable.Results;

namespace Tap.Service.Uws;

/// <summary>
/// Writes a job's result into a partial file in the results folder; <see cref="PublishAsync"/>
/// gives it its final name, and a result never published is removed when the sink is disposed.
/// </summary>
internal sealed class FileResultSink(JobResultFiles files, string fileName) : IResultSink, IAsyncDisposable
{
    private FileStream? _file;
    private PipeWriter? _writer;
    private bool _opened;
    private bool _published;

    /// <summary>The format the runner chose; null until it opened the sink.</summary>
    public ResultFormat? Format { get; private set; }

    public PipeWriter Open(ResultFormat format)
    {
        if (_opened)
        {
            throw new InvalidOperationException("A result sink is opened once.");
        }

        _opened = true;
        Format = format;
        _file = files.CreatePartial(fileName);
        _writer = PipeWriter.Create(_file, new StreamPipeWriterOptions(leaveOpen: true));
        return _writer;
    }

    /// <summary>Nothing to do yet: the job's executor publishes the file once the runner returns.</summary>
    public Task EndAsync(ResultOutcome outcome) => Task.CompletedTask;

    /// <summary>Flushes and closes the file and gives it its final name; returns its size.</summary>
    public async ValueTask<long> PublishAsync()
    {
        await CloseAsync();
        _published = true;
        return files.Publish(fileName);
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        if (_opened && !_published)
        {
            files.DeletePartial(fileName);
        }
    }

    private async ValueTask CloseAsync()
    {
        if (_writer is not null)
        {
            await _writer.CompleteAsync();
            _writer = null;
        }

        if (_file is not null)
        {
            await _file.DisposeAsync();
            _file = null;
        }
    }
}
