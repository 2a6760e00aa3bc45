using System.IO.Pipelines;
using Dali;
using Fits;
using Fits.Wcs;
using ObsCore.Model.Geometry;
using Soda.Service.Images;
using Soda.Service.Planning;
using Soda.Service.Requests;

namespace Soda.Service.Cutouts;

/// <summary>Limits on the cutouts one service instance makes.</summary>
/// <param name="MaxPixels">Largest cutout, in pixels of each image HDU.</param>
/// <param name="MaxConcurrent">Cutouts made at the same time; more wait for a turn.</param>
/// <param name="MaxWait">Longest a cutout waits for its turn before the service says it is busy.</param>
public sealed record CutoutLimits(long MaxPixels, int MaxConcurrent, TimeSpan MaxWait);

/// <summary>What a cut gives for one image: nothing (no overlap), or a box of its pixels to write.</summary>
public sealed record CutoutPlanOutcome(ImageDataset Dataset, SodaCut Cut, string SourcePath, PixelBox? Box)
{
    public bool Overlaps => Box is not null;
}

/// <summary>
/// SODA's cutouts of stored images: finds the image's pixels for a cut through its own WCS, checks
/// the limits and writes the same section of every image HDU, pixel for pixel. Safe to call
/// concurrently; at most <see cref="CutoutLimits.MaxConcurrent"/> cutouts are made at once.
/// </summary>
public sealed class ImageCutouts(ImageStore store, CutoutLimits limits) : IDisposable
{
    private readonly SemaphoreSlim _turns = new(limits?.MaxConcurrent ?? 1, limits?.MaxConcurrent ?? 1);

    /// <summary>The box of the image that the cut covers, or none; the image is rendered first when the store is synthetic.</summary>
    /// <exception cref="DaliUsageException">The cutout would exceed the size limit.</exception>
    public async Task<CutoutPlanOutcome> PlanAsync(ImageDataset dataset, SodaCut cut, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(cut);
        var file = await store.GetFileAsync(dataset, cancellationToken).ConfigureAwait(false);
        PixelBox? box;
        using (var fits = FitsFile.Open(file.FullName))
        {
            var image = fits.MoveToFirstImage()
                ?? throw new DaliUsageException($"The file of '{dataset.PublisherDid}' holds no image to cut.");
            var geometry = GeometryOf(dataset, image, fits.ReadHeader(), cut);
            box = cut.Plan(geometry, CoverageOf(dataset));
        }

        if (box is { } found && found.PixelCount > limits.MaxPixels)
        {
            throw new DaliUsageException(
                $"The cutout of '{dataset.PublisherDid}' would be {found.Width} x {found.Height} = {found.PixelCount:N0} pixels per image, "
                + $"more than the limit of {limits.MaxPixels:N0}: ask for a smaller region, or download the whole file (DataLink #this).");
        }

        return new CutoutPlanOutcome(dataset, cut, file.FullName, box);
    }

    /// <summary>
    /// Writes the cutout of a plan that overlaps, as a FITS file, into <paramref name="destination"/>'s memory (FitsCutout.WriteToAsync);
    /// <paramref name="lengthKnown"/> hears its length in bytes before the first is written (for an HTTP Content-Length).
    /// </summary>
    /// <exception cref="DaliUnavailableException">Every turn stayed taken for longer than the limits allow to wait.</exception>
    public async Task WriteAsync(CutoutPlanOutcome plan, PipeWriter destination, CancellationToken cancellationToken, Action<long>? lengthKnown = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var box = plan.Box ?? throw new ArgumentException("The cut does not overlap the image: there is nothing to write.", nameof(plan));
        if (!await _turns.WaitAsync(limits.MaxWait, cancellationToken).ConfigureAwait(false))
        {
            throw new DaliUnavailableException(
                $"The service is making {limits.MaxConcurrent} cutouts already and none finished within {limits.MaxWait.TotalSeconds:0} s; please retry.",
                TimeSpan.FromSeconds(5));
        }

        try
        {
            using var cutout = FitsCutout.Open(plan.SourcePath, box, ProvenanceCards(plan, box));
            lengthKnown?.Invoke(cutout.Length);
            await cutout.WriteToAsync(destination, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _turns.Release();
        }
    }

    public void Dispose() => _turns.Dispose();

    /// <summary>The image's projection; one without a WCS we read can still be cut whole (by BAND, TIME or POL).</summary>
    private static ImageGeometry GeometryOf(ImageDataset dataset, FitsImageInfo image, FitsHeader header, SodaCut cut)
    {
        try
        {
            var wcs = TanWcs.FromHeader(header);
            return new ImageGeometry(image.Width, image.Height, wcs.TrySkyToPixel, wcs.PixelToSky);
        }
        catch (WcsHeaderException) when (cut.Shape is null)
        {
            return new ImageGeometry(image.Width, image.Height, (double _, double _, out double x, out double y) =>
            {
                x = y = double.NaN;
                return false;
            }, (_, _) => (double.NaN, double.NaN));
        }
        catch (WcsHeaderException unreadable)
        {
            throw new DaliUsageException(
                $"The image of '{dataset.PublisherDid}' has no celestial WCS this service reads ({unreadable.Message}): it cannot be cut by position.");
        }
    }

    /// <summary>The coverage a cut is filtered by, from the image's ObsCore row.</summary>
    public static ImageCoverage CoverageOf(ImageDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var footprint = dataset.Footprint.Count >= 6
            ? SkyPolygon.FromVertices([.. Enumerable.Range(0, dataset.Footprint.Count / 2)
                .Select(i => new SkyPoint(dataset.Footprint[2 * i], dataset.Footprint[(2 * i) + 1]))])
            : null;
        return new ImageCoverage(footprint, dataset.WavelengthMin, dataset.WavelengthMax, dataset.TimeMin, dataset.TimeMax, dataset.PolarizationStates);
    }

    /// <summary>HISTORY cards that say where the cutout comes from: commentary, so IDs of any length fit.</summary>
    private static List<FitsCard> ProvenanceCards(CutoutPlanOutcome plan, PixelBox box) =>
    [
        .. Lines($"SODA 1.0 cutout of {plan.Dataset.PublisherDid}"),
        .. Lines($"Requested: {plan.Cut}"),
        .. Lines($"Pixels [{box}] of the source image (FITS section, 1-based)"),
    ];

    private static IEnumerable<FitsCard> Lines(string text)
    {
        // A HISTORY card holds 72 characters of text.
        const int Width = 72;
        for (var start = 0; start < text.Length; start += Width)
        {
            yield return new FitsCard("HISTORY", null, text.Substring(start, Math.Min(Width, text.Length - start)));
        }
    }
}
