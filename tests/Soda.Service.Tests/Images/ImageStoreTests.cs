using Soda.Service.Images;

namespace Soda.Service.Tests.Images;

public sealed class ImageStoreTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("store-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("../outside.fits")]
    [InlineData("a/../../outside.fits")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b.fits")]
    [InlineData("a/./b.fits")]
    [InlineData("a\\..\\b.fits")]
    [InlineData("")]
    public void No_store_path_leads_outside_the_root(string storePath)
    {
        var store = new ImageStore(new ImageStoreSettings(_root, 1 << 20), renderer: null);

        Assert.Throws<ImageNotFoundException>(() => store.FullPathOf(storePath));
    }

    [Fact]
    public async Task A_real_repository_serves_what_it_holds_and_nothing_else()
    {
        var store = new ImageStore(new ImageStoreSettings(_root, 1 << 20), renderer: null);
        Write("repo/a.fits", 10);

        var file = await store.GetFileAsync(Dataset("repo/a.fits"), CancellationToken.None);

        Assert.Equal(10, file.Length);
        await Assert.ThrowsAsync<ImageNotFoundException>(() => store.GetFileAsync(Dataset("repo/b.fits"), CancellationToken.None));
    }

    [Fact]
    public async Task A_link_inside_the_store_is_followed_and_one_out_of_it_is_not()
    {
        var store = new ImageStore(new ImageStoreSettings(_root, 1 << 20), renderer: null);
        Write("repo/a.fits", 10);
        File.CreateSymbolicLink(Path.Combine(_root, "repo", "inside.fits"), Path.Combine(_root, "repo", "a.fits"));
        var outside = Directory.CreateTempSubdirectory("outside-");
        await File.WriteAllTextAsync(Path.Combine(outside.FullName, "b.fits"), "secret");
        Directory.CreateSymbolicLink(Path.Combine(_root, "escape"), outside.FullName);

        var inside = await store.GetFileAsync(Dataset("repo/inside.fits"), CancellationToken.None);

        Assert.Equal(10, inside.Length);
        await Assert.ThrowsAsync<ImageNotFoundException>(() => store.GetFileAsync(Dataset("escape/b.fits"), CancellationToken.None));
        outside.Delete(recursive: true);
    }

    [Fact]
    public async Task A_synthetic_store_renders_an_image_once_however_many_ask_at_the_same_time()
    {
        var renderer = new CountingRenderer(bytes: 1000);
        var store = new ImageStore(new ImageStoreSettings(_root, 1 << 20), renderer);

        var files = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => store.GetFileAsync(Dataset("r/a.fits"), CancellationToken.None)));

        Assert.Equal(1, renderer.Renders);
        Assert.All(files, file => Assert.Equal(1000, file.Length));
        Assert.Equal(["a.fits"], Directory.GetFiles(Path.Combine(_root, "r")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_synthetic_store_evicts_the_least_recently_used_images_beyond_its_bound()
    {
        var store = new ImageStore(new ImageStoreSettings(_root, 2500), new CountingRenderer(bytes: 1000));
        await store.GetFileAsync(Dataset("r/a.fits"), CancellationToken.None);
        await store.GetFileAsync(Dataset("r/b.fits"), CancellationToken.None);
        await store.GetFileAsync(Dataset("r/a.fits"), CancellationToken.None); // a is now the more recent

        await store.GetFileAsync(Dataset("r/c.fits"), CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(_root, "r/a.fits")));
        Assert.False(File.Exists(Path.Combine(_root, "r/b.fits")));
        Assert.True(File.Exists(Path.Combine(_root, "r/c.fits")));
    }

    [Fact]
    public async Task A_failed_render_leaves_no_file_and_the_next_request_tries_again()
    {
        var renderer = new CountingRenderer(bytes: 1000) { FailFirst = true };
        var store = new ImageStore(new ImageStoreSettings(_root, 1 << 20), renderer);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.GetFileAsync(Dataset("r/a.fits"), CancellationToken.None));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "r")));
        var file = await store.GetFileAsync(Dataset("r/a.fits"), CancellationToken.None);

        Assert.Equal(1000, file.Length);
        Assert.Equal(2, renderer.Renders);
    }

    private static ImageDataset Dataset(string storePath) =>
        new() { PublisherDid = "ivo://test/" + storePath, StorePath = storePath, ContentType = "application/fits" };

    private void Write(string storePath, int bytes)
    {
        var path = Path.Combine(_root, storePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, new byte[bytes]);
    }

    /// <summary>Writes a file of a fixed size, slowly enough for concurrent requests to meet.</summary>
    private sealed class CountingRenderer(int bytes) : IImageRenderer
    {
        private int _renders;

        public bool FailFirst { get; init; }

        public int Renders => _renders;

        public async Task RenderAsync(ImageDataset dataset, string outputPath, CancellationToken cancellationToken)
        {
            var count = Interlocked.Increment(ref _renders);
            await File.WriteAllBytesAsync(outputPath, new byte[bytes], cancellationToken);
            await Task.Delay(50, cancellationToken);
            if (FailFirst && count == 1)
            {
                throw new InvalidOperationException("the renderer failed");
            }
        }
    }
}
