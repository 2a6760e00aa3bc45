namespace SeedData.Generator.Pixels;

/// <summary>What an image is, and so how it is laid out and what its pixels hold.</summary>
public enum ImageKind
{
    /// <summary>A raw CCD readout: one 16-bit HDU in ADU, sky and bias included.</summary>
    Raw,

    /// <summary>A calibrated CCD image (calexp, visit_image): image, mask and variance in nJy, sky subtracted.</summary>
    Calibrated,

    /// <summary>A difference image: noise, and what changed since the template.</summary>
    Difference,

    /// <summary>A deep coadd patch: many visits stacked, image, mask and variance in nJy.</summary>
    Coadd,
}

/// <summary>The kind of image of a Butler dataset type.</summary>
public static class ImageKinds
{
    /// <summary>
    /// Maps the dataset types of our survey and Rubin's common names (Gen3 and the data-preview
    /// exports, e.g. visit_image, difference_image, deep_coadd); anything else is drawn as a
    /// calibrated image, the most common kind.
    /// </summary>
    public static ImageKind Of(string datasetType)
    {
        ArgumentNullException.ThrowIfNull(datasetType);
        var name = datasetType.ToLowerInvariant();
        return name switch
        {
            "raw" or "raw_exposure" => ImageKind.Raw,
            // A template warped onto a CCD (goodSeeingDiff_templateExp) is not itself a difference.
            _ when name.Contains("template", StringComparison.Ordinal) && !name.Contains("coadd", StringComparison.Ordinal) => ImageKind.Calibrated,
            _ when name.Contains("diff", StringComparison.Ordinal) => ImageKind.Difference,
            _ when name.Contains("coadd", StringComparison.Ordinal) => ImageKind.Coadd,
            _ => ImageKind.Calibrated,
        };
    }
}
