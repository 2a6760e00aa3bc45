using System.Collections.Concurrent;

namespace Soda.Service.Images;

/// <summary>
/// The files a folder holds as a cache bounded in bytes: each made once, however many ask for it
/// at the same time, into a partial file renamed when complete (so readers and other replicas
/// never see half a file); the least recently used go first when a new file takes the cache over
/// its bound. Used for rendered images and for previews, never for a real image repository.
/// </summary>
public sealed class FileCache
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> _making = new(StringComparer.Ordinal);
    private readonly long _limitBytes;
    private readonly Lock _lock = new();
    private readonly LinkedList<(string Path, long Length)> _byUse = new();
    private readonly Dictionary<string, LinkedListNode<(string Path, long Length)>> _nodes = new(StringComparer.Ordinal);
    private long _totalBytes;

    /// <summary>Takes in the files already under <paramref name="folder"/>, oldest first by last write.</summary>
    public FileCache(string folder, string searchPattern, long limitBytes)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limitBytes);
        _limitBytes = limitBytes;
        if (Directory.Exists(folder))
        {
            var files = new DirectoryInfo(folder).EnumerateFiles(searchPattern, SearchOption.AllDirectories)
                .OrderBy(file => file.LastWriteTimeUtc);
            foreach (var file in files)
            {
                Add(file.FullName, file.Length);
            }
        }
    }

    public long TotalBytes
    {
        get
        {
            lock (_lock)
            {
                return _totalBytes;
            }
        }
    }

    /// <summary>
    /// The file at <paramref name="path"/> (a full path in the folder), made by <paramref name="make"/>
    /// (given the partial path to write) when it does not exist. A make that fails leaves nothing,
    /// and the next call tries again. Waiting callers may leave; the make goes on for the others.
    /// </summary>
    public async Task<FileInfo> GetOrMakeAsync(string path, Func<string, Task> make, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(make);
        if (!File.Exists(path))
        {
            var making = _making.GetOrAdd(path, key => new Lazy<Task>(() => MakeAsync(key, make)));
            try
            {
                await making.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _making.TryRemove(new KeyValuePair<string, Lazy<Task>>(path, making));
            }
        }

        Touch(path);
        return new FileInfo(path);
    }

    private async Task MakeAsync(string path, Func<string, Task> make)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            await make(partial).ConfigureAwait(false);
            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        Add(path, new FileInfo(path).Length);
    }

    /// <summary>Marks a file as just used, so it goes last.</summary>
    public void Touch(string path)
    {
        lock (_lock)
        {
            if (_nodes.TryGetValue(path, out var node))
            {
                _byUse.Remove(node);
                _byUse.AddLast(node);
            }
        }
    }

    /// <summary>Counts a new file in and deletes the least recently used others while the cache is over its bound.</summary>
    public void Add(string path, long length)
    {
        List<string> evicted = [];
        lock (_lock)
        {
            if (_nodes.Remove(path, out var old))
            {
                _byUse.Remove(old);
                _totalBytes -= old.Value.Length;
            }

            _nodes[path] = _byUse.AddLast((path, length));
            _totalBytes += length;
            while (_totalBytes > _limitBytes && _byUse.First is { } oldest && oldest.Value.Path != path)
            {
                _byUse.RemoveFirst();
                _nodes.Remove(oldest.Value.Path);
                _totalBytes -= oldest.Value.Length;
                evicted.Add(oldest.Value.Path);
            }
        }

        // Readers that have a file open keep reading it after the delete (POSIX semantics).
        foreach (var file in evicted)
        {
            File.Delete(file);
        }
    }
}
