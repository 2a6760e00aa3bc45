using Microsoft.Extensions.Options;
using Tap.Service.Configuration;
using Soda.Service.Cutouts;
using Soda.Service.Description;
using Soda.Service.Images;
using Tap.Service.Images;

namespace Tap.Service.DataLink;

/// <summary>The rows and descriptors of a links response: for each ID in request order, its links or one error row.</summary>
internal sealed class LinksBuilder(IOptions<ServiceOptions> options, DataLinkDescriptors descriptors)
{
    public const string DataLinkContentType = "application/x-votable+xml;content=datalink";

    public LinksResponse Build(IReadOnlyList<string> ids, IReadOnlyDictionary<string, LinkedDataset> datasets)
    {
        var rows = new List<LinkRow>();
        var cutouts = new Dictionary<string, DataLinkServiceDescriptor>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!datasets.TryGetValue(id, out var dataset))
            {
                rows.Add(new LinkRow(id, "#this") { ErrorMessage = $"NotFoundFault: no dataset has the ID '{id}'." });
                continue;
            }

            if (!cutouts.TryGetValue(id, out var cutout))
            {
                cutout = CutoutFor(dataset.Image, cutouts.Count + 1);
                cutouts.Add(id, cutout);
            }

            rows.AddRange(LinksOf(dataset, cutout.Id));
        }

        return new LinksResponse(rows, [.. cutouts.Values]);
    }

    private IEnumerable<LinkRow> LinksOf(LinkedDataset linked, string cutoutDescriptorId)
    {
        var dataset = linked.Image;
        // Only callers who may see an embargoed dataset find it (ImageDatasets), so every link listed is
        // one the caller may follow; an embargoed one needs their credentials, a released one none.
        var embargoed = dataset.IsEmbargoed;
        var auth = embargoed ? "true" : "false";
        const bool authorized = true;
        var id = dataset.PublisherDid;
        yield return new LinkRow(id, "#this")
        {
            AccessUrl = FileUrl("files", dataset.StorePath, string.Empty),
            Description = "The image file" + (embargoed ? ", under embargo until " + ImageAccess.ReleaseText(dataset) : string.Empty),
            ContentType = dataset.ContentType,
            ContentLength = dataset.ContentLength,
            ContentQualifier = "#image",
            LinkAuth = auth,
            LinkAuthorized = authorized,
        };
        yield return new LinkRow(id, "#preview")
        {
            AccessUrl = FileUrl("previews", dataset.StorePath, ".png"),
            Description = "A PNG preview of the image",
            ContentType = "image/png",
            ContentQualifier = "#image",
            LinkAuth = auth,
            LinkAuthorized = authorized,
        };
        yield return new LinkRow(id, "#cutout")
        {
            ServiceDef = cutoutDescriptorId,
            Description = "Cutouts of the image by position (SODA)",
            ContentType = "application/fits",
            ContentQualifier = "#image",
            LinkAuth = auth,
            LinkAuthorized = authorized,
        };
        foreach (var input in linked.Inputs)
        {
            yield return new LinkRow(id, "#progenitor")
            {
                AccessUrl = descriptors.LinksUrl(input),
                Description = "Links of a calibrated image this coadd was made from",
                ContentType = DataLinkContentType,
                ContentQualifier = "#image",
                LinkAuth = "false",
                LinkAuthorized = true,
            };
        }
    }

    /// <summary>
    /// The SODA descriptor of one image, as a links response names one per dataset: its ID fixed,
    /// and VALUES that say which regions, bands and times give data.
    /// </summary>
    private DataLinkServiceDescriptor CutoutFor(ImageDataset image, int number)
    {
        var general = descriptors.Cutout(idFieldRef: null, SodaDescriber.For(ImageCutouts.CoverageOf(image)));
        return general with
        {
            Id = $"{DataLinkDescriptors.CutoutDescriptorId}_{number}",
            InputParameters = [.. general.InputParameters.Select(p => p.Name == "ID" ? p with { Value = image.PublisherDid } : p)],
        };
    }

    /// <summary>Files and their previews are served under the public base URL by their store path, each segment escaped.</summary>
    private string FileUrl(string folder, string storePath, string suffix) =>
        options.Value.PublicUrl($"{folder}/{string.Join('/', storePath.Split('/').Select(Uri.EscapeDataString))}{suffix}").AbsoluteUri;
}

internal sealed record LinksResponse(IReadOnlyList<LinkRow> Rows, IReadOnlyList<DataLinkServiceDescriptor> Descriptors);
