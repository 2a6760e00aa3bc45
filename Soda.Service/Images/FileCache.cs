namespace Soda.Service.Images;

/// <summary>
/// The files a folder holds as a cache bounded in bytes: the least recently used go first when a
/// new file takes it over the bound. Knows only files it was told of or found at start; used for
/// rendered images and for previews, never for a real image repository.
/// </summary>
public sealed class FileCache
{
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
