using System.Text.Json;
using ObsCore.Model.Geometry;

namespace SeedData.Generator.Tests;

/// <summary>astropy's reading of a rendered image (judge_image.py): its HDUs, where its WCS puts the footprint, XY0, its stars. fitsverify is TestSupport's.</summary>
internal static class ImageJudges
{
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static async Task<AstropyView> AstropyAsync(string path, IReadOnlyList<SkyPoint> footprint, IReadOnlyList<SkyPoint> stars)
    {
        var request = Path.GetTempFileName();
        var answer = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(request, JsonSerializer.Serialize(new
            {
                file = path,
                footprint = footprint.Select(p => new[] { p.Ra, p.Dec }),
                stars = stars.Select(p => new[] { p.Ra, p.Dec }),
            }));
            var script = SourceTree.PathOf("tests", "SeedData.Generator.Tests", "judge_image.py");
            var (exitCode, output) = await ExternalTool.RunAsync("/usr/bin/python3", "apt-get install -y python3-astropy", script, request, answer);
            Assert.True(exitCode == 0, $"astropy could not read {path}: {output}");
            return JsonSerializer.Deserialize<AstropyView>(await File.ReadAllTextAsync(answer), SnakeCase)!;
        }
        finally
        {
            File.Delete(request);
            File.Delete(answer);
        }
    }
}

/// <summary>What judge_image.py answers: the footprint's corners as pixels (x, y), XY0, the stars found (ra, dec).</summary>
internal sealed record AstropyView(IReadOnlyList<AstropyHdu> Hdus, IReadOnlyList<double[]> Corners, double[]? Xy0, IReadOnlyList<double[]> Stars);

/// <summary>One HDU as astropy reads it; the shape is numpy's (rows, columns).</summary>
internal sealed record AstropyHdu(string Name, IReadOnlyList<int> Shape, string Dtype, int Bitpix, double Bzero, IReadOnlyDictionary<string, int> MaskPlanes);
