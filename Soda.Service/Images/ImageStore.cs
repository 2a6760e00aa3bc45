using System.Collections.Concurrent;

namespace Soda.Service.Images;

/// <summary>How the image store is set up.</summary>
/// <param name="Root">The folder that holds the images by their store path.</param>
/// <param name="CacheLimitBytes">For a synthetic store, the bytes of rendered images kept.</param>
public sealed record ImageStoreSettings(string Root, long CacheLimitBytes);

/// <summary>
/// The files of datasets by their store path under one root. A real repository is only read; a
/// synthetic store (one with a renderer) makes each image the first time it is asked for and keeps
/// it in a size-bounded cache. No path resolves outside the root: not by "..", not by an absolute
/// path, not by a symbolic link.
/// </summary>
public sealed class ImageStore
{
    private readonly string _root;
    private readonly IImageRenderer? _renderer;
    private readonly FileCache? _rendered;
    private readonly ConcurrentDictionary<string, Lazy<Task>> _rendering = new(StringComparer.Ordinal);

    public ImageStore(ImageStoreSettings settings, IImageRenderer? renderer)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _root = RealPath(Path.GetFullPath(settings.Root));
        _renderer = renderer;
        if (renderer is not null)
        {
            Directory.CreateDirectory(_root);
            _rendered = new FileCache(_root, "*.fits", settings.CacheLimitBytes);
        }
    }

    public string Root => _root;

    public bool IsSynthetic => _renderer is not null;

    /// <summary>The dataset's file, rendered first when the store is synthetic and does not hold it yet.</summary>
    /// <exception cref="ImageNotFoundException">No file, and none can be made.</exception>
    public async Task<FileInfo> GetFileAsync(ImageDataset dataset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var path = FullPathOf(dataset.StorePath);
        if (!File.Exists(path))
        {
            if (_renderer is null)
            {
                throw new ImageNotFoundException($"The image store holds no file for '{dataset.PublisherDid}'.");
            }

            var rendering = _rendering.GetOrAdd(path, key => new Lazy<Task>(() => RenderAsync(dataset, key)));
            try
            {
                await rendering.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _rendering.TryRemove(new KeyValuePair<string, Lazy<Task>>(path, rendering));
            }
        }

        _rendered?.Touch(path);
        return ResolveInsideRoot(path) is { Exists: true } file ? file
            : throw new ImageNotFoundException($"The image store holds no file for '{dataset.PublisherDid}'.");
    }

    /// <summary>The full path of a store path, refused when it would lead outside the root.</summary>
    /// <exception cref="ImageNotFoundException">The path is absolute, has "..", "." or empty segments, or leaves the root.</exception>
    public string FullPathOf(string storePath)
    {
        ArgumentNullException.ThrowIfNull(storePath);
        var segments = storePath.Split('/');
        if (storePath.Length == 0 || segments.Any(segment => segment is "" or "." or ".." || segment.Contains('\\', StringComparison.Ordinal)))
        {
            throw new ImageNotFoundException($"'{storePath}' is not a path in the image store.");
        }

        var full = Path.GetFullPath(Path.Combine(_root, Path.Combine(segments)));
        return IsUnderRoot(full) ? full : throw new ImageNotFoundException($"'{storePath}' is not a path in the image store.");
    }

    /// <summary>
    /// The file at the end of any symbolic links (of the file or a folder on its way), refused when
    /// they lead outside the root.
    /// </summary>
    private FileInfo ResolveInsideRoot(string path)
    {
        var real = RealPath(path);
        return IsUnderRoot(real) ? new FileInfo(real) : throw new ImageNotFoundException("The image store refuses a link that leads outside it.");
    }

    private bool IsUnderRoot(string fullPath) =>
        fullPath.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symbolic link on it resolved, as far as it exists.</summary>
    private static string RealPath(string fullPath)
    {
        var parent = Path.GetDirectoryName(fullPath);
        var resolvedParent = parent is null ? null : RealPath(parent);
        var path = resolvedParent is null ? fullPath : Path.Combine(resolvedParent, Path.GetFileName(fullPath));
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        var target = info.Exists ? info.ResolveLinkTarget(returnFinalTarget: true) : null;
        return target is null ? path : RealPath(target.FullName);
    }

    /// <summary>Renders into a partial file and renames it, so readers and other replicas never see half an image.</summary>
    private async Task RenderAsync(ImageDataset dataset, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            // Not the caller's token: a render another request waits for finishes even if this one left.
            await _renderer!.RenderAsync(dataset, partial, CancellationToken.None).ConfigureAwait(false);
            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        _rendered!.Add(path, new FileInfo(path).Length);
    }
}
