using Fits;
using SeedData.Generator.Pixels;
using SeedData.Generator.Sky;

namespace SeedData.Generator.Tool;

/// <summary>The <c>render</c> command: writes the FITS file of one dataset of the synthetic survey, as the image store asks for it.</summary>
public static class RenderCommand
{
    /// <returns>0 when written, 1 when the file could not be written, 2 for a usage error (a bad footprint included).</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        ImagePlan plan;
        string path;
        try
        {
            var options = RenderOptions.Parse(args);
            path = options.OutputPath;
            plan = ImageRenderer.Plan(options.Request, SkyCatalogue.Survey);
        }
        catch (ArgumentException usage)
        {
            error.WriteLine($"SeedData.Generator render: {usage.Message}\n{RenderOptions.Usage}");
            return 2;
        }

        try
        {
            plan.Write(path);
            return 0;
        }
        catch (Exception unwritable) when (unwritable is FitsException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"SeedData.Generator render: {unwritable.Message}");
            return 1;
        }
    }
}
