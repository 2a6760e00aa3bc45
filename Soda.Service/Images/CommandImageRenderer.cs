using System.Diagnostics;
using System.Globalization;

namespace Soda.Service.Images;

/// <summary>
/// Renders images by running a program, the seed-data generator's <c>render</c> command for the
/// synthetic survey, so the service itself holds no generator. The program gets the dataset's
/// metadata as options and writes the FITS file named by <c>--out</c>:
/// <code>PROGRAM render --out FILE --id DID --dataset-type calexp --naxis1 4072 --naxis2 4000
///   --footprint "ra1 dec1 ... ra4 dec4" [--band r] [--visit N] [--detector N] [--mjd T]</code>
/// </summary>
public sealed class CommandImageRenderer(string program, TimeSpan timeout) : IImageRenderer
{
    public async Task RenderAsync(ImageDataset dataset, string outputPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments(dataset, outputPath))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"The image renderer '{program}' did not start.");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The image renderer took longer than {timeout.TotalSeconds:0} s for '{dataset.PublisherDid}'.");
        }

        await output.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"The image renderer failed for '{dataset.PublisherDid}' (exit code {process.ExitCode}): {(await errors.ConfigureAwait(false)).Trim()}");
        }
    }

    /// <summary>The command line for one dataset; what the metadata do not know is left out.</summary>
    public static IReadOnlyList<string> Arguments(ImageDataset dataset, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var arguments = new List<string>
        {
            "render", "--out", outputPath, "--id", dataset.PublisherDid,
            "--dataset-type", dataset.DatasetType ?? throw Missing(dataset, "its dataset type"),
            "--naxis1", Text(dataset.Naxis1 ?? throw Missing(dataset, "s_xel1")),
            "--naxis2", Text(dataset.Naxis2 ?? throw Missing(dataset, "s_xel2")),
            "--footprint", dataset.Footprint.Count >= 8 ? string.Join(' ', dataset.Footprint.Select(Text)) : throw Missing(dataset, "an s_region of four vertices"),
        };
        AddIfKnown(arguments, "--band", dataset.Band);
        AddIfKnown(arguments, "--visit", dataset.Visit is { } visit ? Text(visit) : null);
        AddIfKnown(arguments, "--detector", dataset.Detector is { } detector ? Text(detector) : null);
        AddIfKnown(arguments, "--mjd", dataset.TimeMin is { } mjd ? Text(mjd) : null);
        return arguments;
    }

    private static void AddIfKnown(List<string> arguments, string option, string? value)
    {
        if (value is not null)
        {
            arguments.Add(option);
            arguments.Add(value);
        }
    }

    private static ImageNotFoundException Missing(ImageDataset dataset, string what) =>
        new($"The image of '{dataset.PublisherDid}' cannot be rendered: its metadata lack {what}.");

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
