namespace Tap.Service.Uws;

/// <summary>
/// The multipart parts (TAP_UPLOAD tables) sent when a job is created, kept as files beside its
/// results until a worker runs it: any replica sharing the results folder can run the job, and
/// deleting the job deletes them with its results (<see cref="JobResultFiles.DeleteAll"/>).
/// </summary>
internal sealed class JobUploads(JobResultFiles files)
{
    private const string ResultIdPrefix = "upload.";

    public async Task SaveAsync(string jobId, IFormFileCollection parts, CancellationToken cancellationToken)
    {
        foreach (var part in parts)
        {
            var fileName = FileNameOf(jobId, part.Name);
            var target = files.CreatePartial(fileName);
            await using (target)
            {
                await part.CopyToAsync(target, cancellationToken);
            }

            files.Publish(fileName);
        }
    }

    /// <summary>The job's saved parts as the file collection of its parameters; dispose once the query has run.</summary>
    public SavedUploads Open(string jobId)
    {
        var saved = new SavedUploads();
        if (!Directory.Exists(files.Folder))
        {
            return saved;
        }

        var prefix = JobResultFiles.FileNameOf(jobId, ResultIdPrefix);
        foreach (var path in Directory.EnumerateFiles(files.Folder, prefix + "*"))
        {
            var partName = Uri.UnescapeDataString(Path.GetFileName(path)[prefix.Length..]);
            saved.Add(partName, new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true));
        }

        return saved;
    }

    // Part names come from the client: escaping keeps them inside the folder and reversible.
    private static string FileNameOf(string jobId, string partName) =>
        JobResultFiles.FileNameOf(jobId, ResultIdPrefix + Uri.EscapeDataString(partName));
}

/// <summary>Uploaded parts opened for one run of a job.</summary>
internal sealed class SavedUploads : IAsyncDisposable
{
    private readonly List<FileStream> _streams = [];
    private readonly FormFileCollection _files = [];

    public IFormFileCollection Files => _files;

    internal void Add(string partName, FileStream stream)
    {
        _streams.Add(stream);
        _files.Add(new FormFile(stream, 0, stream.Length, partName, partName));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var stream in _streams)
        {
            await stream.DisposeAsync();
        }
    }
}
