using System.Text.Json;

namespace Fits.Tests.Wcs;

/// <summary>
/// astropy.wcs as the outside judge: the same header cards, both directions, 1-based pixels
/// (astropy_wcs.py beside this file). astropy must be installed for the system python; a missing
/// one fails the test.
/// </summary>
internal static class AstropyWcs
{
    private const string Python = "/usr/bin/python3";

    public static async Task<(IReadOnlyList<(double Ra, double Dec)> Skies, IReadOnlyList<(double X, double Y)> Pixels)> TransformAsync(
        IEnumerable<FitsCard> cards, IReadOnlyList<(double X, double Y)> pixels, IReadOnlyList<(double Ra, double Dec)> skies,
        char alternate = ' ')
    {
        var request = Path.GetTempFileName();
        var answer = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(request, JsonSerializer.Serialize(new
            {
                key = alternate.ToString(),
                header = string.Join('\n', cards.Select(CardImage)),
                pixels = pixels.Select(p => new[] { p.X, p.Y }),
                skies = skies.Select(s => new[] { s.Ra, s.Dec }),
            }));
            var script = SourceTree.PathOf("tests", "Fits.Tests", "Wcs", "astropy_wcs.py");
            var (exitCode, output) = await ExternalTool.RunAsync(Python, "apt-get install -y python3-astropy", script, request, answer);
            Assert.True(exitCode == 0, $"astropy failed: {output}");

            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(answer));
            return (
                Pairs(json.RootElement.GetProperty("skies")).Select(p => (p.A, p.B)).ToList(),
                Pairs(json.RootElement.GetProperty("pixels")).Select(p => (p.A, p.B)).ToList());
        }
        finally
        {
            File.Delete(request);
            File.Delete(answer);
        }
    }

    /// <summary>The 80-character card as it stands in a FITS header.</summary>
    public static string CardImage(FitsCard card)
    {
        var image = card.Value is null
            ? $"{card.Keyword,-8}{card.Comment}"
            : $"{card.Keyword,-8}= {(card.Value.StartsWith('\'') ? card.Value.PadRight(20) : card.Value.PadLeft(20))}" + (card.Comment is null ? string.Empty : $" / {card.Comment}");
        Assert.True(image.Length <= 80, $"card longer than 80 characters: {image}");
        return image.PadRight(80);
    }

    private static IEnumerable<(double A, double B)> Pairs(JsonElement array) =>
        array.EnumerateArray().Select(pair => (pair[0].GetDouble(), pair[1].GetDouble()));
}
