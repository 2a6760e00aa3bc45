using Microsoft.Extensions.Options;
using ObsCore.Model;
using Tap.Service.Configuration;
using Tap.Service.VoTable.Results;
using VoTable;

namespace Tap.Service.DataLink;

/// <summary>
/// The service descriptors that make ObsCore rows followable: our DataLink links endpoint and the
/// SODA sync cutout service, both taking the row's obs_publisher_did as ID.
/// </summary>
internal sealed class DataLinkDescriptors(IOptions<ServiceOptions> options)
{
    public const string LinksStandardId = "ivo://ivoa.net/std/DataLink#links-1.1";
    public const string SodaSyncStandardId = "ivo://ivoa.net/std/SODA#sync-1.0";
    public const string LinksDescriptorId = "datalink_links";
    public const string CutoutDescriptorId = "soda_cutout";

    /// <summary>The XML ID given to the obs_publisher_did FIELD when it has none.</summary>
    public const string PublisherDidFieldId = "obs_publisher_did";

    private const string PublisherDidName = "obs_publisher_did";
    private const string PublisherDidUtype = "obscore:Curation.PublisherDID";

    /// <summary>The column holding ObsCore's obs_publisher_did (by name, or by utype when aliased), or -1.</summary>
    public static int IndexOfPublisherDid(IReadOnlyList<ResultColumn> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i].Name, PublisherDidName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(columns[i].Utype, PublisherDidUtype, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a result with these columns carries DataLink descriptors.</summary>
    public static bool AreNeededFor(IReadOnlyList<ResultColumn> columns) => IndexOfPublisherDid(columns) >= 0;

    /// <summary>
    /// When the result has obs_publisher_did: the same metadata with that FIELD given an ID and the
    /// two descriptors referring to it; otherwise the metadata unchanged.
    /// </summary>
    public ResultMetadata AddTo(ResultMetadata metadata)
    {
        var index = IndexOfPublisherDid(metadata.Columns);
        if (index < 0)
        {
            return metadata;
        }

        var columns = metadata.Columns.ToArray();
        var fieldId = columns[index].Id ?? PublisherDidFieldId;
        columns[index] = columns[index] with { Id = fieldId };
        return metadata with
        {
            Columns = columns,
            ServiceDescriptors = [.. metadata.ServiceDescriptors, Links(fieldId), Cutout(fieldId)],
        };
    }

    /// <summary>The links URL of one dataset, as ObsCore's access_url (written by the loader) and #progenitor rows give it.</summary>
    public string LinksUrl(string id) => DataLinkAccess.Url(options.Value.PublicUrl(string.Empty).AbsoluteUri, id);

    /// <param name="idFieldRef">The ID of the FIELD that supplies the ID parameter, if any.</param>
    public DataLinkServiceDescriptor Links(string? idFieldRef) => new(
        LinksDescriptorId,
        LinksStandardId,
        options.Value.PublicUrl("datalink/links"),
        [IdParameter(idFieldRef)])
    {
        Description = "Links to the image, its preview, cutouts and provenance for a dataset.",
    };

    /// <param name="idFieldRef">The ID of the FIELD that supplies the ID parameter, if any.</param>
    public DataLinkServiceDescriptor Cutout(string? idFieldRef) => new(
        CutoutDescriptorId,
        SodaSyncStandardId,
        options.Value.SodaSync,
        [
            IdParameter(idFieldRef),
            new("CIRCLE", VoTableDatatype.Double, "3")
            {
                Unit = "deg", XType = "circle",
                Description = "Cutout region: a circle as RA, Dec and radius (ICRS).",
            },
            new("POLYGON", VoTableDatatype.Double, "*")
            {
                Unit = "deg", XType = "polygon",
                Description = "Cutout region: a polygon as RA, Dec pairs of its vertices (ICRS).",
            },
            new("POS", VoTableDatatype.Char, "*")
            {
                Description = "Cutout region as text: CIRCLE ra dec radius, RANGE ra1 ra2 dec1 dec2, or POLYGON ra1 dec1 ...",
            },
            new("BAND", VoTableDatatype.Double, "2")
            {
                Unit = "m", Ucd = "em.wl", XType = "interval",
                Description = "Wavelength interval to keep, in metres.",
            },
        ])
    {
        Description = "Cutouts of the image (SODA synchronous).",
    };

    private static ServiceParameter IdParameter(string? idFieldRef) => new("ID", VoTableDatatype.Char, "*")
    {
        Ucd = "meta.id;meta.main",
        Ref = idFieldRef,
        Description = "The publisher's dataset identifier (obs_publisher_did).",
    };
}
