using System.Globalization;

namespace Harness.Images;

/// <summary>Postage stamps at each concurrency level, and what one stamp is.</summary>
internal sealed record StampFigures(int Calexps, int Positions, long StampBytes, IReadOnlyList<LoadLevel> Levels);

/// <summary>Everything one image run measured, with the circumstances the figures depend on.</summary>
internal sealed record ImageRunResults(
    DateTime Started,
    HarnessOptions Options,
    Machine Machine,
    string LoadAverageAtStart,
    string LoadAverageAtEnd,
    IReadOnlyDictionary<string, IReadOnlyList<SampleImage>> Images,
    StampFigures Stamps,
    CoaddFigures Coadd,
    IReadOnlyList<PreviewFigures> Previews);

/// <summary>
/// Image access on the committed sample, over real HTTP: the images are rendered first (timed
/// apart: the generator's figure), then served by the service as a real repository would be (no
/// renderer configured, so no render can hide in a timing): 51×51 postage stamps from calexps,
/// whole coadd patches cut by SODA against <c>cat</c> on the same file, and previews.
/// </summary>
internal static class ImageBenchmark
{
    public const string DatabaseName = "bench_images";
    public static readonly int[] ClientCounts = [1, 10];
    public const int ImagesPerType = 3;
    public const int TransferRuns = 5;
    public const int PreviewRunsPerImage = 5;
    private const int StampPositions = 2000;
    private const int StampSeed = 11;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    /// <summary>The product types whose previews are timed: a raw (16-bit, one HDU), a calexp and a coadd patch.</summary>
    private static readonly string[] PreviewTypes = ["raw", "calexp", "deepCoadd"];

    public static async Task<ImageRunResults> RunAsync(HarnessOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        var loadAtStart = Machine.LoadAverage();
        await using var database = BenchDatabase.Named(DatabaseName);
        var app = new ServiceApp(options.ServiceDirectory, database.Environment);
        var baseUrl = $"http://127.0.0.1:{options.Port}";

        Step(log, $"schema of {database.Name} (Tap.Service migrate) and the committed sample (load --sample)");
        await app.RunCommandAsync(["migrate"], cancellationToken);
        await app.RunCommandAsync(["load", "--sample", "--public-base-url", baseUrl], cancellationToken);

        // Next to the cluster (DATA_DIR, as bench/run.sh sets it): the images take 1.7 GB.
        var parent = Environment.GetEnvironmentVariable("DATA_DIR") is { Length: > 0 } dataDir ? dataDir : Path.GetTempPath();
        var folder = Directory.CreateDirectory(Path.Combine(parent, $"bench-images-{Environment.ProcessId}"));
        try
        {
            var root = Directory.CreateDirectory(Path.Combine(folder.FullName, "images")).FullName;
            Step(log, $"rendering {ImagesPerType} public images of each product type, one at a time on one core (taskset -c 0)");
            var images = await SampleImages.RenderAsync(database.Admin, options.Renderer!, root, ImagesPerType, log, cancellationToken);

            Step(log, $"service on port {options.Port}, serving the rendered images as a repository");
            var previews = Path.Combine(folder.FullName, "previews");
            await using var service = await app.StartAsync(options.Port, ServiceSettings(baseUrl, root, previews, folder.FullName), cancellationToken);
            log.WriteLine($"Tap.Service is running as process {service.ProcessId}");
            using var client = service.CreateClient(TimeSpan.FromMinutes(5));
            var requests = new ServiceRequests(client);

            var stamps = await MeasureStampsAsync(client, requests, images["calexp"], options, folder.FullName, log, cancellationToken);

            Step(log, $"a whole deepCoadd patch by SODA against cat, {TransferRuns} runs each (medians)");
            var coadd = await new CoaddThroughput(client, requests, TransferRuns, log).MeasureAsync(images["deepCoadd"][0], folder.FullName, cancellationToken);

            Step(log, $"previews: {PreviewRunsPerImage} uncached requests per image, then cached ones");
            var previewTimes = new PreviewTimes(client, previews);
            var previewFigures = new List<PreviewFigures>();
            foreach (var type in PreviewTypes)
            {
                previewFigures.Add(await previewTimes.MeasureAsync(type, images[type], PreviewRunsPerImage, cancellationToken));
                var figures = previewFigures[^1];
                log.WriteLine(Invariant($"  {type}: uncached p50 {figures.Uncached.P50:F0} ms, p95 {figures.Uncached.P95:F0} ms; cached p50 {figures.Cached.P50:F1} ms"));
            }

            return new ImageRunResults(started, options, Machine.Describe(), loadAtStart, Machine.LoadAverage(), images, stamps, coadd, previewFigures);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<StampFigures> MeasureStampsAsync(
        HttpClient client, ServiceRequests requests, IReadOnlyList<SampleImage> calexps, HarnessOptions options, string folder, TextWriter log,
        CancellationToken cancellationToken)
    {
        Step(log, $"{PostageStamps.Side}x{PostageStamps.Side} postage stamps at {StampPositions} random positions in {calexps.Count} calexps: {WarmUp.TotalSeconds:F0} s warm-up, then {string.Join(" and ", ClientCounts)} clients, {options.Repeats} × {options.LoadDuration.TotalSeconds:F0} s each");
        var stamps = PostageStamps.Requests(calexps, StampPositions, StampSeed);
        var stampBytes = await PostageStamps.ProbeAsync(client, stamps[0], folder, cancellationToken);
        // Each client walks the positions from its own starting point, so clients do not ask for the same stamp at once.
        var stride = stamps.Count / ClientCounts.Max();
        (int, string) Next(int client, int sent) => (0, stamps[((client * stride) + sent) % stamps.Count]);

        await LoadTest.RunAsync(requests, 1, Next, ClientCounts.Max(), WarmUp, cancellationToken);
        var levels = new List<LoadLevel>();
        foreach (var clients in ClientCounts)
        {
            var runs = new List<LoadLevel>();
            for (var i = 0; i < options.Repeats; i++)
            {
                runs.Add(await LoadTest.RunAsync(requests, 1, Next, clients, options.LoadDuration, cancellationToken));
            }

            levels.Add(LoadLevel.MedianOf(runs));
            var latency = levels[^1].PerQuery[0];
            log.WriteLine(Invariant($"  {clients} clients: p50 {latency.P50:F1} ms, p95 {latency.P95:F1} ms, p99 {latency.P99:F1} ms, {levels[^1].RequestsPerSecond:F0} requests/s, {levels[^1].Failures} of {levels[^1].Requests} failed"));
        }

        return new StampFigures(calexps.Count, stamps.Count, stampBytes, levels);
    }

    /// <summary>
    /// The service as configured, except: the rendered images as its repository with no renderer,
    /// previews and job files in the benchmark's folder, and no UWS workers polling the job table.
    /// </summary>
    private static Dictionary<string, string> ServiceSettings(string baseUrl, string root, string previews, string folder) => new()
    {
        ["Images__Root"] = root,
        ["Images__Renderer"] = "",
        ["Images__PreviewFolder"] = previews,
        ["Uws__WorkerCount"] = "0",
        ["Uws__ResultsFolder"] = Path.Combine(folder, "jobs"),
        ["Service__PublicBaseUrl"] = baseUrl,
    };

    private static void Step(TextWriter log, string what) => log.WriteLine($"== {what}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
